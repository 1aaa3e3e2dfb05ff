namespace Briefing.Engine.Markdown;

internal sealed record EntityTarget(string Name, string Url);

internal sealed record CitationTarget(int Number, string Label)
{
    private byte[]? _link;

    /// <summary>A copy made with <c>with</c> makes its own link.</summary>
    private CitationTarget(CitationTarget original)
    {
        Number = original.Number;
        Label = original.Label;
        Tip = original.Tip;
    }

    /// <summary>Whether the mark carries its tip; a feed's marks do not, since feed readers show no stylesheet to hide it.</summary>
    public bool Tip { get; init; } = true;

    /// <summary>The mark's link for this source as UTF-8, made once: a page cites the same few sources again and again.</summary>
    internal byte[] Link => _link ??= Citations.CitationMarkup.Link(this);

    public bool Equals(CitationTarget? other) => other is not null && Number == other.Number && Tip == other.Tip && string.Equals(Label, other.Label, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Number, Label, Tip);
}

/// <summary>What the Markdown renderers may know of the page being rendered: resolved entities, its citation numbers and the site's charts.</summary>
internal interface IPageContext
{
    EntityTarget? FindEntity(string id);

    CitationTarget? FindCitation(string sourceId);

    /// <summary>A part of the chart <paramref name="key"/> names (<see cref="Charts.ChartSpec.Key"/>) as UTF-8 HTML; null, as where no picture can be shown (a feed), writes only the caption.</summary>
    byte[]? Chart(string key, Charts.ChartPart part) => null;
}
