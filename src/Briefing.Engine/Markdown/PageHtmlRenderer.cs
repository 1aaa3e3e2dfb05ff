using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown;

/// <summary>An HTML renderer for one page. Raw HTML is written as text and unsafe URLs are dropped,
/// so even content that failed validation (the preview shows it) cannot inject markup.</summary>
public sealed class PageHtmlRenderer : HtmlRenderer
{
    /// <param name="page">The page to render, or null to name it later through <see cref="BeginPage"/>.</param>
    public PageHtmlRenderer(TextWriter writer, IPageContext? page = null)
        : base(writer)
    {
        _page = page;
        LinkRewriter = url => UrlPolicy.IsAllowedInMarkdown(url) ? url : "#";
        ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
    }

    private IPageContext? _page;

    /// <summary>The page being rendered; set anew when one renderer serves page after page.</summary>
    public IPageContext Page => _page ?? throw new InvalidOperationException("the renderer is between pages");

    /// <summary>Empties the output and any state a previous page left, and renders for <paramref name="page"/> next.</summary>
    internal void BeginPage(IPageContext page)
    {
        Reset();
        _page = page;
    }

    /// <summary>Forgets the page, so a renderer kept for the next page does not keep this one's data alive.</summary>
    internal void EndPage() => _page = null;

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
