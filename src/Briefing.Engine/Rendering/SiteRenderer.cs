using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Media;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Data;
using Briefing.Engine.Rendering.Metadata;
using Briefing.Engine.Rendering.Search;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>Stage 3: renders every page and file of the plan through the theme. Writes nothing to disk.</summary>
internal static class SiteRenderer
{
    /// <param name="progress">Told after each page is rendered.</param>
    public static RenderedSite Render(ResolvedSite site, RenderOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null) =>
        Render(new SiteEditions(site, []), options, diagnostics, progress, NoRenderMemo.Instance, new NoImageMemo());

    /// <param name="memo">Templates and pages of earlier builds, each reused only while everything it was made from is unchanged.</param>
    /// <param name="images">Images encoded by earlier builds, reused while their bytes and the encoding settings are unchanged.</param>
    internal static RenderedSite Render(SiteEditions editions, RenderOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, IRenderMemo memo, IImageMemo? images = null)
    {
        var kept = new KeptFiles();
        RenderTo(kept, editions, options, diagnostics, progress, memo, images ?? new NoImageMemo());
        return kept.ToSite();
    }

    /// <summary>Renders every page and file of every edition into <paramref name="output"/> as each is made, and checks every link between them.</summary>
    /// <param name="filesMade">Told once every file is handed to <paramref name="output"/> and <paramref name="memo"/> has every page's links, before the links are checked.</param>
    /// <returns>The path of every file made, in ordinal order.</returns>
    internal static IReadOnlyList<string> RenderTo(IRenderedFiles output, SiteEditions editions, RenderOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, IRenderMemo memo, IImageMemo images, Action? filesMade = null)
    {
        var main = editions.Main;
        var templates = new ThemeTemplates(main.Theme, diagnostics, memo);
        foreach (var name in PagePlan.RequiredLayouts.Where(n => !templates.Has(n) && main.Theme.Templates.All(t => t.Name != n)))
        {
            diagnostics.Report(DiagnosticCodes.MissingTemplate, new SourceLocation(templates.PathOf(name)), $"the theme has no '{name}'; every page type needs its layout");
        }

        // Each page's links and ids are taken as soon as it renders; only they, not the page, are kept for the check.
        var pageLinks = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);

        // What the check needs of the plan alone is listed while the pages render: after them, an edit with the build
        // cache waited for it on one core.
        var listed = Task.Run(() => ListFiles(editions, templates));
        var rendered = new ProgressCounter(progress, BuildStage.Render, editions.All.Sum(e => e.Plan.Pages.Count));
        foreach (var site in editions.All)
        {
            RenderEdition(output, site, templates, options, diagnostics, rendered, memo, images, pageLinks);
        }

        memo.KeepLinksOf(pageLinks);
        filesMade?.Invoke();
        var (files, existing, templateOfPage) = listed.GetAwaiter().GetResult();

        // Checked in every build, so a theme's broken link is reported beside the content's problems, not after
        // they are fixed. A build that already failed does not report again what those problems explain: a
        // link written in Markdown (Resolution checked it against the same plan). A page that failed to render
        // is still a planned page, so links to it are not reported either.
        var checkedBefore = memo.CheckedBefore(existing, pageLinks);
        RenderedLinkChecker.Check(existing, pageLinks, templateOfPage, diagnostics, diagnostics.HasErrors ? MarkdownLinks(editions) : null, checkedBefore);

