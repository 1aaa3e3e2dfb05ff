namespace Briefing.Engine.Markdown.Charts;

/// <summary>Which part of a chart a hole in the HTML holds.</summary>
internal enum ChartPart : byte
{
    None = 0,

    /// <summary>The picture, in its layouts.</summary>
    Picture = 1,

    /// <summary>What its marks mean, inside the caption.</summary>
    Legend = 2,

    /// <summary>What it shows, in words, after the figure.</summary>
    Words = 3,
}
