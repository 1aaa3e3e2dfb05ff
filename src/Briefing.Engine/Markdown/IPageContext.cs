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

/// <summary>An image's markup as every page shows it; only its alt text and whether it loads at once are the page's.</summary>
/// <param name="Start">The UTF-8 of the <c>&lt;picture&gt;</c> and <c>&lt;img</c> up to its alt text: sources, size, address.</param>
/// <param name="End">What closes it after the <c>&lt;img&gt;</c>: <c>&lt;/picture&gt;</c>, or nothing for an SVG.</param>
/// <param name="Alt">The record's alt text, for an image whose Markdown gives none.</param>
/// <param name="Credit">The UTF-8 HTML of the credit and license shown with the image.</param>
internal sealed record ImageTarget(byte[] Start, byte[] End, string? Alt, byte[] Credit);

/// <summary>What the Markdown renderers may know of the page being rendered: resolved entities, its citation numbers and the site's charts and images.</summary>
internal interface IPageContext
{
    EntityTarget? FindEntity(string id);

    CitationTarget? FindCitation(string sourceId);

    /// <summary>A part of the chart <paramref name="key"/> names (<see cref="Charts.ChartSpec.Key"/>) as UTF-8 HTML; null, as where no picture can be shown (a feed), writes only the caption.</summary>
    byte[]? Chart(string key, Charts.ChartPart part) => null;

    /// <param name="url">The image's address as written: <c>/media/plant.jpg</c>.</param>
    /// <returns>Null where the site's images are not known, which writes an image's alt text alone.</returns>
    ImageTarget? FindImage(string url) => null;

    /// <summary>Where a link to a page of the site leads on this page; null where it leads where it is written.</summary>
    /// <param name="url">The address as written: <c>/briefings/x/#section</c>.</param>
    SiteLinkMarkup? FindSiteLink(string url) => null;
}

/// <summary>Where a site link leads on a page of a further language edition.</summary>
/// <param name="Language">The language of the page it leads to when that is not the page's own; null otherwise.</param>
/// <param name="Label">The words saying that language, shown inside the link.</param>
internal sealed record SiteLinkMarkup(string Url, string? Language, string? Label);
