using Markdig.Parsers;

namespace Briefing.Engine.Markdown.Charts;

/// <summary>Recognises a block fenced by three or more colons; what it names is checked later (<see cref="ChartBlock.Problem"/>).</summary>
internal sealed class ChartBlockParser : FencedBlockParserBase<ChartBlock>
{
    public ChartBlockParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
    }

    protected override ChartBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
