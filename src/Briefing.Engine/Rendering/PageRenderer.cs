using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>One planned page to render, with the view its layout sees as <c>model</c>.</summary>
/// <param name="Model">A view record, or a function that builds one, so the many page views are built in parallel.</param>
/// <param name="JsonLd">Makes the page's structured data, if it has any; run in parallel with the rendering.</param>
/// <param name="Paging">The links to the list's other pages, when the page is one of several.</param>
internal sealed record PageJob(PlannedPage Page, object Model, Func<TrustedHtml>? JsonLd = null, PagingView? Paging = null)
{
    /// <summary>Makes the trail above the page, for a page that has one.</summary>
    public Func<BreadcrumbsView>? Breadcrumbs { get; init; }
}

/// <summary>Renders one page through its layout and the base layout; with a memo, returns the earlier bytes of a page whose inputs are unchanged.</summary>
internal sealed class PageRenderer
{
    private const string Base = PagePlan.BaseLayout;

    private readonly ThemeTemplates _templates;
    private readonly SiteView _site;
    private readonly bool _noIndex;
    private readonly DiagnosticBag _diagnostics;
    private readonly IRenderMemo _memo;
    private readonly string _assetKey;
    private readonly ScriptObject _functions;
    private readonly IReadOnlyDictionary<string, DownloadsView> _downloads;
    private readonly UiStrings _words;
    private readonly EditionSwitch _editions;
    private readonly UInt128 _inputs;

    /// <summary>Contexts free for the next page; a context that threw is dropped, since its stacks may be left mid-page.</summary>
    /// <remarks>
    /// A stack, not a bag: a bag keeps what it holds in each thread's own storage, where it outlives the renderer until
    /// the bag is finalized, and a process that builds again and again (the preview, the fuzz test) kept hundreds of sites.
    /// </remarks>
    private readonly ConcurrentStack<HtmlTemplateContext> _contexts = [];

    /// <param name="downloads">The links to the data files a page offers, by the page's address.</param>
    /// <param name="editions">The page's translations, for its alternates and the language links.</param>
    /// <param name="inputs">What every page of the edition is made from but a page's own text (<see cref="IRenderMemo.PageFromInputs"/>).</param>
    public PageRenderer(ThemeTemplates templates, SiteView site, UiText text, AssetManifest assets, bool noIndex, DiagnosticBag diagnostics, IRenderMemo memo, IReadOnlyDictionary<string, DownloadsView> downloads, EditionSwitch editions, UInt128 inputs)
    {
        _inputs = inputs;
        _editions = editions;
        _downloads = downloads;
        _templates = templates;
        _site = site;
        _noIndex = noIndex;
        _diagnostics = diagnostics;
        _memo = memo;
        _memo.UseTheme(templates.All);
        _assetKey = assets.Key;
        _words = text.Strings;

        // Made once for all pages: wrapping a delegate costs far more than a page's lookups.
        _functions = new ScriptObject();
        _functions.SetValue("asset", new TextToTextFunction(assets.Url, name => $"the theme has no asset '{name}' in assets/"), readOnly: true);
        _functions.SetValue(TextFunction.Name, new TextFunction(text), readOnly: true);
        _functions.SetValue("absolute", new TextToTextFunction(url => SiteUrls.Absolute(site.BaseUrl, url)), readOnly: true);
        _functions.SetValue(CachedInclude.Name, new CachedInclude(templates, site, RenderAlone), readOnly: true);
        _functions.IsReadOnly = true;
    }

