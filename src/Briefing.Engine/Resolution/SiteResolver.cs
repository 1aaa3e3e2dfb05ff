using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Stage 2: resolves every reference, numbers citations, builds backlinks and the timeline, and runs all content validation.</summary>
internal static class SiteResolver
{
    /// <summary>How many related briefings the end of a briefing offers.</summary>
    private const int MaxRelated = 3;

    /// <param name="limits">How long lists grow before they are split over pages; the usual ones unless a test shrinks them.</param>
    public static ResolvedSite Resolve(LoadedSite site, DiagnosticBag diagnostics, PagingLimits? limits = null) =>
        Resolve(site, diagnostics, limits, EditionScope.Main(site.Config));

    /// <param name="edition">The edition the content is of; a further edition's <paramref name="site"/> is already in its language (<see cref="EditionContent"/>).</param>
    /// <param name="memo">What an earlier build found that this one may reuse; none when null.</param>
    internal static ResolvedSite Resolve(LoadedSite site, DiagnosticBag diagnostics, PagingLimits? limits, EditionScope edition, IResolutionMemo? memo = null)
    {
        var text = UiText.For(site.Theme, site.Config.Language, diagnostics);
        var urls = edition.Urls;
        var index = new SiteIndex(site, diagnostics);
        var timelineOrder = site.Timeline.OrderBy(e => e.Date).ToList();
        var anchors = EventAnchors(timelineOrder);
        var media = new MediaIndex(site.Media, site.MediaNames, index, diagnostics);
        var checker = new MarkdownChecker(index, media, diagnostics, edition);
        var citationLabel = text.CitationLabel;

        var briefings = new BriefingPage[site.Briefings.Count];
        Parallel.For(0, site.Briefings.Count, i => briefings[i] = ResolveBriefing(site.Briefings[i], urls, index, checker, diagnostics, citationLabel));
        var orderedBriefings = RelateBriefings(ReadingOrder(briefings), site.Drafts, diagnostics, memo ?? NoResolutionMemo.Instance);

        var timelineCitations = new CitationList(citationLabel);
        var timelineLink = new PageLink(text[UiKeys.PageTitle("timeline")], urls.Timeline);
        var events = new List<ResolvedEvent>(timelineOrder.Count);
        for (var i = 0; i < timelineOrder.Count; i++)
        {
            var item = timelineOrder[i];
            var entities = item.Entities.Select(index.Mention).OfType<Entity>().ToList();
            var sources = Cite(item.Sources, index, timelineLink, timelineCitations);
            if (item.Body is not null)
            {
                checker.Check(item.Body, urls.Timeline, timelineCitations, entities, timelineLink);
            }

            events.Add(new ResolvedEvent(item, anchors[i], entities.Distinct().ToList(), sources));
        }

        var claims = ResolveClaims(site, urls, text, index, checker, diagnostics, out var claimCitations);
        var entityPages = ResolveEntities(site, urls, index, checker, orderedBriefings, events, diagnostics, citationLabel);
        var topicPages = ResolveTopics(site, orderedBriefings, urls, checker, diagnostics, citationLabel);
        var assets = new AssetManifest(site.Theme);
        var taken = PagePlanner.TakenNames(urls, assets, edition.FurtherLanguages);
        var standalone = site.Pages.Where(p => IsFree(p, taken, diagnostics)).Select(p => ResolvePage(p, urls, checker, diagnostics, citationLabel)).ToList();
        var sourcePages = ResolveSources(urls, text, index, diagnostics);

        // A further edition leaves untranslated briefings out, so what only they cite or name is not unused.
        if (edition.IsMain)
        {
            ReportUnused(site, index, diagnostics);
        }

        var images = media.Plan();

        var plan = PagePlanner.Plan(site.Config, text, urls, orderedBriefings, entityPages, sourcePages, events, claims, topicPages, assets, standalone, limits, images, sharedFiles: edition.IsMain);
        var linkTargets = checker.CheckLinks(plan);
        var resolved = new ResolvedSite(site.Config, orderedBriefings, entityPages, sourcePages, events, timelineCitations, claims, claimCitations, site.Theme, text, urls, plan)
        {
            Topics = topicPages,
            Pages = standalone,
            LinkTargets = linkTargets,
            MainLanguage = edition.MainLanguage,
            InputFace = site.InputFace,
        };
        checker.CheckCharts(new ChartSubjects(resolved));
        return resolved;
    }

