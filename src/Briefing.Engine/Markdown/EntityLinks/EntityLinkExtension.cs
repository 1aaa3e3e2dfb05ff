using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Briefing.Engine.Markdown.EntityLinks;

internal sealed class EntityLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<EntityLinkInlineParser>())
        {
            // Before the link parser, which would otherwise take the '[' as a link label.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new EntityLinkInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlEntityLinkRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlEntityLinkRenderer());
        }
    }
}
