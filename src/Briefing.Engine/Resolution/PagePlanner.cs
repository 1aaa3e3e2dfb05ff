using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Lists every page and file of a resolved site, with the words each page is titled and described by.</summary>
internal static class PagePlanner
{
    /// <param name="sharedFiles">Whether this edition publishes the files every edition shares (the theme's assets, images, robots.txt): only the main one does.</param>
    public static PagePlan Plan(
        SiteConfig config,
        UiText text,
        SiteUrls urls,
        IReadOnlyList<BriefingPage> briefings,
        IReadOnlyList<EntityPage> entities,
        IReadOnlyList<SourcePage> sources,
        IReadOnlyList<ResolvedEvent> events,
        IReadOnlyList<ResolvedClaim> claims,
        IReadOnlyList<TopicPage> topics,
        AssetManifest assets,
        IReadOnlyList<StandalonePage> standalone,
        PagingLimits? limits = null,
        IReadOnlyList<PlannedImage>? images = null,
        bool sharedFiles = true)
    {
        limits ??= PagingLimits.Default;
        var site = config.Title;
        var language = text.Language;
        PlannedPage List(string url, PageKind kind, string key, string section, IEnumerable<string>? anchors = null)
        {
            var title = text[UiKeys.PageTitle(key)];
            return new PlannedPage(
                url, kind, language, title, DocumentTitle(title), text.Format(UiKeys.PageDescription(key), ("site", site)), section, null, null, null, anchors ?? []);
        }

        string DocumentTitle(string title) => text.Format(UiKeys.DocumentTitle, ("page", title), ("site", site));

        FeedLink Feed(string url, string name) =>
            new(url, text.Format(UiKeys.FeedTitle, ("name", name), ("site", site)), text.Format(UiKeys.FeedLink, ("name", name)));

        // A list too long for one page: its first page as planned, then "page/2/" and on, each titled with its number and defining no anchors.
        IEnumerable<PlannedPage> Paged(PlannedPage first, int items, int? size = null)
        {
            var pageSize = size ?? limits.PageSize;
            var count = Math.Max(1, (items + pageSize - 1) / pageSize);
            if (count == 1)
            {
                yield return first;
                yield break;
            }

            yield return first with { Paging = new Pagination(1, count, first.Url, pageSize) };
            for (var n = 2; n <= count; n++)
            {
                var title = text.Format(UiKeys.PagingTitle, ("page", first.Title), ("number", Number(n)));
                yield return first with
                {
                    Url = SiteUrls.ListPage(first.Url, n),
                    Title = title,
                    DocumentTitle = DocumentTitle(title),
                    Anchors = [],
                    Paging = new Pagination(n, count, first.Url, pageSize),
                };
            }
        }

        // Over the limit, each year's events move to the year's page and /timeline/ leads to them.
        var years = events.Count > limits.TimelineEvents
            ? events.GroupBy(e => e.Event.Date.Year).Select(g => new TimelineYear(g.Key, urls.TimelineYear(g.Key), g.ToList())).ToList()
            : null;
        var timeline = List(urls.Timeline, PageKind.Timeline, "timeline", urls.Timeline, years is null ? events.Select(e => e.Anchor) : []);

        var pages = new List<PlannedPage>(8 + briefings.Count + entities.Count + sources.Count)
        {
            new(urls.Home, PageKind.Home, language, site, site, config.Description, urls.Home, null, null, null, []),
        };
        pages.AddRange(Paged(List(urls.Briefings, PageKind.Briefings, "briefings", urls.Briefings), briefings.Count));
        pages.AddRange(Paged(List(urls.Entities, PageKind.Entities, "entities", urls.Entities), entities.Count, limits.IndexPageSize));
        pages.AddRange(Paged(List(urls.Sources, PageKind.Sources, "sources", urls.Sources), sources.Count, limits.IndexPageSize));
        pages.Add(timeline with { Subject = years });
        foreach (var year in years ?? [])
        {
            var title = text.Format(UiKeys.TimelineYearTitle, ("page", timeline.Title), ("year", Number(year.Year)));
            // A busy year is itself split, its events listed in pages as any long list is; each page defines its own events' anchors.
            pages.AddRange(Paged(timeline with { Url = year.Url, Title = title, DocumentTitle = DocumentTitle(title), Subject = year }, year.Events.Count)
                .Select(p => p with { Anchors = (p.Paging?.Of(year.Events) ?? year.Events).Select(e => e.Anchor).ToList() }));
        }

        // Past a page's worth, each page of the ledger defines its own claims' anchors.
        var ledger = Paged(List(urls.Claims, PageKind.Claims, "claims", urls.Claims, claims.Select(c => c.Claim.Id)), claims.Count, limits.ClaimsPageSize)
            .Select(p => p.Paging is { } paging ? p with { Anchors = paging.Of(claims).Select(c => c.Claim.Id).ToList() } : p)
            .ToList();
        pages.AddRange(ledger);

        // A ledger of one page shows one status's claims alone in place. Past that, its first page would link every
        // claim by status (at 1,000 claims, 200 KB); each status has pages of its own instead, the ledger filtered.
        if (ledger.Count > 1)
        {
            foreach (var status in ClaimStatuses.All)
            {
                var ofStatus = claims.Where(c => c.Claim.Status == status).ToList();
                if (ofStatus.Count == 0)
                {
                    continue;
                }

                var name = text[UiKeys.ClaimStatusLabel(status)];
                var title = text.Format(UiKeys.ClaimStatusTitle, ("status", name));
                var first = new PlannedPage(urls.ClaimStatus(status), PageKind.Claims, language, title, DocumentTitle(title), text.Format(UiKeys.ClaimStatusDescription, ("status", name)), urls.Claims, null, null, new ClaimStatusPage(status, ofStatus), []);
                pages.AddRange(Paged(first, ofStatus.Count, limits.ClaimsPageSize));
            }
        }

        pages.AddRange(Paged(List(urls.Search, PageKind.Search, "search", urls.Search), briefings.Count));
        pages.Add(List(urls.Topics, PageKind.Topics, "topics", urls.Topics));
        pages.Add(List(urls.NotFound, PageKind.NotFound, "not_found", urls.Home));

        foreach (var page in briefings)
        {
            var b = page.Briefing;
            pages.Add(new PlannedPage(page.Url, PageKind.Briefing, language, b.Title, DocumentTitle(b.Title), b.Summary, urls.Briefings, b.Date, b.Updated, page, HeadingIds(b.Body)));
        }

        foreach (var page in entities)
        {
            var e = page.Entity;
            var description = e.Role is null
                ? text.Format(UiKeys.EntityDescription, ("name", e.Name))
                : text.Format(UiKeys.EntityDescriptionWithRole, ("name", e.Name), ("role", e.Role));
            // An entity no briefing mentions has no feed: it would stay empty, and a reader could only subscribe to silence.
            var first = new PlannedPage(page.Url, PageKind.Entity, language, e.Name, DocumentTitle(e.Name), description, urls.Entities, null, null, page, [])
            {
                Feed = page.MentionedIn.Count > 0 ? Feed(urls.EntityFeed(e.Id), e.ShownName) : null,
            };
            pages.AddRange(Paged(first, page.MentionedIn.Count));
        }

        foreach (var page in sources)
        {
            var s = page.Source;
            var title = s.Untitled
                ? text.Format(UiKeys.SourceTitleUntitled, ("publisher", s.Publisher), ("description", s.Title))
                : text.Format(UiKeys.SourceTitle, ("publisher", s.Publisher), ("title", s.Title));
            var description = text.Format(UiKeys.SourceDescription, ("publisher", s.Publisher), ("title", text.SourceName(s)));
            pages.AddRange(Paged(new PlannedPage(page.Url, PageKind.Source, language, title, DocumentTitle(title), description, urls.Sources, null, null, page, []), page.CitedIn.Count));
        }

        foreach (var topic in topics)
        {
            var description = text.Format(UiKeys.TopicDescription, ("topic", topic.Title), ("site", site));
            var first = new PlannedPage(topic.Url, PageKind.Topic, language, topic.Title, DocumentTitle(topic.Title), description, urls.Topics, null, null, topic, [])
            {
                Feed = Feed(urls.TopicFeed(topic.Id), topic.Title),
            };
            pages.AddRange(Paged(first, topic.Briefings.Count));
        }

        foreach (var page in standalone)
        {
            var p = page.Page;
            pages.Add(new PlannedPage(page.Url, PageKind.Page, language, p.Title, DocumentTitle(p.Title), p.Summary, page.Url, null, p.Updated, page, HeadingIds(p.Body)));
        }

        long words = 0;
        foreach (var page in standalone)
        {
            words += page.Page.Body.Outline.WordCount;
        }

        foreach (var page in briefings)
        {
            words += page.Briefing.Body.Outline.WordCount;
        }

        foreach (var page in entities)
        {
            words += page.Entity.Summary.Outline.WordCount;
        }

        foreach (var e in events)
        {
            words += e.Event.Body?.Outline.WordCount ?? 0;
        }

        var search = SearchPlan.For(briefings.Count + entities.Count + events.Count + claims.Count + sources.Count + standalone.Count, words);
        List<PlannedFile> files =
        [
            .. Enumerable.Range(0, search.Buckets).Select(k => new PlannedFile(SiteUrls.OutputPath(urls.SearchTerms(k)), SiteFileKind.SearchTerms)),
            .. Enumerable.Range(0, search.Documents).Select(n => new PlannedFile(SiteUrls.OutputPath(urls.SearchDocument(n)), SiteFileKind.SearchDocument)),
            new(SiteUrls.OutputPath(urls.Feed), SiteFileKind.Feed),
            .. topics.Select(t => new PlannedFile(SiteUrls.OutputPath(urls.TopicFeed(t.Id)), SiteFileKind.Feed) { Subject = t }),
            .. entities.Where(e => e.MentionedIn.Count > 0).Select(e => new PlannedFile(SiteUrls.OutputPath(urls.EntityFeed(e.Entity.Id)), SiteFileKind.Feed) { Subject = e }),
            new(SiteUrls.OutputPath(urls.Sitemap), SiteFileKind.Sitemap),
            .. Enumerable.Range(1, SitemapParts(pages, config.SitemapLimit)).Select(n => new PlannedFile(SiteUrls.OutputPath(urls.SitemapPart(n)), SiteFileKind.SitemapPart) { Subject = n }),
            .. sharedFiles ? [new PlannedFile(SiteUrls.OutputPath(urls.Robots), SiteFileKind.Robots)] : Array.Empty<PlannedFile>(),
            .. sharedFiles ? assets.Files.Select(a => new PlannedFile(a.Path, SiteFileKind.Asset, a.Content)) : [],
            new(SiteUrls.OutputPath(urls.ClaimsJson), SiteFileKind.ClaimsJson, OfferedOn: urls.Claims),
            new(SiteUrls.OutputPath(urls.ClaimsCsv), SiteFileKind.ClaimsCsv, OfferedOn: urls.Claims),
            new(SiteUrls.OutputPath(urls.TimelineJson), SiteFileKind.TimelineJson, OfferedOn: urls.Timeline),
            new(SiteUrls.OutputPath(urls.TimelineCalendar), SiteFileKind.TimelineCalendar, OfferedOn: urls.Timeline),
            new(SiteUrls.OutputPath(urls.GraphJson), SiteFileKind.GraphJson, OfferedOn: urls.Entities),
            .. sharedFiles ? (images ?? []).SelectMany(i => i.Variants.Select(v => new PlannedFile(v.Path, SiteFileKind.Image) { Subject = i })) : [],
        ];

        return new PagePlan(pages, files, assets, search) { Images = images ?? [], SharedFiles = sharedFiles };
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The names a standalone page cannot have, each with the address of the site's own that has it: the first
    /// part of every address <see cref="SiteUrls"/> makes without an id ("briefings", "feed" of "/feed.xml",
    /// "404") and of the theme's assets, so a new built-in page or file reserves its name without a list to keep.
    /// </summary>
    /// <param name="editions">The languages of further editions, each of which has the folder of its name.</param>
    public static Dictionary<string, string> TakenNames(SiteUrls urls, AssetManifest assets, IEnumerable<string>? editions = null)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in editions ?? [])
        {
            taken.TryAdd(language, $"/{language}/");
        }