    private static BriefingPage ResolveBriefing(BriefingDocument briefing, SiteUrls urls, SiteIndex index, MarkdownChecker checker, DiagnosticBag diagnostics, Func<Source, string> citationLabel)
    {
        var url = urls.Briefing(briefing.Slug);
        var link = new PageLink(briefing.Title, url);
        if (briefing.Updated is { } updated && updated < briefing.Date)
        {
            diagnostics.Report(DiagnosticCodes.UpdatedBeforeDate, briefing.UpdatedLocation ?? new SourceLocation(briefing.Path, 1, 1), $"updated {updated:yyyy-MM-dd} is before date {briefing.Date:yyyy-MM-dd}; an update cannot precede publication");
        }

        foreach (var correction in briefing.Corrections.Where(c => c.Date < briefing.Date))
        {
            diagnostics.Report(DiagnosticCodes.UpdatedBeforeDate, correction.Location, $"correction of {correction.Date:yyyy-MM-dd} is before date {briefing.Date:yyyy-MM-dd}; a correction cannot precede publication");
        }

        var entities = briefing.Entities.Select(index.Mention).OfType<Entity>().ToList();
        var citations = new CitationList(citationLabel);
        checker.Check(briefing.Body, url, citations, entities, link);
        ReportUncited(briefing.Body, diagnostics);
        return new BriefingPage(briefing, url, entities.DistinctBy(e => e.Id).ToList(), citations, HeadingTexts(briefing.Body, index));
    }

    /// <summary>A standalone page is held to a briefing's rules: its links and citations checked, every statement cited.</summary>
    private static StandalonePage ResolvePage(PageDocument page, SiteUrls urls, MarkdownChecker checker, DiagnosticBag diagnostics, Func<Source, string> citationLabel)
    {
        var url = urls.Page(page.Slug);
        var citations = new CitationList(citationLabel);
        checker.Check(page.Body, url, citations, [], new PageLink(page.Title, url));
        ReportUncited(page.Body, diagnostics);
        return new StandalonePage(page, url, citations);
    }

    /// <summary>Whether the page's address is its own: a name the site uses for its own pages and files is refused, and the page left out.</summary>
    private static bool IsFree(PageDocument page, Dictionary<string, string> taken, DiagnosticBag diagnostics)
    {
        if (!taken.TryGetValue(page.Slug, out var address))
        {
            return true;
        }

        diagnostics.Report(DiagnosticCodes.ReservedPageSlug, page.Location, $"a page at /{page.Slug}/ would clash with the site's own {address}; rename the file, since a page's address is its file name");
        return false;
    }

    private static void ReportUncited(MarkdownText body, DiagnosticBag diagnostics)
    {
        foreach (var (kind, line, column) in body.Outline.Uncited)
        {
            diagnostics.Report(DiagnosticCodes.UncitedParagraph, body.LocationAt(line, column), kind switch
            {
                UncitedKind.Table => "table cites no source; add [@source-id] in a cell or at the end of the paragraph that introduces it",
                UncitedKind.ListItem => "list item cites no source; add [@source-id] after the statement it supports",
                _ => "paragraph cites no source; add [@source-id] after the statement it supports",
            });
        }
    }

