using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.Images;

/// <summary>
/// Writes <c>&lt;figure class="media"&gt;[picture]&lt;figcaption&gt;Caption [1] &lt;small class="credit"&gt;…&lt;/small&gt;&lt;/figcaption&gt;&lt;/figure&gt;</c>;
/// the caption is the image's title with its citations, the credit from the image's record.
/// </summary>
internal sealed class HtmlFigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock obj)
    {
        if (renderer is not MarkdownHtmlRenderer markdown)
        {
            return;
        }

        var url = obj.Image.Url ?? string.Empty;
        renderer.EnsureLine();
        renderer.Write("<figure class=\"media\">");
        renderer.Write(obj.Image);
        renderer.Write("<figcaption>");
        if (obj.Caption is { } caption)
        {
            renderer.WriteChildren(caption);
            renderer.Write(' ');
        }

        markdown.Hole(new HtmlHole(HoleKind.ImageCredit, url, null, Link: false, null));
        renderer.WriteLine("</figcaption></figure>");
    }
}
