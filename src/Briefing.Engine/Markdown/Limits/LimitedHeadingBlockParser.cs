using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>Markdig's '#' heading parser, refusing headings past <see cref="MarkdownLimits"/> before their inlines are parsed.</summary>
internal sealed class LimitedHeadingBlockParser : HeadingBlockParser
{
    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            BlockBudget.Admit(processor.Document, heading);
        }

        return base.Close(processor, block);
    }
}