    /// <summary>Renders one page and adds it, by its output path, to <paramref name="output"/>.</summary>
    /// <param name="output">Given the page before the next one is rendered. Without a memo the page's bytes are lent
    /// from the renderer's buffer, so a build that writes its pages as they are made copies none of them; with one,
    /// the page is the memo's array, handed over as it is.</param>
    /// <returns>False when the page failed to render; the problem is reported.</returns>
    public bool Render(PageJob job, ScannedPages output)
    {
        var planned = job.Page;
        var path = planned.Path;

        // Before its views are made: at ten thousand briefings, making and hashing the views of pages that turn out
        // unchanged was a fifth of a build after an edit.
        if (Reuse(_memo.PageFromInputs(path, Inputs(planned)), path, output))
        {
            return true;
        }

        var model = job.Model switch
        {
            Func<object> build => build(),
            _ => job.Model,
        };
        var page = new PageView(
            planned.DocumentTitle,
            planned.Title,
            planned.Description,
            planned.Url,
            SiteUrls.Absolute(_site.BaseUrl, planned.Url),
            planned.Section,
            planned.Kind == PageKind.Briefing ? "article" : "website",
            _noIndex || planned.Kind == PageKind.NotFound,
            planned.Published is { } p ? ViewBuilder.Iso(p) : null,
            planned.Modified is { } m ? ViewBuilder.Iso(m) : null,
            job.JsonLd?.Invoke(),
            _downloads.GetValueOrDefault(planned.Url),
            job.Paging,
            job.Breadcrumbs?.Invoke())
        {
            Feed = planned.Feed,
            Alternates = _editions.Alternates(planned.Url),
            Languages = _editions.Links(planned.Url),
        };

        var fingerprint = new PageFingerprint(_site, page, model, _assetKey, _words);
        if (Reuse(_memo.Page(planned.Url, path, fingerprint, _templates.Get), path, output))
        {
            return true;
        }

        var globals = new ScriptObject();
        globals["site"] = _site;
        globals["page"] = page;
        globals["model"] = model;

        if (!_contexts.TryPop(out var context))
        {
            context = new HtmlTemplateContext(_templates);
        }

        context.BeginPage(_functions, globals);
        try
        {
            globals["content"] = new PageContent(_templates.Get(planned.Layout)!);
            var html = context.RenderPage(_templates.Get(Base)!);
            if (_memo.KeepsPages)
            {
                output.Add(path, _memo.Keep(planned.Url, fingerprint, TemplatesRead(planned.Layout, context), html));
            }
            else
            {
                output.AddLent(path, html);
            }

            // Only now may another page reuse the context, and the buffer the page was lent from.
            _contexts.Push(context);
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            _diagnostics.Report(DiagnosticCodes.TemplateRuntime, ThemeTemplates.Locate(ex.Span, _templates.PathOf(Base)), $"{ex.OriginalMessage} (rendering {planned.Url})");
            return false;
        }
    }

    /// <summary>Hands over a page an earlier build made; false when there is none.</summary>
    private static bool Reuse(EarlierPage? earlier, string path, ScannedPages output)
    {
        switch (earlier)
        {
            case EarlierPage.Kept kept:
                output.Add(path, kept.Html);
                return true;
            case EarlierPage.InOutput unchanged:
                output.Keep(path, unchanged.Links);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The edition's inputs with the page's own text, if it has one: its HTML's identity, which holds its words and the
    /// marks each page fills in, and its word count, which the page shows as a reading time.
    /// </summary>
    private UInt128 Inputs(PlannedPage page)
    {
        var own = page.Subject switch
        {
            BriefingPage briefing => briefing.Briefing.Body,
            StandalonePage standalone => standalone.Page.Body,
            _ => null,
        };
        if (own is null)
        {
            return _inputs;
        }

        Span<byte> bytes = stackalloc byte[36];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, _inputs);
        BinaryPrimitives.WriteUInt128LittleEndian(bytes[16..], own.Html.Identity);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[32..], own.Outline.WordCount);
        return XxHash128.HashToUInt128(bytes);
    }

    /// <summary>Renders a partial on its own, in a context of its own, seeing only the theme's functions and <paramref name="globals"/>.</summary>
    private CachedPartial RenderAlone(Template partial, ScriptObject globals)
    {
        if (!_contexts.TryPop(out var context))
        {
            context = new HtmlTemplateContext(_templates);
        }

        context.BeginPage(_functions, globals);
        var made = new CachedPartial(new TrustedHtml(context.RenderPage(partial).ToArray()), [.. context.Included]);

        // A context that threw is not returned: its stacks may be left mid-partial.
        _contexts.Push(context);
        return made;
    }

    private List<(string Name, Template Template)> TemplatesRead(string layout, HtmlTemplateContext context) =>
        context.Included
            .Prepend(Base)
            .Prepend(layout)
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, _templates.Get(name)!))
            .ToList();
}
