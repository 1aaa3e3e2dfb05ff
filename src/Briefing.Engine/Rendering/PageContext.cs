using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>One page's view of the site for the Markdown renderers and the citation marks of structured data.</summary>
/// <param name="entities">Every entity's name and address, by id.</param>
/// <remarks>
/// Each mark it makes is counted for its source, in the order the view asks for them, which is the order the
/// layouts show them; the page's references link back to each one by those counts.
/// </remarks>
/// <param name="charts">The charts writers place in prose; null draws only their captions.</param>
/// <param name="images">Every image's markup, by its address as Markdown writes it.</param>
/// <param name="links">Where the site links of a further edition's texts lead, by the link as written; none in the main edition.</param>
internal sealed class PageContext(IReadOnlyDictionary<string, EntityTarget> entities, CitationList citations, ChartFigures? charts = null, IReadOnlyDictionary<string, ImageTarget>? images = null, IReadOnlyDictionary<string, SiteLinkMarkup>? links = null) : IPageContext
{
    /// <summary>How many marks each source has on the page so far, by its number.</summary>
    private readonly Dictionary<int, int> _marks = [];

    /// <summary>Whether a text of the page shown so far has an image: only the first image loads at once.</summary>
    private bool _imageShown;

    public CitationList Citations => citations;

    public EntityTarget? FindEntity(string id) => entities.GetValueOrDefault(id);

    public CitationTarget? FindCitation(string sourceId) => citations.Find(sourceId)?.Target;

    public byte[]? Chart(string key, Markdown.Charts.ChartPart part) => charts?.Part(key, part);
    public ImageTarget? FindImage(string url) => images?.GetValueOrDefault(url);

    public SiteLinkMarkup? FindSiteLink(string url) => links?.GetValueOrDefault(url);

    /// <summary>How many marks of the source numbered <paramref name="number"/> the page has.</summary>
    public int MarkCount(int number) => _marks.GetValueOrDefault(number);

    public TrustedHtml Markdown(MarkdownText? text)
    {
        if (text is null)
        {
            return TrustedHtml.Empty;
        }

        var marks = text.Html.CitedSources().Select(id => FindCitation(id) is { } target ? NextMark(target.Number) : 0).ToArray();

        // Decided here, in the order the view takes its texts, so the page's bytes do not depend on the order they are written or compared in.
        var eager = !_imageShown && text.Html.ImageCount > 0;
        _imageShown |= eager;
        return new TrustedHtml(text.Html, this, marks, eager);
    }

    public TrustedHtml Cite(IEnumerable<Source> sources) =>
        new(CitationMarkup.Utf8(
            sources
                .DistinctBy(s => s.Id)
                .Select(s => FindCitation(s.Id))
                .OfType<CitationTarget>()
                .Select(t => (t, (string?)null, NextMark(t.Number)))
                .ToList()));

    /// <summary>Counts a place that names <paramref name="source"/> as a mark would cite it, so the reference links back to it.</summary>
    /// <returns>The id that place takes; null when the page does not cite the source.</returns>
    public string? Mark(Source source) =>
        FindCitation(source.Id) is { } target ? CitationMarkup.MarkId(target.Number, NextMark(target.Number)) : null;

    private int NextMark(int number)
    {
        var mark = _marks.GetValueOrDefault(number) + 1;
        _marks[number] = mark;
        return mark;
    }
}
