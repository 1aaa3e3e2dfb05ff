using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>Stage 3: renders every page through the theme into in-memory files. Writes nothing to disk.</summary>
public static class SiteRenderer
{
    public static readonly IReadOnlyList<string> RequiredTemplates =
    [
        "layouts/base.html", "layouts/home.html", "layouts/briefings.html", "layouts/briefing.html",
        "layouts/entities.html", "layouts/entity.html", "layouts/sources.html", "layouts/source.html",
        "layouts/timeline.html", "layouts/claims.html", "layouts/404.html",
    ];

    private sealed record PageJob(string Url, string Template, string Title, string Description, string Section, string Type, object Model, DateOnly? Published = null, DateOnly? Modified = null);

    public static RenderedSite Render(ResolvedSite site, RenderOptions options, DiagnosticBag diagnostics)
    {
        var templates = new ThemeTemplates(site.Theme, diagnostics);
        foreach (var name in RequiredTemplates.Where(n => !templates.Has(n) && site.Theme.Templates.All(t => t.Name != n)))
        {
            diagnostics.Report(DiagnosticCodes.MissingTemplate, new SourceLocation(name), $"the theme has no '{name}'; every page type needs its layout");
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
            [
                new NavItem("Briefings", SiteUrls.Briefings),
                new NavItem("Companies", SiteUrls.Entities),
                new NavItem("Timeline", SiteUrls.Timeline),
                new NavItem("Sources", SiteUrls.Sources),
                new NavItem("Claims", SiteUrls.Claims),
            ]);

        var jobs = Jobs(site, views);
        var pages = new (string Path, byte[] Content)?[jobs.Count];
        if (RequiredTemplates.All(templates.Has))
        {
            // One template context per worker rather than per page: a context clones Scriban's builtins
            // and caches reflection over the view types, which costs more than rendering a page.
            Parallel.For(
                0,
                jobs.Count,
                () => (HtmlTemplateContext?)null,
                (i, _, context) =>
                {
                    context ??= new HtmlTemplateContext(templates, siteView, assets);
                    pages[i] = RenderPage(jobs[i], context, templates, siteView, options.NoIndex, diagnostics);

                    // A failed render can leave the context mid-page; the next page gets a fresh one.
                    return pages[i] is null ? null : context;
                },
                _ => { });
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var page in pages.OfType<(string Path, byte[] Content)>())
        {
            files[page.Path] = page.Content;
        }

        foreach (var (path, content) in assets.Files)
        {
            files[path] = content;
        }

        files["feed.xml"] = FeedWriter.Atom(site, baseUrl);
        files["sitemap.xml"] = FeedWriter.Sitemap(
            jobs.Where(j => j.Url != SiteUrls.NotFound).Select(j => (j.Url, j.Modified ?? j.Published)), baseUrl);
        files["robots.txt"] = FeedWriter.Robots(baseUrl, options.NoIndex);

        if (!diagnostics.HasErrors)
        {
            RenderedLinkChecker.Check(files, jobs.ToDictionary(j => SiteUrls.OutputPath(j.Url), j => templates.PathOf(j.Template), StringComparer.Ordinal), diagnostics);
        }

        return new RenderedSite(files);
    }

    private static List<PageJob> Jobs(ResolvedSite site, ViewBuilder views)
    {
        var config = site.Config;
        var jobs = new List<PageJob>
        {
            new(SiteUrls.Home, "layouts/home.html", config.Title, config.Description, SiteUrls.Home, "website", views.Home()),
            new(SiteUrls.Briefings, "layouts/briefings.html", "Briefings", $"Every briefing of {config.Title}, newest first.", SiteUrls.Briefings, "website", site.Briefings.Select(ViewBuilder.Card).ToList()),
            new(SiteUrls.Entities, "layouts/entities.html", "Companies and organisations", $"The companies, banks, agencies and facilities in {config.Title}, by kind.", SiteUrls.Entities, "website", views.EntityGroups()),
            new(SiteUrls.Sources, "layouts/sources.html", "Sources", "Every report this site cites, who published it and where it is cited.", SiteUrls.Sources, "website", site.Sources.Select(ViewBuilder.Source).ToList()),
            new(SiteUrls.Timeline, "layouts/timeline.html", "Timeline", "What happened and what is planned, in order, with sources.", SiteUrls.Timeline, "website", views.Timeline()),
            new(SiteUrls.Claims, "layouts/claims.html", "Claims ledger", "Figures the reports give, side by side, and where they disagree.", SiteUrls.Claims, "website", views.Claims()),
            new(SiteUrls.NotFound, "layouts/404.html", "Page not found", "This page does not exist.", SiteUrls.Home, "website", site.Briefings.Select(ViewBuilder.Card).ToList()),
        };

        foreach (var page in site.Briefings)
        {
            var b = page.Briefing;
            jobs.Add(new(page.Url, "layouts/briefing.html", b.Title, b.Summary, SiteUrls.Briefings, "article", new Func<object>(() => views.Briefing(page)), b.Date, b.Updated));
        }

        foreach (var page in site.Entities)
        {
            var e = page.Entity;
            var description = e.Role is null ? $"{e.Name}: profile, relations and reporting." : $"{e.Name}: {e.Role}";
            jobs.Add(new(page.Url, "layouts/entity.html", e.Name, description, SiteUrls.Entities, "profile", new Func<object>(() => views.Entity(page))));
        }

        foreach (var page in site.Sources)
        {
            var s = page.Source;
            jobs.Add(new(page.Url, "layouts/source.html", $"{s.Publisher}: {s.Title}", $"Source: {s.Title} ({s.Publisher}) and the pages that cite it.", SiteUrls.Sources, "website", ViewBuilder.Source(page)));
        }

        return jobs;
    }

    private static (string, byte[])? RenderPage(PageJob job, HtmlTemplateContext context, ThemeTemplates templates, SiteView site, bool noIndex, DiagnosticBag diagnostics)
    {
        // Briefing and entity views (rendered Markdown included) are built here, when their page renders,
        // and dropped with it, so the whole site's HTML is never held twice.
        var model = job.Model is Func<object> build ? build() : job.Model;
        var page = new PageView(
            job.Url == SiteUrls.Home ? site.Title : $"{job.Title} — {site.Title}",
            job.Description,
            job.Url,
            SiteUrls.Absolute(site.BaseUrl, job.Url),
            job.Section,
            job.Type,
            noIndex || job.Url == SiteUrls.NotFound,
            job.Published is { } p ? ViewBuilder.Iso(p) : null,
            job.Modified is { } m ? ViewBuilder.Iso(m) : null);

        var globals = new ScriptObject
        {
            ["page"] = page,
            ["model"] = model,
        };
        context.PushGlobal(globals);
        var current = job.Template;
        try
        {
            var content = templates.Get(job.Template)!.Render(context);
            globals["content"] = new TrustedHtml(content);
            current = "layouts/base.html";
            var html = templates.Get(current)!.Render(context);
            context.PopGlobal();
            return (SiteUrls.OutputPath(job.Url), Encoding.UTF8.GetBytes(html));
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Report(DiagnosticCodes.TemplateRuntime, ThemeTemplates.Locate(ex.Span, templates.PathOf(current)), $"{ex.OriginalMessage} (rendering {job.Url})");
            return null;
        }
    }
}
