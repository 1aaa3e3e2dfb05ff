using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Markdown.HeadingIds;
using Briefing.Engine.Markdown.Limits;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown;

/// <summary>
/// The one Markdown pipeline, shared by every document: it holds no site state. Raw HTML is parsed (so
/// it can be reported) but never rendered; generic attributes (<c>{onclick=…}</c>) are never enabled.
/// </summary>
public static class BriefingMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .Use<MarkdownLimitsExtension>()
        .Use<HeadingIdExtension>()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Use<EntityLinkExtension>()
        .Use<CitationExtension>()
        .Build();

    /// <summary>
    /// Parses <paramref name="text"/>, or refuses the parts of it that are nested too deep or too
    /// costly to parse (see <see cref="MarkdownLimits"/>). A text nested too deep for Markdig to parse
    /// or render yields an empty document, so later stages can still run on it.
    /// </summary>
    public static MarkdownDocument Parse(string text, out IReadOnlyList<MarkdownRefusal> refusals)
    {
        if (LineNesting.Check(text) is { } refusal)
        {
            refusals = [refusal];
            return new MarkdownDocument();
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException ex) when (ex.TargetSite?.Module.Assembly == typeof(MarkdownPipeline).Assembly)
        {
            // Markdig's own depth limit; it does not say where.
            refusals = [new MarkdownRefusal(DiagnosticCodes.TooDeep, 0, 0, "Markdown is nested too deeply for the parser (block quotes, lists, links or emphasis); flatten it")];
            return new MarkdownDocument();
        }

        var found = Refusals.Of(document);
        refusals = found;
        return found.Exists(r => r.Code == DiagnosticCodes.TooDeep) ? new MarkdownDocument() : document;
    }

    /// <summary>
    /// Parses a text again that <see cref="Parse"/> parsed before. A text it refused nothing in gives the
    /// same tree without the limit checks, whose walk over the tree was a sixth of each parse.
    /// </summary>
    public static MarkdownDocument ParseAgain(string text, bool refusedBefore) =>
        refusedBefore ? Parse(text, out _) : Markdig.Markdown.Parse(text, Pipeline);

    public static string ToHtml(MarkdownDocument document, IPageContext page)
    {
        var renderer = t_renderer ?? NewRenderer();
        t_renderer = null;
        var buffer = ((StringWriter)renderer.Writer).GetStringBuilder();
        renderer.BeginPage(page);
        renderer.Render(document);
        renderer.Writer.Flush();
        var html = buffer.ToString();
        renderer.EndPage();

        // Kept for this thread's next page only once the render finished (a renderer that threw may hold
        // half a page's state) and while its buffer is of everyday size.
        if (buffer.Capacity <= KeptBufferChars)
        {
            t_renderer = renderer;
        }

        return html;
    }

    /// <summary>Buffers up to this many characters are kept between pages: a hundred times a typical briefing's HTML.</summary>
    private const int KeptBufferChars = 2 * 1024 * 1024;

    /// <summary>
    /// One renderer per thread, reused page after page: setting one up registers a renderer object per
    /// Markdown element, and a fresh buffer for each page's HTML was then copied into its string.
    /// </summary>
    [ThreadStatic]
    private static PageHtmlRenderer? t_renderer;

    private static PageHtmlRenderer NewRenderer()
    {
        var renderer = new PageHtmlRenderer(new StringWriter(System.Globalization.CultureInfo.InvariantCulture));
        Pipeline.Setup(renderer);
        return renderer;
    }
}
