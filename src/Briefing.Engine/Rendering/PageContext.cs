using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>One page's view of the site for the Markdown renderers and the citation marks of structured data.</summary>
internal sealed class PageContext(ResolvedSite site, CitationList citations) : IPageContext
{
    public CitationList Citations => citations;

    public EntityTarget? FindEntity(string id) =>
        site.FindEntity(id) is { } page ? new EntityTarget(page.Entity.Name, page.Url) : null;

    public CitationTarget? FindCitation(string sourceId) =>
        citations.Find(sourceId) is { } cited ? new CitationTarget(cited.Number, cited.Label) : null;

    public TrustedHtml Markdown(MarkdownText? text) =>
        text is null ? TrustedHtml.Empty : new TrustedHtml(BriefingMarkdown.ToHtml(text.Document, this));

    public TrustedHtml Cite(IEnumerable<Source> sources) =>
        new(CitationMarkup.Html(sources
            .DistinctBy(s => s.Id)
            .Select(s => FindCitation(s.Id))
            .OfType<CitationTarget>()
            .Select(t => (t, (string?)null))));
}
