using Markdig;
using Markdig.Renderers;

namespace Briefing.Engine.Markdown.Charts;

internal sealed class ChartExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ChartBlockParser>())
        {
            // Before paragraphs, which would otherwise take the ':::' line as text.
            pipeline.BlockParsers.Insert(0, new ChartBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlChartRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlChartRenderer());
        }
    }
}
