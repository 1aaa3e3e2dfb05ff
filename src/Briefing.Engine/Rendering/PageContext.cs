using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>One page's view of the site for the Markdown renderers and the citation marks of structured data.</summary>
/// <param name="entities">Every entity's name and address, by id.</param>
internal sealed class PageContext(IReadOnlyDictionary<string, EntityTarget> entities, CitationList citations) : IPageContext
{
    public CitationList Citations => citations;

    public EntityTarget? FindEntity(string id) => entities.GetValueOrDefault(id);

    public CitationTarget? FindCitation(string sourceId) => citations.Find(sourceId)?.Target;

    public TrustedHtml Markdown(MarkdownText? text) =>
        text is null ? TrustedHtml.Empty : new TrustedHtml(text.Html, this);

    public TrustedHtml Cite(IEnumerable<Source> sources) =>
        new(CitationMarkup.Utf8(sources
            .DistinctBy(s => s.Id)
            .Select(s => FindCitation(s.Id))
            .OfType<CitationTarget>()
            .Select(t => (t, (string?)null))));
}
