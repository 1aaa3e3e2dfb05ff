using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>Replaces Markdig's paragraph and heading parsers with ones that enforce <see cref="MarkdownLimits"/>.</summary>
internal sealed class MarkdownLimitsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<LimitedParagraphBlockParser>())
        {
            pipeline.BlockParsers.Replace<ParagraphBlockParser>(new LimitedParagraphBlockParser());
        }

        if (!pipeline.BlockParsers.Contains<LimitedHeadingBlockParser>())
        {
            pipeline.BlockParsers.Replace<HeadingBlockParser>(new LimitedHeadingBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
