using System.Globalization;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown;

/// <summary>
/// Renders a Markdown tree to <see cref="MarkdownHtml"/>, leaving a hole where an entity link or citation
/// goes. Raw HTML is written as text and unsafe URLs are dropped, so even content that failed validation
/// (the preview shows it) cannot inject markup.
/// </summary>
internal sealed class MarkdownHtmlRenderer : HtmlRenderer
{
    /// <summary>Buffers up to this many characters are kept between documents: a hundred times a typical briefing's HTML.</summary>
    private const int KeptBufferChars = 2 * 1024 * 1024;

    /// <summary>
    /// One renderer per thread, reused document after document: setting one up registers a renderer object
    /// per Markdown element, and a fresh buffer for each document's HTML was then copied into its string.
    /// </summary>
    [ThreadStatic]
    private static MarkdownHtmlRenderer? t_renderer;

    private readonly List<(int At, HtmlHole Hole)> _holes = [];

    private MarkdownHtmlRenderer()
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        Buffer = ((StringWriter)Writer).GetStringBuilder();
        LinkRewriter = url => UrlPolicy.IsAllowedInMarkdown(url) ? url : "#";
        ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        BriefingMarkdown.Pipeline.Setup(this);
    }

    /// <summary>Where everything is written.</summary>
    internal StringBuilder Buffer { get; }

    /// <summary>Marks where a hole goes: here, between what was written before it and what comes after.</summary>
    internal void Hole(HtmlHole hole) => _holes.Add((Buffer.Length, hole));

    /// <summary>Renders <paramref name="document"/> with this thread's renderer, emptied, and keeps the renderer for the next document once it finishes.</summary>
    internal static MarkdownHtml HtmlOf(MarkdownDocument document)
    {
        var renderer = t_renderer ?? new MarkdownHtmlRenderer();
        t_renderer = null;
        renderer.Reset();
        renderer._holes.Clear();
        renderer.Render(document);
        var html = new MarkdownHtml(renderer.Buffer, renderer._holes);

        // Kept only once the document is done (a renderer that threw may hold half a document's state) and while its buffer is of everyday size.
        if (renderer.Buffer.Capacity <= KeptBufferChars)
        {
            renderer.Buffer.Length = 0;
            renderer._holes.Clear();
            t_renderer = renderer;
        }

        return html;
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.Write("<p>");
            foreach (var line in obj.Lines)
            {
                renderer.Write(HtmlText.Encode(line.ToString() ?? string.Empty)).WriteLine();
            }

            renderer.WriteLine("</p>");
        }
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(HtmlText.Encode(obj.Tag ?? string.Empty));
    }
}
