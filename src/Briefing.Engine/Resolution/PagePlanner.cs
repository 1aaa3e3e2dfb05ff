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
        AssetManifest assets)
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

        FeedLink Feed(string url, string name) =>
            new(url, text.Format(UiKeys.FeedTitle, ("name", name), ("site", site)), text.Format(UiKeys.FeedLink, ("name", name)));

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
            // An entity no briefing mentions has no feed: it would stay empty, and a reader could only subscribe to silence.
            pages.Add(new PlannedPage(page.Url, PageKind.Entity, language, e.Name, DocumentTitle(e.Name), description, urls.Entities, null, null, page, [])
            {
                Feed = page.MentionedIn.Count > 0 ? Feed(urls.EntityFeed(e.Id), e.ShownName) : null,
            });
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
            pages.Add(new PlannedPage(topic.Url, PageKind.Topic, language, topic.Title, DocumentTitle(topic.Title), description, urls.Topics, null, null, topic, [])
            {
                Feed = Feed(urls.TopicFeed(topic.Id), topic.Title),
            });
        }

        long words = 0;
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

        var search = SearchPlan.For(briefings.Count + entities.Count + events.Count + claims.Count + sources.Count, words);
        List<PlannedFile> files =
        [
            .. Enumerable.Range(0, search.Buckets).Select(k => new PlannedFile(SiteUrls.OutputPath(urls.SearchTerms(k)), SiteFileKind.SearchTerms)),
            .. Enumerable.Range(0, search.Documents).Select(n => new PlannedFile(SiteUrls.OutputPath(urls.SearchDocument(n)), SiteFileKind.SearchDocument)),
            new(SiteUrls.OutputPath(urls.Feed), SiteFileKind.Feed),
            .. topics.Select(t => new PlannedFile(SiteUrls.OutputPath(urls.TopicFeed(t.Id)), SiteFileKind.Feed) { Subject = t }),
            .. entities.Where(e => e.MentionedIn.Count > 0).Select(e => new PlannedFile(SiteUrls.OutputPath(urls.EntityFeed(e.Entity.Id)), SiteFileKind.Feed) { Subject = e }),
            new(SiteUrls.OutputPath(urls.Sitemap), SiteFileKind.Sitemap),
            .. Enumerable.Range(1, SitemapParts(pages, config.SitemapLimit)).Select(n => new PlannedFile(SiteUrls.OutputPath(urls.SitemapPart(n)), SiteFileKind.SitemapPart) { Subject = n }),
            new(SiteUrls.OutputPath(urls.Robots), SiteFileKind.Robots),
            .. assets.Files.Select(a => new PlannedFile(a.Path, SiteFileKind.Asset, a.Content)),
        ];

        return new PagePlan(pages, files, assets, search);
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