    /// <summary>
    /// Newest first; briefings of the same day in reading order (<c>weight</c>, lower first, those without one
    /// after), then by slug.
    /// </summary>
    internal static List<BriefingPage> ReadingOrder(IEnumerable<BriefingPage> briefings) =>
        briefings
            .OrderByDescending(b => b.Briefing.Date)
            .ThenBy(b => b.Briefing.Weight is null)
            .ThenBy(b => b.Briefing.Weight)
            .ThenBy(b => b.Briefing.Slug, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Each briefing's related briefings: the checked <c>related</c> list first, then the others that share the most
    /// entities and topics (a shared topic counts as much as a shared entity), ties in the order of the list.
    /// A related draft is left out of a build without drafts, so publishing a briefing never waits for its neighbour.
    /// </summary>
    private static List<BriefingPage> RelateBriefings(List<BriefingPage> briefings, IReadOnlyList<DraftBriefing> drafts, DiagnosticBag diagnostics, IResolutionMemo memo)
    {
        var bySlug = briefings.ToDictionary(b => b.Briefing.Slug, StringComparer.Ordinal);
        var draftSlugs = drafts.Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        var position = briefings.Select((b, i) => (b.Briefing.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        var chosenOf = new List<string>[briefings.Count];
        for (var b = 0; b < briefings.Count; b++)
        {
            var briefing = briefings[b].Briefing;
            var chosen = chosenOf[b] = [];
            foreach (var reference in briefing.Related)
            {
                if (reference.Id == briefing.Slug)
                {
                    diagnostics.Report(DiagnosticCodes.UnknownRelatedBriefing, reference.Location, $"'{reference.Id}' is this briefing itself; name another briefing in 'related'");
                }
                else if (bySlug.ContainsKey(reference.Id))
                {
                    if (!chosen.Contains(reference.Id))
                    {
                        chosen.Add(reference.Id);
                    }
                }
                else if (!draftSlugs.Contains(reference.Id))
                {
                    var known = bySlug.Keys.Concat(draftSlugs).Where(slug => slug != briefing.Slug);
                    diagnostics.Report(DiagnosticCodes.UnknownRelatedBriefing, reference.Location, $"unknown briefing '{reference.Id}' in 'related'{Suggestions.DidYouMean(reference.Id, known)}");
                }
            }
        }

        var subjects = briefings.Select(b => (Entities: b.Entities.Select(e => e.Id).ToList(), b.Briefing.Topics)).ToList();
        var chosenAt = chosenOf.Select(chosen => chosen.Select(slug => position[slug]).ToArray()).ToList();
        var found = memo.Related(SubjectsHash(subjects, chosenAt), () =>
        {
            // Matching is most of the work and each briefing's is its own, so it runs on every core.
            var sharing = new SharedSubjects([.. subjects.Select(s => ((IEnumerable<string>)s.Entities, (IEnumerable<string>)s.Topics))]);
            var places = new int[briefings.Count][];
            Parallel.For(0, briefings.Count, b => places[b] = [.. sharing.MostShared(b, chosenAt[b], MaxRelated)]);
            return places;
        });

        var result = new BriefingPage[briefings.Count];
        Parallel.For(0, briefings.Count, b =>
        {
            var computed = found[b].Select(i => briefings[i].Briefing.Slug);
            result[b] = briefings[b] with { Related = chosenOf[b].Concat(computed).Take(MaxRelated).ToList() };
        });

        return [.. result];
    }

    /// <summary>What finding related briefings reads: each briefing's entities, topics and chosen briefings, in reading order, and how many are offered.</summary>
    private static UInt128 SubjectsHash(List<(List<string> Entities, IReadOnlyList<string> Topics)> subjects, List<int[]> chosen)
    {
        var hash = new XxHash128();
        Append(hash, MaxRelated);
        Append(hash, subjects.Count);
        for (var b = 0; b < subjects.Count; b++)
        {
            // Each list's length goes before it, so no two sites' lists run together into the same bytes.
            Append(hash, subjects[b].Entities.Count);
            foreach (var entity in subjects[b].Entities)
            {
                Text(hash, entity);
            }

            Append(hash, subjects[b].Topics.Count);
            foreach (var topic in subjects[b].Topics)
            {
                Text(hash, topic);
            }

            Append(hash, chosen[b].Length);
            foreach (var place in chosen[b])
            {
                Append(hash, place);
            }
        }

        return hash.GetCurrentHashAsUInt128();

        static void Append(XxHash128 hash, int value)
        {
            Span<byte> number = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(number, value);
            hash.Append(number);
        }

        static void Text(XxHash128 hash, string text)
        {
            Append(hash, text.Length);
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }

    /// <summary>The plain text of each heading: literal text, code and the shown text of entity links.</summary>
    private static List<string> HeadingTexts(MarkdownText text, SiteIndex index)
    {
        var texts = new List<string>();
        foreach (var heading in text.Outline.Headings)
        {
            var joined = string.Concat(heading.Parts.Select(part =>
                part.Text ?? (part.EntityId is { } id ? index.FindEntity(id)?.ShownName ?? id : string.Empty))).Trim();
            if (joined.Length > 0)
            {
                texts.Add(joined);
            }
        }

        return texts;
    }

    private static List<ResolvedClaim> ResolveClaims(LoadedSite site, SiteUrls urls, UiText text, SiteIndex index, MarkdownChecker checker, DiagnosticBag diagnostics, out CitationList citations)
    {
        citations = new CitationList(text.CitationLabel);
        var link = new PageLink(text[UiKeys.PageTitle("claims")], urls.Claims);
        var seen = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var result = new List<ResolvedClaim>();
        foreach (var claim in site.Claims)
        {
            if (!seen.TryAdd(claim.Id, claim))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateId, claim.Location, $"claim id '{claim.Id}' is already used at line {seen[claim.Id].Location.Line}; give each claim its own id");
                continue;
            }

            var sources = Cite(claim.Reports.Select(r => r.Source), index, link, citations);
            if (claim.Assessment is not null)
            {
                checker.Check(claim.Assessment, urls.Claims, citations, [], link);
            }

            CheckConsistency(claim, sources, index, diagnostics);
            result.Add(new ResolvedClaim(claim, sources));
        }

        return result;
    }

    /// <summary>A claim marked consistent needs reports from two sources that do not reach us through the same report.</summary>
    private static void CheckConsistency(Claim claim, List<Source> sources, SiteIndex index, DiagnosticBag diagnostics)
    {
        if (claim.Status != ClaimStatuses.Consistent)
        {
            return;
        }

        var roots = sources.Select(index.Root).DistinctBy(s => s.Id).ToList();
        if (roots.Count >= 2 || sources.Count == 0)
        {
            return;
        }

        var why = sources.DistinctBy(s => s.Id).Count() == 1
            ? $"its only source is '{sources[0].Id}'"
            : $"all its sources reach us through '{roots[0].Id}'";
        diagnostics.Report(DiagnosticCodes.UnsupportedConsistency, claim.StatusLocation, $"claim '{claim.Id}' is marked consistent, but {why}; consistent needs two independent reports; did you mean '{ClaimStatuses.SingleSource}'?");
    }

    private static List<EntityPage> ResolveEntities(LoadedSite site, SiteUrls urls, SiteIndex index, MarkdownChecker checker, List<BriefingPage> briefings, List<ResolvedEvent> events, DiagnosticBag diagnostics, Func<Source, string> citationLabel)
    {
        var outgoing = new Dictionary<string, List<ResolvedRelation>>(StringComparer.Ordinal);
        var incoming = new Dictionary<string, List<ResolvedRelation>>(StringComparer.Ordinal);
        foreach (var entity in site.Entities)
        {
            foreach (var relation in entity.Relations)
            {
                var link = new PageLink(entity.Name, urls.Entity(entity.Id));
                var sources = relation.Sources.Select(s => index.Cite(s, link)).OfType<Source>().ToList();
                if (index.Mention(relation.To) is { } target)
                {
                    var resolved = new ResolvedRelation(entity, relation.Type, target, sources);
                    Add(outgoing, entity.Id, resolved);
                    Add(incoming, target.Id, resolved);
                }
            }
        }

        var mentioned = new Dictionary<string, List<BriefingPage>>(StringComparer.Ordinal);
        foreach (var briefing in briefings)
        {
            foreach (var entity in briefing.Entities)
            {
                Add(mentioned, entity.Id, briefing);
            }
        }

        var eventsOf = new Dictionary<string, List<ResolvedEvent>>(StringComparer.Ordinal);
        foreach (var item in events)
        {
            foreach (var entity in item.Entities)
            {
                Add(eventsOf, entity.Id, item);
            }
        }

        var pages = new List<EntityPage>();
        foreach (var entity in site.Entities.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
        {
            var url = urls.Entity(entity.Id);
            var link = new PageLink(entity.Name, url);
            var citations = new CitationList(citationLabel);
            checker.Check(entity.Summary, url, citations, [], link);
            if (entity.Website is not null && !UrlPolicy.IsHttps(entity.Website))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeUrl, entity.WebsiteLocation ?? entity.NameLocation, $"website '{entity.Website}' must be an https:// address");
            }

            var outs = outgoing.GetValueOrDefault(entity.Id) ?? [];
            var ins = incoming.GetValueOrDefault(entity.Id) ?? [];
            var entityEvents = eventsOf.GetValueOrDefault(entity.Id) ?? [];
            foreach (var source in outs.Concat(ins).SelectMany(r => r.Sources).Concat(entityEvents.SelectMany(e => e.Sources)))
            {
                index.Cite(new Reference(source.Id, SourceLocation.None), link);
                citations.Cite(source);
            }

            pages.Add(new EntityPage(entity, url, outs, ins, mentioned.GetValueOrDefault(entity.Id) ?? [], entityEvents, citations));
        }

        return pages;
    }

    private static List<SourcePage> ResolveSources(SiteUrls urls, UiText text, SiteIndex index, DiagnosticBag diagnostics)
    {
        var reportedThrough = new Dictionary<string, List<Source>>(StringComparer.Ordinal);
        var vias = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in index.AllSources)
        {
            if (source.Url is not null && !UrlPolicy.IsHttps(source.Url))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeUrl, source.UrlLocation, $"url '{source.Url}' of source '{source.Id}' must be an https:// address; leave it out if the source has none");
            }

