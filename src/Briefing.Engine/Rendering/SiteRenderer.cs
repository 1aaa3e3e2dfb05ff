using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Metadata;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>Stage 3: renders every page through the theme into in-memory files. Writes nothing to disk.</summary>
public static class SiteRenderer
{
    public static readonly IReadOnlyList<string> RequiredTemplates =
    [
        "layouts/base.html", "layouts/home.html", "layouts/briefings.html", "layouts/briefing.html",
        "layouts/entities.html", "layouts/entity.html", "layouts/sources.html", "layouts/source.html",
        "layouts/timeline.html", "layouts/claims.html", "layouts/search.html", "layouts/404.html",
    ];

    /// <param name="progress">Told after each page is rendered.</param>
    public static RenderedSite Render(ResolvedSite site, RenderOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null) =>
        Render(site, options, diagnostics, progress, null);

    /// <param name="cache">Templates and pages of earlier builds, each reused only while everything it was made from is unchanged.</param>
    internal static RenderedSite Render(ResolvedSite site, RenderOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, BuildCache? cache)
    {
        var kept = new KeptFiles();
        RenderTo(kept, site, options, diagnostics, progress, cache);
        return kept.ToSite();
    }

    /// <summary>Renders every page and file into <paramref name="output"/> as each is made, and checks every link between them.</summary>
    /// <returns>The path of every file made, in ordinal order.</returns>
    internal static IReadOnlyList<string> RenderTo(IRenderedFiles output, ResolvedSite site, RenderOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, BuildCache? cache)
    {
        var templates = new ThemeTemplates(site.Theme, diagnostics, cache?.Templates);
        foreach (var name in RequiredTemplates.Where(n => !templates.Has(n) && site.Theme.Templates.All(t => t.Name != n)))
        {
            diagnostics.Report(DiagnosticCodes.MissingTemplate, new SourceLocation(templates.PathOf(name)), $"the theme has no '{name}'; every page type needs its layout");
        }

        var baseUrl = (options.BaseUrl ?? site.Config.BaseUrl).TrimEnd('/');
        var assets = new AssetManifest(site.Theme);
        var views = new ViewBuilder(site);
        var siteView = new SiteView(
            site.Config.Title,
            site.Config.Description,
            site.Config.Language,
            site.Config.Publisher,
            baseUrl,
            new ValueList<NavItem>(
            [
                new NavItem("Briefings", SiteUrls.Briefings),
                new NavItem("Companies", SiteUrls.Entities),
                new NavItem("Timeline", SiteUrls.Timeline),
                new NavItem("Sources", SiteUrls.Sources),
                new NavItem("Claims", SiteUrls.Claims),
            ]));

        var jobs = Jobs(site, views, new JsonLd(site.Config, baseUrl));
        var feed = AtomFeed.From(site, baseUrl);
        var sitemap = new SitemapPages(baseUrl, jobs.Where(j => j.Url != SiteUrls.NotFound).Select(j => (j.Url, j.Modified ?? j.Published)).ToValueList());

        // The site-wide files need no page, so they are made while the pages render rather than after.
        var siteFiles = Task.Run(() => new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [SiteUrls.OutputPath(SiteUrls.SearchIndex)] = SearchIndex.Build(site),
            ["feed.xml"] = cache?.SiteFiles.Get("feed.xml", feed, () => FeedWriter.Atom(feed)) ?? FeedWriter.Atom(feed),
            ["sitemap.xml"] = cache?.SiteFiles.Get("sitemap.xml", sitemap, () => FeedWriter.Sitemap(sitemap)) ?? FeedWriter.Sitemap(sitemap),
            ["robots.txt"] = FeedWriter.Robots(baseUrl, options.NoIndex),
        });

        // Each page's links and ids are taken as soon as it renders; only they, not the page, are kept for the check.
        var pageLinks = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        var made = new bool[jobs.Count];
        var linkTable = new LinkTable();
        if (RequiredTemplates.All(templates.Has))
        {
            var renderer = new PageRenderer(templates, siteView, assets, options.NoIndex, diagnostics, cache?.Pages);
            var rendered = new ProgressCounter(progress, BuildProgress.Render, jobs.Count);
            Parallel.For(0, jobs.Count, i =>
            {
                made[i] = renderer.Render(jobs[i], (path, content) =>
                {
                    pageLinks[path] = RenderedLinkChecker.Scan(cache?.LinkScans, linkTable, path, content);
                    output.Add(path, content);
                });
                rendered.Step();
            });
        }

        var files = new List<string>(jobs.Count + assets.Files.Count + 4);
        files.AddRange(jobs.Where((_, i) => made[i]).Select(j => SiteUrls.OutputPath(j.Url)));
        foreach (var (path, content) in assets.Files)
        {
            output.Add(path, content);
            files.Add(path);
        }

