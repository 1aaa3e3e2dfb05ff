using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown.Charts;

/// <summary>
/// Writes a chart as a figure, leaving holes for what the site draws, which the page fills:
/// <code>
/// &lt;figure class="chart-figure prose-chart"&gt;[picture]&lt;figcaption&gt;&lt;span class="chart-caption"&gt;caption&lt;/span&gt;[legend]&lt;/figcaption&gt;&lt;/figure&gt;
/// [the same in words]
/// </code>
/// A block that names nothing to draw (already an error) writes its caption alone.
/// </summary>
internal sealed class HtmlChartRenderer : HtmlObjectRenderer<ChartBlock>
{
    protected override void Write(HtmlRenderer renderer, ChartBlock obj)
    {
        var spec = obj.Spec;
        var markdown = renderer as MarkdownHtmlRenderer;
        renderer.EnsureLine();
        renderer.WriteLine("<figure class=\"chart-figure prose-chart\">");
        Hole(markdown, spec, ChartPart.Picture);
        renderer.Write("<figcaption><span class=\"chart-caption\">");
        if (obj.Count == 1 && obj[0] is ParagraphBlock { Inline: { } caption })
        {
            renderer.WriteChildren(caption);
        }
        else
        {
            renderer.WriteChildren(obj);
        }

        renderer.Write("</span>");
        Hole(markdown, spec, ChartPart.Legend);
        renderer.WriteLine("</figcaption>");
        renderer.WriteLine("</figure>");
        Hole(markdown, spec, ChartPart.Words);
        renderer.WriteLine();
    }

    private static void Hole(MarkdownHtmlRenderer? renderer, ChartSpec? spec, ChartPart part)
    {
        if (renderer is not null && spec is not null)
        {
            renderer.Hole(new HtmlHole(HoleKind.Chart, null, spec.Key, Link: false, null, part));
        }
    }
}