            if (source.PublisherUrl is not null && !UrlPolicy.IsHttps(source.PublisherUrl))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeUrl, source.PublisherUrlLocation, $"publisher_url '{source.PublisherUrl}' of source '{source.Id}' must be an https:// address; leave it out if the outlet's site is not known");
            }

            if (source.Via is { } via && index.Cite(via, null) is { } through)
            {
                vias[source.Id] = through;
                Add(reportedThrough, through.Id, source);
            }
        }

        foreach (var language in index.AllSources.Select(s => s.Language).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            text.CheckLanguageName(language, diagnostics);
        }

        return index.AllSources
            .OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new SourcePage(
                s,
                urls.Source(s.Id),
                vias.GetValueOrDefault(s.Id),
                index.ViaChain(s),
                reportedThrough.GetValueOrDefault(s.Id) ?? [],
                index.CitedOn.TryGetValue(s.Id, out var pages)
                    ? pages.Values.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Url, StringComparer.Ordinal).ToList()
                    : []))
            .ToList();
    }

    /// <summary>
    /// A page for each topic the briefings name, listing them in the site's order. Where the site has a
    /// topics.yml, every topic must be in it (a typo would otherwise make a page of its own) and each of its
    /// topics should be used; without one, a topic is titled from its id.
    /// </summary>
    private static List<TopicPage> ResolveTopics(LoadedSite site, IReadOnlyList<BriefingPage> briefings, SiteUrls urls, MarkdownChecker checker, DiagnosticBag diagnostics, Func<Source, string> citationLabel)
    {
        var declared = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var topic in site.Topics ?? [])
        {
            if (!declared.TryAdd(topic.Id, topic))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateId, topic.Location, $"topic id '{topic.Id}' is already used at line {declared[topic.Id].Location.Line}; give each topic its own id");
            }
        }

        var used = new Dictionary<string, List<BriefingPage>>(StringComparer.Ordinal);
        foreach (var page in briefings)
        {
            foreach (var reference in page.Briefing.TopicReferences)
            {
                if (site.Topics is not null && !declared.ContainsKey(reference.Id))
                {
                    var suggestion = Suggestions.DidYouMean(reference.Id, declared.Keys);
                    diagnostics.Report(DiagnosticCodes.UnknownTopic, reference.Location, suggestion.Length > 0
                        ? $"topic '{reference.Id}' is not in topics.yml{suggestion}"
                        : $"topic '{reference.Id}' is not in topics.yml; add it there with a title");
                }

                // A briefing that names a topic twice is listed once: its pages come one after another, so only the
                // last one added can be this one (comparing with every page of the topic made large sites quadratic).
                var list = used.TryGetValue(reference.Id, out var found) ? found : used[reference.Id] = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], page))
                {
                    list.Add(page);
                }
            }
        }

        foreach (var topic in declared.Values.Where(t => !used.ContainsKey(t.Id)))
        {
            diagnostics.Report(DiagnosticCodes.UnusedTopic, topic.Location, $"no briefing has the topic '{topic.Id}'; add it to a briefing's 'topics' or remove it");
        }

        var pages = new List<TopicPage>(used.Count);
        foreach (var (id, pagesOfTopic) in used)
        {
            var topic = declared.GetValueOrDefault(id);
            var url = urls.Topic(id);
            var citations = new CitationList(citationLabel);
            if (topic?.Description is { } description)
            {
                checker.Check(description, url, citations, [], new PageLink(topic.Title, url));
            }

            pages.Add(new TopicPage(id, topic?.Title ?? TopicPage.TitleFromId(id), topic?.Description, url, pagesOfTopic, citations));
        }

        pages.Sort((a, b) => string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase) is var order and not 0 ? order : string.CompareOrdinal(a.Id, b.Id));
        return pages;
    }

    private static void ReportUnused(LoadedSite site, SiteIndex index, DiagnosticBag diagnostics)
    {
        foreach (var source in index.AllSources)
        {
            if (!index.CitedOn.ContainsKey(source.Id))
            {
                diagnostics.Report(DiagnosticCodes.UnusedSource, source.Location, $"source '{source.Id}' is never cited; cite it with [@{source.Id}] or remove it");
            }
        }

        var related = site.Entities.Where(e => e.Relations.Count > 0).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in site.Entities)
        {
            if (!index.ReferencedEntities.ContainsKey(entity.Id) && !related.Contains(entity.Id))
            {
                diagnostics.Report(DiagnosticCodes.OrphanEntity, entity.NameLocation, $"entity '{entity.Id}' is never mentioned, related or on the timeline; link it with [[{entity.Id}]] or remove it");
            }
        }
    }

    private static List<Source> Cite(IEnumerable<Reference> references, SiteIndex index, PageLink page, CitationList citations)
    {
        var sources = new List<Source>();
        foreach (var reference in references)
        {
            if (index.Cite(reference, page) is { } source)
            {
                citations.Cite(source);
                sources.Add(source);
            }
        }

        return sources;
    }

    private static List<string> EventAnchors(List<TimelineEvent> events)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new List<string>(events.Count);
        foreach (var item in events)
        {
            var slug = Slug(item.AnchorText);
            var anchor = $"event-{item.Date}-{slug}".TrimEnd('-');
            var candidate = anchor;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{anchor}-{n}";
            }

            anchors.Add(candidate.ToLowerInvariant());
        }

        return anchors;
    }

    private static string Slug(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 48)
            {
                break;
            }
        }

        return builder.ToString().Trim('-');
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(value);
    }
}