        foreach (var url in urls.Fixed.Concat(assets.Files.Select(a => "/" + a.Path)))
        {
            var path = url.TrimStart('/');
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var first = slash < 0 ? path : path[..(slash + 1)];
            var dot = first.IndexOf('.', StringComparison.Ordinal);
            var name = (dot < 0 ? first : first[..dot]).TrimEnd('/');
            if (name.Length > 0)
            {
                taken.TryAdd(name, "/" + first);
            }
        }

        return taken;
    }

    /// <summary>Every page a sitemap lists: all but the page for addresses that do not exist.</summary>
    public static IEnumerable<PlannedPage> SitemapPages(IEnumerable<PlannedPage> pages) => pages.Where(p => p.Kind != PageKind.NotFound);

    /// <summary>How many sitemaps /sitemap.xml lists as an index: none while one sitemap holds every page.</summary>
    private static int SitemapParts(IEnumerable<PlannedPage> pages, int limit)
    {
        var count = SitemapPages(pages).Count();
        return count <= limit ? 0 : (count + limit - 1) / limit;
    }

    /// <summary>Deferred to the first lookup: reading every briefing's headings here would walk every outline on one core, and only a link with a #fragment asks.</summary>
    private static IEnumerable<string> HeadingIds(MarkdownText text)
    {
        foreach (var heading in text.Outline.Headings)
        {
            if (heading.Id is { } id)
            {
                yield return id;
            }
        }
    }
}
