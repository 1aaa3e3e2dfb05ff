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
    public PageHtmlRenderer(TextWriter writer, IPageContext page)
        : base(writer)
    {
        Page = page;
        LinkRewriter = url => UrlPolicy.IsAllowedInMarkdown(url) ? url : "#";
        ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
    }

    public IPageContext Page { get; }

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