        return files;
    }

    /// <summary>Every file the editions' plans make, in ordinal order and as a set, and the template each page is rendered through.</summary>
    private static (List<string> Files, HashSet<string> Existing, Dictionary<string, string> TemplateOfPage) ListFiles(SiteEditions editions, ThemeTemplates templates)
    {
        var files = new List<string>();
        var templateOfPage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var site in editions.All)
        {
            foreach (var page in site.Plan.Pages)
            {
                var path = page.Path;
                files.Add(path);
                templateOfPage[path] = templates.PathOf(page.Layout);
            }

            files.AddRange(site.Plan.Files.Select(f => f.Path));
        }

        files.Sort(StringComparer.Ordinal);
        return (files, files.ToHashSet(StringComparer.Ordinal), templateOfPage);
    }

    /// <summary>Renders one language edition's pages and files.</summary>
    /// <param name="rendered">Counts the pages of every edition, told after each one renders.</param>
    private static void RenderEdition(IRenderedFiles output, ResolvedSite site, ThemeTemplates templates, RenderOptions options, DiagnosticBag diagnostics, ProgressCounter rendered, IRenderMemo memo, IImageMemo images, ConcurrentDictionary<string, PageLinks> pageLinks)
    {
        var plan = site.Plan;

        // A language without its file is reported as a whole; naming each key the templates ask it for would add nothing.
        if (site.Theme.Languages.Contains(site.Text.Strings))
        {
            TextFunction.Check(templates, site.Text, diagnostics);
        }

        var baseUrl = (options.BaseUrl ?? site.Config.BaseUrl).TrimEnd('/');
        var views = new ViewBuilder(site);
        var nav = Navigation(site);
        var jobs = Jobs(site, views, new JsonLd(site.Config, site.Text, site.Urls, baseUrl), nav);
        var feeds = new FeedContent(site, baseUrl);
        var data = new SiteData(site, baseUrl);
        var switcher = EditionSwitch.For(site);
        var sitemaps = Sitemaps(site, baseUrl, switcher);

        var inputs = EditionInputs(site);

        // The site-wide files need no page, so they are made while the pages render rather than after, and
        // handed on as each is made: a topic's or entity's feed is as large as the site's, and there is one for
        // each. The search index is written as it is made: at ten thousand briefings it is a hundred megabytes.
        var siteFiles = Task.Run(() =>
        {
            foreach (var file in plan.Files.Where(file => file.Kind is not (SiteFileKind.SearchTerms or SiteFileKind.SearchDocument or SiteFileKind.Image)))
            {
                var content = file.Kind switch
                {
                    // Known from what it is made from, like a page, before its entries are made: most feeds list no edited briefing.
                    SiteFileKind.Feed when memo.FileFromInputs(file.Path, FeedInputs(site, inputs, file.Subject)) => null,
                    SiteFileKind.Feed when Feed(site, feeds, file.Subject) with { Language = site.Config.Language } is var feed => memo.SiteFile(file.Path, feed, () => FeedWriter.Atom(feed)),
                    SiteFileKind.Sitemap when sitemaps.Index is { } index => memo.SiteFile(file.Path, index, () => FeedWriter.Index(index)),
                    SiteFileKind.Sitemap or SiteFileKind.SitemapPart => memo.SiteFile(file.Path, sitemaps.Parts[file.Subject as int? ?? 1], () => FeedWriter.Sitemap(sitemaps.Parts[file.Subject as int? ?? 1])),
                    SiteFileKind.Robots => FeedWriter.Robots(baseUrl, site.Urls.Sitemap, options.NoIndex, site.Editions.Homes.Skip(1).Select(h => h.Home + SiteUrls.OutputPath(site.Urls.Sitemap))),
                    SiteFileKind.ClaimsJson => memo.SiteFile(file.Path, data.Claims, () => DataJson.Claims(data.Claims)),
                    SiteFileKind.ClaimsCsv => memo.SiteFile(file.Path, data.Claims, () => ClaimsCsv.Write(data.Claims)),
                    SiteFileKind.TimelineJson => memo.SiteFile(file.Path, data.Timeline, () => DataJson.Timeline(data.Timeline)),
                    SiteFileKind.TimelineCalendar => memo.SiteFile(file.Path, data.Timeline, () => TimelineCalendar.Write(data.Timeline)),
                    SiteFileKind.GraphJson => memo.SiteFile(file.Path, data.Graph, () => DataJson.Graph(data.Graph)),
                    _ => file.Content!,
                };
                if (content is null)
                {
                    output.Keep(file.Path);
                }
                else
                {
                    output.Add(file.Path, content);
                }
            }
        });

        var search = Task.Run(() => SearchIndex.Build(site, output, memo));

        // The images every edition shows are published once, by the edition that publishes the shared files.
        var imageFiles = plan.SharedFiles ? Task.Run(() => ImageFiles.Render(plan.Images, output, images, diagnostics)) : Task.CompletedTask;

        if (PagePlan.RequiredLayouts.All(templates.Has))
        {
            var footer = StandalonePages(plan).Where(p => !((StandalonePage)p.Subject!).Page.Nav).Select(p => new NavItem(p.Title, p.Url)).ToValueList();
            var siteView = new SiteView(site.Config.Title, site.Config.Description, site.Config.Language, site.Config.Publisher, baseUrl, nav, footer)
            {
                Urls = new SiteUrlsView(site.Urls),
            };
            var renderer = new PageRenderer(templates, siteView, site.Text, plan.Assets, options.NoIndex, diagnostics, memo, Downloads(site), switcher, inputs);
            var pages = new ScannedPages(output, pageLinks, memo);
            Parallel.For(0, jobs.Length, i =>
            {
                renderer.Render(jobs[i], pages);
                rendered.Step();
            });
        }

        search.GetAwaiter().GetResult();
        siteFiles.GetAwaiter().GetResult();
        imageFiles.GetAwaiter().GetResult();
    }

    private static ValueList<NavItem> Navigation(ResolvedSite site)
    {
        var text = site.Text;
        var plan = site.Plan;
        return new ValueList<NavItem>(
        [
            new NavItem(text[UiKeys.NavBriefings], Url(PageKind.Briefings)),
            new NavItem(text[UiKeys.NavEntities], Url(PageKind.Entities)),
            new NavItem(text[UiKeys.NavTimeline], Url(PageKind.Timeline)),
            new NavItem(text[UiKeys.NavSources], Url(PageKind.Sources)),
            new NavItem(text[UiKeys.NavClaims], Url(PageKind.Claims)),
            .. StandalonePages(plan).Where(p => ((StandalonePage)p.Subject!).Page.Nav).Select(p => new NavItem(p.Title, p.Url)),
        ]);

        string Url(PageKind kind) => plan.Pages.First(p => p.Kind == kind).Url;
    }

    /// <summary>The links to the data files each page offers, by the page's address.</summary>
    private static Dictionary<string, DownloadsView> Downloads(ResolvedSite site) =>
        site.Plan.Files
            .Where(f => f.OfferedOn is not null)
            .GroupBy(f => f.OfferedOn!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new DownloadsView(
                    site.Text[UiKeys.DataDownloads],
                    g.Select(f => new LinkView(site.Text[UiKeys.DataFormat(Path.GetExtension(f.Path).TrimStart('.'))], "/" + f.Path)).ToValueList()),
                StringComparer.Ordinal);

    /// <summary>The standalone pages the site makes, by <c>weight</c> (those without one after), then title.</summary>
    private static IEnumerable<PlannedPage> StandalonePages(PagePlan plan) =>
        plan.Pages
            .Where(p => p.Kind == PageKind.Page)
            .OrderBy(p => ((StandalonePage)p.Subject!).Page.Weight is null)
            .ThenBy(p => ((StandalonePage)p.Subject!).Page.Weight)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Url, StringComparer.Ordinal);

    /// <summary>
    /// The feed a planned feed file holds: the site's, a topic's or an entity's newest briefings, each entry's HTML
    /// made once for every feed that carries it. The feed is its file's key: writing it is most of a feed's cost.
    /// </summary>
    private static AtomFeed Feed(ResolvedSite site, FeedContent feeds, object? subject)
    {
        var config = site.Config;
        return subject switch
        {
            TopicPage topic => feeds.Feed(FeedTitle(topic.Url), site.Text.Format(UiKeys.TopicDescription, ("topic", topic.Title), ("site", config.Title)), topic.Url, site.Urls.TopicFeed(topic.Id), FeedBriefings(site, subject), FeedContent.PageBudget),
            EntityPage entity => feeds.Feed(FeedTitle(entity.Url), PageDescription(entity.Url), entity.Url, site.Urls.EntityFeed(entity.Entity.Id), FeedBriefings(site, subject), FeedContent.PageBudget),
            _ => feeds.Feed(config.Title, config.Description, site.Urls.Home, site.Urls.Feed, FeedBriefings(site, subject), FeedContent.SiteBudget),
        };

        string FeedTitle(string page) => site.Plan.FindPage(page)!.Feed!.Title;

        string PageDescription(string page) => site.Plan.FindPage(page)!.Description;
    }

    /// <summary>The briefings a feed chooses its entries from: a topic's, an entity's or the site's.</summary>
    private static IEnumerable<BriefingPage> FeedBriefings(ResolvedSite site, object? subject) => subject switch
    {
        TopicPage topic => topic.Briefings,
        EntityPage entity => entity.MentionedIn,
        _ => site.Briefings,
    };

    /// <summary>
    /// What a feed is made from: the edition's inputs (its titles, dates, entities, citations and settings all come from
    /// what the site's face counts) and the own text of each briefing it lists, in order, which its entries carry.
    /// </summary>
    private static UInt128 FeedInputs(ResolvedSite site, UInt128 edition, object? subject)
    {
        var hash = new XxHash128();
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, edition);
        hash.Append(bytes);
        foreach (var page in FeedContent.Latest(FeedBriefings(site, subject)))
        {
            BinaryPrimitives.WriteUInt128LittleEndian(bytes, page.Briefing.Body.Html.Identity);
            hash.Append(bytes);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The sitemap, or, once it would list more pages than one sitemap may, the index and the sitemaps it lists (numbered from 1).</summary>
    private static (SitemapIndex? Index, IReadOnlyDictionary<int, SitemapPages> Parts) Sitemaps(ResolvedSite site, string baseUrl, EditionSwitch switcher)
    {
        var newest = site.Briefings.Select(b => b.Briefing.Updated ?? b.Briefing.Date).DefaultIfEmpty().Max();

        // Once for each topic, not for each of its pages: a topic of thousands of briefings has hundreds of pages.
        var newestOfTopic = new Dictionary<TopicPage, DateOnly?>(ReferenceEqualityComparer.Instance);
        foreach (var topic in site.Topics)
        {
            newestOfTopic[topic] = topic.Briefings.Select(b => (DateOnly?)(b.Briefing.Updated ?? b.Briefing.Date)).Max();
        }

        // A page's last change where the page says when it changed: its own date, or the newest briefing it lists.
        // A company page also shows relations and events that carry no date, so it claims none.
        DateOnly? LastModified(PlannedPage page) => page.Kind switch
        {
            PageKind.Home or PageKind.Briefings or PageKind.Topics or PageKind.Search => site.Briefings.Count > 0 ? newest : null,
            PageKind.Topic => newestOfTopic[(TopicPage)page.Subject!],
            _ => page.Modified ?? page.Published,
        };

        var pages = PagePlanner.SitemapPages(site.Plan.Pages).Select(p => (p.Url, LastModified(p))).ToList();
        Dictionary<string, ValueList<AlternateLink>> Alternates(IEnumerable<(string Url, DateOnly?)> listed) =>
            listed.Select(p => (p.Url, Links: switcher.Alternates(p.Url))).Where(p => p.Links.Count > 0).ToDictionary(p => p.Url, p => p.Links, StringComparer.Ordinal);

        var limit = site.Config.SitemapLimit;
        if (pages.Count <= limit)
        {
            return (null, new Dictionary<int, SitemapPages> { [1] = new(baseUrl, pages.ToValueList()) { Alternates = Alternates(pages) } });
        }

        var parts = pages.Chunk(limit).Select((chunk, i) => (Number: i + 1, Pages: new SitemapPages(baseUrl, chunk.ToValueList()) { Alternates = Alternates(chunk) })).ToDictionary(p => p.Number, p => p.Pages);
        var index = new SitemapIndex(baseUrl, parts.Select(p => (site.Urls.SitemapPart(p.Key), p.Value.Pages.Select(x => x.Modified).Max())).ToValueList());
        return (index, parts);
    }

    /// <summary>Every link written in the site's Markdown, as written and as each edition leads it.</summary>
    private static HashSet<string> MarkdownLinks(SiteEditions editions)
    {
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in editions.All)
        {
            links.UnionWith(MarkdownLinks(site));
            links.UnionWith(site.LinkTargets.Values.Select(t => t.Url));
        }

        return links;
    }

    /// <summary>
    /// What every page of an edition is made from but a page's own text: the site's input face, the edition's language
    /// and its search plan, which counts every text's words and which the search page shows.
    /// </summary>
    /// <summary>What every page and search document of an edition is made from besides its own text: the site's face, the edition's search plan and its language.</summary>
    internal static UInt128 EditionInputs(ResolvedSite site)
    {
        var hash = new XxHash128();
        Span<byte> numbers = stackalloc byte[24];
        BinaryPrimitives.WriteUInt128LittleEndian(numbers, site.InputFace);
        BinaryPrimitives.WriteInt32LittleEndian(numbers[16..], site.Plan.Search.Documents);
        BinaryPrimitives.WriteInt32LittleEndian(numbers[20..], site.Plan.Search.Buckets);
        hash.Append(numbers);
        hash.Append(Encoding.UTF8.GetBytes(site.Config.Language));
        return hash.GetCurrentHashAsUInt128();
    }

    private static HashSet<string> MarkdownLinks(ResolvedSite site)
    {
        var texts = site.Briefings.Select(b => b.Briefing.Body)
            .Concat(site.Entities.Select(e => e.Entity.Summary))
            .Concat(site.Timeline.Select(e => e.Event.Body))
            .Concat(site.Claims.Select(c => c.Claim.Assessment))
            .Concat(site.Pages.Select(p => p.Page.Body));
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.OfType<MarkdownText>())
        {
            links.UnionWith(text.Outline.Marks.Where(m => m.Kind == MarkKind.Link).Select(m => m.Value));
        }

        return links;
    }

    /// <summary>Each planned page with the view its layout sees, built when the page renders so the many views are built in parallel.</summary>
    /// <param name="nav">The header's items: a section in a page's trail is named as the header names it.</param>
    private static PageJob[] Jobs(ResolvedSite site, ViewBuilder views, JsonLd jsonLd, ValueList<NavItem> nav)
    {
        var cards = views.Cards();
        var sources = site.Sources.Select(views.Source).ToValueList();
        var sourceOf = sources.ToDictionary(s => s.PageUrl, StringComparer.Ordinal);

        // Listed by the name each shows first, so a reader finds a source where its name puts it.
        var sourceList = sources.OrderBy(s => s.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(s => s.PageUrl, StringComparer.Ordinal).ToValueList();
        var search = new SearchIndexView(site.Urls.SearchTermsFolder, site.Urls.SearchDocumentsFolder, site.Plan.Search.Buckets, site.Plan.Search.Documents);
        var label = site.Text[UiKeys.BreadcrumbsLabel];
        var entitiesPaged = site.Plan.FindPage(site.Urls.Entities)?.Paging is not null;
        var navNames = nav.ToDictionary(n => n.Url, n => n.Title, StringComparer.Ordinal);

        // Made on every core: each reads only what is built above, and an edit with the build cache waited here on one.
        var pages = site.Plan.Pages;
        var jobs = new PageJob[pages.Count];
        Parallel.For(0, pages.Count, i => jobs[i] = Job(pages[i]) with { Breadcrumbs = Trail(pages[i]), Paging = pages[i].Paging is null ? null : views.Paging(pages[i].Paging) });
        return jobs;

        PageJob Job(PlannedPage page) => page.Kind switch
        {
            PageKind.Home => new PageJob(page, () => views.Home(), jsonLd.WebSite),
            PageKind.Briefings => new PageJob(page, page.Paging is null ? cards : views.Cards(page.Paging)),
            PageKind.Entities => new PageJob(page, () => views.EntityGroups(page.Paging)),
            PageKind.Sources => new PageJob(page, page.Paging is { } paging ? paging.Of(sourceList).ToValueList() : sourceList),
            PageKind.Timeline => page.Subject is TimelineYear year
                ? new PageJob(page, () => views.Timeline(year, page.Paging), () => jsonLd.Timeline(page.Paging?.Of(year.Events).ToList() ?? year.Events, page.Url))
                : new PageJob(page, () => views.Timeline(page.Subject), page.Subject is null ? () => jsonLd.Timeline(site.Timeline) : null),
            PageKind.Claims => new PageJob(page, () => views.Claims(page.Paging, page.Subject as ClaimStatusPage)),
            // The companies are listed on the first page while their own index is one page; past that the index has them.
            PageKind.Search => new PageJob(page, () => new SearchView(page.Paging is null ? cards : views.Cards(page.Paging), page.Paging is { Number: > 1 } || entitiesPaged ? ValueList<RoleGroup>.None : views.EntityGroups(), search)),
            PageKind.NotFound => new PageJob(page, cards),
            PageKind.Briefing => new PageJob(page, () => views.Briefing((BriefingPage)page.Subject!), () => jsonLd.NewsArticle((BriefingPage)page.Subject!)),
            PageKind.Entity => new PageJob(page, () => views.Entity((EntityPage)page.Subject!, page.Paging), page.Paging is { Number: > 1 } ? null : () => jsonLd.Entity((EntityPage)page.Subject!)),
            PageKind.Source => new PageJob(page, page.Paging is { } paging ? sourceOf[paging.First] with { CitedIn = paging.Of(sourceOf[paging.First].CitedIn).ToValueList() } : sourceOf[page.Url]),
            PageKind.Topics => new PageJob(page, () => views.Topics()),
            PageKind.Topic => new PageJob(page, () => views.Topic((TopicPage)page.Subject!, page.Paging)),
            PageKind.Page => new PageJob(page, () => views.Standalone((StandalonePage)page.Subject!)),
            _ => throw new InvalidOperationException($"no view for {page.Kind} pages"),
        };

        Func<BreadcrumbsView>? Trail(PlannedPage page)
        {
            var trail = site.Plan.Trail(page);
            if (trail.Count == 0)
            {
                return null;
            }

            return () =>
            {
                var items = views.Breadcrumbs(trail, navNames);
                return new BreadcrumbsView(label, items, jsonLd.Breadcrumbs(items));
            };
        }
    }
}
