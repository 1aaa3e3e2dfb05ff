using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Briefing.Engine.Markdown.Citations;

internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlCitationRenderer());
        }
    }
}
