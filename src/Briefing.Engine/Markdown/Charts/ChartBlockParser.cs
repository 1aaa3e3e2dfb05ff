using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown.Charts;

/// <summary>Recognises a block fenced by three or more colons; what it names is checked later (<see cref="ChartBlock.Problem"/>).</summary>
internal sealed class ChartBlockParser : FencedBlockParserBase<ChartBlock>
{
    public ChartBlockParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        InfoParser = ParseInfo;
    }

    protected override ChartBlock CreateFencedBlock(BlockProcessor processor) => new(this);

    /// <summary>Markdig's own reading of the line, plus where the arguments start on it, so a wrong kind or id is reported where it is written.</summary>
    private static bool ParseInfo(BlockProcessor state, ref StringSlice line, IFencedBlock fenced, char openingCharacter)
    {
        var rest = line.ToString();
        var column = line.Start - state.CurrentLineStartPosition;
        if (!DefaultInfoParser(state, ref line, fenced, openingCharacter))
        {
            return false;
        }

        if (fenced is ChartBlock chart && chart.Arguments is { Length: > 0 } arguments)
        {
            var afterInfo = chart.Info is { } info ? rest.IndexOf(info, StringComparison.Ordinal) + info.Length : 0;
            chart.ArgumentsColumn = column + Math.Max(0, rest.IndexOf(arguments, Math.Max(0, afterInfo), StringComparison.Ordinal));
        }

        return true;
    }
}
