using Briefing.Engine.Incremental;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>One page's view of the site for the Markdown renderers and the citation marks of structured data.</summary>
/// <param name="pageUrl">The page being rendered: one document renders differently on each page that shows it.</param>
internal sealed class PageContext(ResolvedSite site, CitationList citations, string pageUrl, MarkdownMemo? memo = null) : IPageContext
{
    public CitationList Citations => citations;

    public EntityTarget? FindEntity(string id) =>
        site.FindEntity(id) is { } page ? new EntityTarget(page.Entity.Name, page.Url) : null;

    public CitationTarget? FindCitation(string sourceId) =>
        citations.Find(sourceId) is { } cited ? new CitationTarget(cited.Number, cited.Label) : null;

    public TrustedHtml Markdown(MarkdownText? text) =>
        text is null ? TrustedHtml.Empty
        : new TrustedHtml(memo is null ? BriefingMarkdown.ToHtml(text.Document, this) : memo.Render(text.Document, pageUrl, this));

    public TrustedHtml Cite(IEnumerable<Source> sources) =>
        new(CitationMarkup.Html(sources
            .DistinctBy(s => s.Id)
            .Select(s => FindCitation(s.Id))
            .OfType<CitationTarget>()
            .Select(t => (t, (string?)null))));
}