        foreach (var (path, content) in siteFiles.GetAwaiter().GetResult())
        {
            output.Add(path, content);
            files.Add(path);
        }

        if (cache is not null)
        {
            RenderedLinkChecker.Forget(cache.LinkScans, pageLinks);
        }

        // Checked in every build, so a theme's broken link is reported beside the content's problems, not after
        // they are fixed. A build that already failed does not report again what those problems explain: a
        // link written in Markdown (Resolution checked it against the same pages) or one to a page that failed to render.
        var templateOfPage = jobs.ToDictionary(j => SiteUrls.OutputPath(j.Url), j => templates.PathOf(j.Template), StringComparer.Ordinal);
        if (!diagnostics.HasErrors)
        {
            RenderedLinkChecker.Check(files, pageLinks, templateOfPage, diagnostics);
        }
        else
        {
            var planned = files.Concat(jobs.Select(j => SiteUrls.OutputPath(j.Url)));
            RenderedLinkChecker.Check(planned, pageLinks, templateOfPage, diagnostics, MarkdownLinks(site));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Every link written in the site's Markdown, as written.</summary>
    private static HashSet<string> MarkdownLinks(ResolvedSite site)
    {
        var texts = site.Briefings.Select(b => b.Briefing.Body)
            .Concat(site.Entities.Select(e => e.Entity.Summary))
            .Concat(site.Timeline.Select(e => e.Event.Body))
            .Concat(site.Claims.Select(c => c.Claim.Assessment));
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.OfType<MarkdownText>())
        {
            links.UnionWith(text.Outline.Marks.Where(m => m.Kind == MarkKind.Link).Select(m => m.Value));
        }

        return links;
    }

    private static List<PageJob> Jobs(ResolvedSite site, ViewBuilder views, JsonLd jsonLd)
    {
        var config = site.Config;
        var cards = views.Cards();
        var sources = site.Sources.Select(ViewBuilder.Source).ToValueList();
        var jobs = new List<PageJob>
        {
            new(SiteUrls.Home, "layouts/home.html", config.Title, config.Description, SiteUrls.Home, "website", () => views.Home(), JsonLd: jsonLd.WebSite),
            new(SiteUrls.Briefings, "layouts/briefings.html", "Briefings", $"Every briefing of {config.Title}, newest first.", SiteUrls.Briefings, "website", cards),
            new(SiteUrls.Entities, "layouts/entities.html", "Companies and organisations", $"The companies, banks, agencies and facilities in {config.Title}, by kind.", SiteUrls.Entities, "website", () => views.EntityGroups()),
            new(SiteUrls.Sources, "layouts/sources.html", "Sources", "Every report this site cites, who published it and where it is cited.", SiteUrls.Sources, "website", sources),
            new(SiteUrls.Timeline, "layouts/timeline.html", "Timeline", "What happened and what is planned, in order, with sources.", SiteUrls.Timeline, "website", () => views.Timeline(), JsonLd: () => jsonLd.Timeline(site.Timeline)),
            new(SiteUrls.Claims, "layouts/claims.html", "Claims ledger", "Figures the reports give, side by side, and where they disagree.", SiteUrls.Claims, "website", () => views.Claims()),
            new(SiteUrls.Search, "layouts/search.html", "Search", $"Search the briefings, companies, sources and claims of {config.Title}.", SiteUrls.Search, "website", () => new SearchView(cards, views.EntityGroups(), SiteUrls.SearchIndex)),
            new(SiteUrls.NotFound, "layouts/404.html", "Page not found", "This page does not exist.", SiteUrls.Home, "website", cards),
        };

        foreach (var page in site.Briefings)
        {
            var b = page.Briefing;
            jobs.Add(new(page.Url, "layouts/briefing.html", b.Title, b.Summary, SiteUrls.Briefings, "article", () => views.Briefing(page), b.Date, b.Updated, () => jsonLd.NewsArticle(page)));
        }

        foreach (var page in site.Entities)
        {
            var e = page.Entity;
            var description = e.Role is null ? $"{e.Name}: profile, relations and reporting." : $"{e.Name}: {e.Role}";
            jobs.Add(new(page.Url, "layouts/entity.html", e.Name, description, SiteUrls.Entities, "website", () => views.Entity(page), JsonLd: () => jsonLd.Entity(page)));
        }

        foreach (var (page, view) in site.Sources.Zip(sources))
        {
            var s = page.Source;
            jobs.Add(new(page.Url, "layouts/source.html", $"{s.Publisher}: {s.Title}", $"Source: {s.Title} ({s.Publisher}) and the pages that cite it.", SiteUrls.Sources, "website", view));
        }

        return jobs;
    }
}
