using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Lists every page and file of a resolved site, with the words each page is titled and described by.</summary>
internal static class PagePlanner
{
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
        DiagnosticBag diagnostics)
    {
        var site = config.Title;
        var language = text.Language;
        PlannedPage List(string url, PageKind kind, string key, string section, IEnumerable<string>? anchors = null)
        {
            var title = text[UiKeys.PageTitle(key)];
            return new PlannedPage(
                url, kind, language, title, DocumentTitle(title), text.Format(UiKeys.PageDescription(key), ("site", site)), section, null, null, null, anchors ?? []);
        }

        string DocumentTitle(string title) => text.Format(UiKeys.DocumentTitle, ("page", title), ("site", site));

        var pages = new List<PlannedPage>(8 + briefings.Count + entities.Count + sources.Count)
        {
            new(urls.Home, PageKind.Home, language, site, site, config.Description, urls.Home, null, null, null, []),
            List(urls.Briefings, PageKind.Briefings, "briefings", urls.Briefings),
            List(urls.Entities, PageKind.Entities, "entities", urls.Entities),
            List(urls.Sources, PageKind.Sources, "sources", urls.Sources),
            List(urls.Timeline, PageKind.Timeline, "timeline", urls.Timeline, events.Select(e => e.Anchor)),
            List(urls.Claims, PageKind.Claims, "claims", urls.Claims, claims.Select(c => c.Claim.Id)),
            List(urls.Search, PageKind.Search, "search", urls.Search),
            List(urls.Topics, PageKind.Topics, "topics", urls.Topics),
            List(urls.NotFound, PageKind.NotFound, "not_found", urls.Home),
        };

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
            pages.Add(new PlannedPage(page.Url, PageKind.Entity, language, e.Name, DocumentTitle(e.Name), description, urls.Entities, null, null, page, []));
        }

        foreach (var page in sources)
        {
            var s = page.Source;
            var title = s.Untitled
                ? text.Format(UiKeys.SourceTitleUntitled, ("publisher", s.Publisher), ("description", s.Title))
                : text.Format(UiKeys.SourceTitle, ("publisher", s.Publisher), ("title", s.Title));
            var description = text.Format(UiKeys.SourceDescription, ("publisher", s.Publisher), ("title", text.SourceName(s)));
            pages.Add(new PlannedPage(page.Url, PageKind.Source, language, title, DocumentTitle(title), description, urls.Sources, null, null, page, []));
        }

        foreach (var topic in topics)
        {
            var description = text.Format(UiKeys.TopicDescription, ("topic", topic.Title), ("site", site));
            pages.Add(new PlannedPage(topic.Url, PageKind.Topic, language, topic.Title, DocumentTitle(topic.Title), description, urls.Topics, null, null, topic, []));
        }

        List<PlannedFile> siteFiles =
        [
            new(SiteUrls.OutputPath(urls.Feed), SiteFileKind.Feed),
            new(SiteUrls.OutputPath(urls.Sitemap), SiteFileKind.Sitemap),
            new(SiteUrls.OutputPath(urls.Robots), SiteFileKind.Robots),
            .. assets.Files.Select(a => new PlannedFile(a.Path, SiteFileKind.Asset, a.Content)),
        ];

        // Added after every page and file of the site's own, whose addresses they must not take.
        var planned = AddStandalone(pages, siteFiles, standalone, text, site, diagnostics);

        long words = 0;
        foreach (var page in planned)
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

        var search = SearchPlan.For(briefings.Count + entities.Count + events.Count + claims.Count + sources.Count + planned.Count, words);
        List<PlannedFile> files =
        [
            .. Enumerable.Range(0, search.Buckets).Select(k => new PlannedFile(SiteUrls.OutputPath(urls.SearchTerms(k)), SiteFileKind.SearchTerms)),
            .. Enumerable.Range(0, search.Documents).Select(n => new PlannedFile(SiteUrls.OutputPath(urls.SearchDocument(n)), SiteFileKind.SearchDocument)),
            .. siteFiles,
        ];

        return new PagePlan(pages, files, assets, search);
    }

    /// <summary>
    /// The standalone pages, each at "/&lt;slug&gt;/" unless the site already has something whose address starts
    /// with that name ("/briefings/", "/feed.xml", "/assets/…"): the names taken are read from every other
    /// page and file the plan holds, so a new built-in page reserves its name without a list to keep. (The
    /// search index's files are not yet planned, but they sit in the search page's folder.)
    /// </summary>
    /// <returns>The pages planned: all but those whose address is taken.</returns>
    private static List<StandalonePage> AddStandalone(List<PlannedPage> pages, List<PlannedFile> files, IReadOnlyList<StandalonePage> standalone, UiText text, string site, DiagnosticBag diagnostics)
    {
        var planned = new List<StandalonePage>(standalone.Count);
        var taken = pages.Select(p => p.Path).Concat(files.Select(f => f.Path))
            .Select(FirstName)
            .Where(name => name.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var page in standalone)
        {
            var p = page.Page;
            if (taken.Contains(p.Slug))
            {
                diagnostics.Report(DiagnosticCodes.ReservedPageSlug, p.Location, $"'{p.Slug}' is an address the site already uses for its own pages or files; rename the file, e.g. to 'about-{p.Slug}.md'");
                continue;
            }

            var title = text.Format(UiKeys.DocumentTitle, ("page", p.Title), ("site", site));
            pages.Add(new PlannedPage(page.Url, PageKind.Page, text.Language, p.Title, title, p.Summary, page.Url, null, p.Updated, page, HeadingIds(p.Body)));
            planned.Add(page);
        }

        return planned;
    }

    /// <summary>"briefings/x/index.html" → "briefings"; "feed.xml" → "feed"; "index.html" (the home page) → "index".</summary>
    private static string FirstName(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? path : path[..slash];
        var dot = first.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? first : first[..dot];
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
