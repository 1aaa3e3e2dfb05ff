using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>One page to render: its address, layout, head metadata and the view its layout sees as <c>model</c>.</summary>
/// <param name="Model">A view record, or a function that builds one, so the many page views are built in parallel.</param>
/// <param name="JsonLd">Makes the page's structured data, if it has any; run in parallel with the rendering.</param>
internal sealed record PageJob(string Url, string Template, string Title, string Description, string Section, string Type, object Model, DateOnly? Published = null, DateOnly? Modified = null, Func<TrustedHtml>? JsonLd = null);

/// <summary>Renders one page through its layout and the base layout; with a memo, returns the earlier bytes of a page whose inputs are unchanged.</summary>
internal sealed class PageRenderer
{
    private const string Base = "layouts/base.html";

    private readonly ThemeTemplates _templates;
    private readonly SiteView _site;
    private readonly bool _noIndex;
    private readonly DiagnosticBag _diagnostics;
    private readonly PageMemo? _memo;
    private readonly string _assetKey;
    private readonly ScriptObject _functions;

    /// <summary>Contexts free for the next page; a context that threw is dropped, since its stacks may be left mid-page.</summary>
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];

    public PageRenderer(ThemeTemplates templates, SiteView site, AssetManifest assets, bool noIndex, DiagnosticBag diagnostics, PageMemo? memo)
    {
        _templates = templates;
        _site = site;
        _noIndex = noIndex;
        _diagnostics = diagnostics;
        _memo = memo;
        _memo?.UseTheme(templates.All);
        _assetKey = assets.Key;

        // Made once for all pages: wrapping a delegate costs far more than a page's lookups.
        _functions = new ScriptObject();
        _functions.Import("asset", new Func<string, string>(name =>
            assets.Url(name) ?? throw new ScriptRuntimeException(default, $"the theme has no asset '{name}' in assets/")));
        _functions.Import("absolute", new Func<string, string>(url => SiteUrls.Absolute(site.BaseUrl, url)));
        _functions.IsReadOnly = true;
    }

    /// <summary>Renders one page and adds it, by its output path, to <paramref name="output"/>.</summary>
    /// <param name="output">Given the page before the next one is rendered. Without a memo the page's bytes are lent
    /// from the renderer's buffer, so a build that writes its pages as they are made copies none of them; with one,
    /// the page is the memo's array, handed over as it is.</param>
    /// <returns>False when the page failed to render; the problem is reported.</returns>
    public bool Render(PageJob job, IRenderedFiles output)
    {
        var model = job.Model switch
        {
            Func<object> build => build(),
            _ => job.Model,
        };
        var page = new PageView(
            job.Url == SiteUrls.Home ? _site.Title : $"{job.Title} — {_site.Title}",
            job.Title,
            job.Description,
            job.Url,
            SiteUrls.Absolute(_site.BaseUrl, job.Url),
            job.Section,
            job.Type,
            _noIndex || job.Url == SiteUrls.NotFound,
            job.Published is { } p ? ViewBuilder.Iso(p) : null,
            job.Modified is { } m ? ViewBuilder.Iso(m) : null,
            job.JsonLd?.Invoke());

        var path = SiteUrls.OutputPath(job.Url);
        var fingerprint = new PageFingerprint(_site, page, model, _assetKey);
        if (_memo?.Find(job.Url, fingerprint, _templates.Get) is { } earlier)
        {
            output.Add(path, earlier);
            return true;
        }

        var globals = new ScriptObject();
        globals["site"] = _site;
        globals["page"] = page;
        globals["model"] = model;

        if (!_contexts.TryTake(out var context))
        {
            context = new HtmlTemplateContext(_templates);
        }

        context.BeginPage(_functions, globals);
        try
        {
            globals["content"] = new PageContent(_templates.Get(job.Template)!);
            var html = context.RenderPage(_templates.Get(Base)!);
            if (_memo is not null)
            {
                var kept = html.ToArray();
                _memo.Store(job.Url, fingerprint, TemplatesRead(job, context), kept);
                output.Add(path, kept);
            }
            else
            {
                output.AddLent(path, html);
            }

            // Only now may another page reuse the context, and the buffer the page was lent from.
            _contexts.Add(context);
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            _diagnostics.Report(DiagnosticCodes.TemplateRuntime, ThemeTemplates.Locate(ex.Span, _templates.PathOf(Base)), $"{ex.OriginalMessage} (rendering {job.Url})");
            return false;
        }
    }

    private List<(string Name, Template Template)> TemplatesRead(PageJob job, HtmlTemplateContext context) =>
        context.Included
            .Prepend(Base)
            .Prepend(job.Template)
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, _templates.Get(name)!))
            .ToList();
}
