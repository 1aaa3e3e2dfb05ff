using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown.Limits;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown.Charts;

/// <summary>
/// A chart placed in prose: <c>::: chart graph: honda</c>, its caption as the block's content, and a closing
/// <c>:::</c>. The caption is Markdown, so it cites and links like any paragraph.
/// </summary>
internal sealed class ChartBlock(BlockParser parser) : ContainerBlock(parser), IFencedBlock
{
    public char FencedChar { get; set; }

    public int OpeningFencedCharCount { get; set; }

    public StringSlice TriviaAfterFencedChar { get; set; }

    /// <summary>The word after the fence: "chart".</summary>
    public string? Info { get; set; }

    public StringSlice UnescapedInfo { get; set; }

    public StringSlice TriviaAfterInfo { get; set; }

    /// <summary>What follows it: "graph: honda".</summary>
    public string? Arguments { get; set; }

    public StringSlice UnescapedArguments { get; set; }

    public StringSlice TriviaAfterArguments { get; set; }

    public NewLine InfoNewLine { get; set; }

    public StringSlice TriviaBeforeClosingFence { get; set; }

    public int ClosingFencedCharCount { get; set; }

    /// <summary>The 0-based column, on the block's line, where the arguments start; set by the parser.</summary>
    public int ArgumentsColumn { get; set; }

    /// <summary>What the block draws, or null when its opening line names nothing the site can draw.</summary>
    public ChartSpec? Spec => Info == "chart" ? ChartSpec.Parse(Arguments ?? string.Empty, out _) : null;

    /// <summary>Why the block cannot be drawn as written, where it is wrong (0-based), or null when it can.</summary>
    public MarkdownRefusal? Problem()
    {
        if (Info != "chart")
        {
            return new(DiagnosticCodes.UnknownChartKind, Line, Column, $"':::{Info}' is not a block this site knows; a chart opens with '::: chart' and then {ChartSpec.KindsInWords}");
        }

        if (ChartSpec.Parse(Arguments ?? string.Empty, out var problem) is null)
        {
            return new(DiagnosticCodes.UnknownChartKind, Line, ArgumentsColumn, problem!);
        }

        if (Count == 0)
        {
            return new(DiagnosticCodes.ChartCaption, Line, Column, "chart has no caption; write one paragraph between '::: chart' and ':::' saying what the chart shows, citing its sources");
        }

        if (Count > 1 || this[0] is not ParagraphBlock)
        {
            var extra = this[0] is ParagraphBlock ? this[1] : this[0];
            return new(DiagnosticCodes.ChartCaption, extra.Line, extra.Column, "a chart's caption is one paragraph; move the rest out of the chart, after its closing ':::'");
        }

        return null;
    }
}
