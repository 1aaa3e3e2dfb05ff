using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>Markdig's paragraph parser, refusing paragraphs past <see cref="MarkdownLimits"/> before their inlines are parsed.</summary>
internal sealed class LimitedParagraphBlockParser : ParagraphBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // A paragraph this long is refused anyway. Skip the setext-heading check: before deciding, it
        // scans every line for link reference definitions, once per '---' or '===' line that follows.
        if (block.Span.Length > MarkdownLimits.MaxBlockChars && !processor.IsBlankLine)
        {
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }

        return base.TryContinue(processor, block);
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        // Setext headings are closed by this parser too. The link reference definitions a refused
        // paragraph may hold are not read: that scan is quadratic in the number of lines.
        return block is not LeafBlock leaf || BlockBudget.Admit(processor.Document, leaf)
            ? base.Close(processor, block)
            : true;
    }
}
