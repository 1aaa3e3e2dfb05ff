using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Search;

/// <summary>Where a term stands in a document; a query ranks a title above a name or heading, above a summary, above the text.</summary>
internal enum SearchField
{
    Text = 0,
    Summary = 1,
    Name = 2,
    Title = 3,
}

/// <summary>One page, or one entry on a page, that search can find. Known between builds by a hash of its fields and its text's key; never compared whole.</summary>
/// <param name="kind">What it is, in the reader's words.</param>
/// <param name="fields">The short texts that are searched, each with where it stands.</param>
/// <param name="text">The document's text: searched as <see cref="SearchField.Text"/>, and what a result's snippet is cut from.</param>
internal sealed class SearchDocument(string kind, string title, string url, string? summary, IReadOnlyList<(string Text, SearchField Field)> fields, SearchText text)
{
    private UInt128? _textKey;

    public string Kind { get; } = kind;

    public string Title { get; } = title;

    public string Url { get; } = url;

    public string? Summary { get; } = summary;

    public IReadOnlyList<(string Text, SearchField Field)> Fields { get; } = fields;

    public SearchText Text { get; } = text;

    /// <summary>The text's key, worked out once: the document's file and its terms are both known by it.</summary>
    public UInt128 TextKey => _textKey ??= Text.Key;
}

/// <summary>How to make one search document, and the text of its own it is made from, if it has one.</summary>
/// <param name="Make">Makes the document; a document's fields are lists of their own, so each is made only when it is read, on any thread.</param>
/// <param name="OwnText">
/// A briefing's or a standalone page's Markdown: the one input of a document that the site's face
/// (<see cref="ResolvedSite.InputFace"/>) counts by its front matter, marks and headings rather than its words. Everything
/// else a document is made from is counted by the face whole (YAML files by their bytes), so a document with an equal
/// face, edition, place in the index and own text is the same document.
/// </param>
internal readonly record struct DocumentSource(Func<SearchDocument> Make, MarkdownText? OwnText);

/// <summary>The documents of a site in index order: briefings, entities, timeline events, claims, sources, standalone pages (the order <see cref="PagePlanner"/> counts them in).</summary>
internal static class SearchDocuments
{
    /// <summary>Each document's maker and own text, in index order.</summary>
    public static IReadOnlyList<DocumentSource> Of(ResolvedSite site)
    {
        var text = site.Text;
        string? Name(ReadOnlySpan<char> id) => site.FindEntity(id)?.Entity.ShownName;
        SearchText Body(MarkdownText? markdown) => markdown is null ? default : new SearchText(markdown.Html, Name);

        return
        [
            .. site.Briefings.Select(page => new DocumentSource(() => Briefing(page), page.Briefing.Body)),
            .. site.Entities.Select(page => new DocumentSource(() => Entity(page), null)),
            .. site.Timeline.Select(item => new DocumentSource(() => Event(item), null)),
            .. site.Claims.Select(claim => new DocumentSource(() => Claim(claim), null)),
            .. site.Sources.Select(page => new DocumentSource(() => Source(page), null)),
            .. site.Pages.Select(page => new DocumentSource(() => Standalone(page), page.Page.Body)),
        ];

        SearchDocument Briefing(BriefingPage page)
        {
            var b = page.Briefing;
            return new SearchDocument(text[UiKeys.SearchBriefing], b.Title, page.Url, b.Summary,
            [
                (b.Title, SearchField.Title),
                (b.Summary, SearchField.Summary),
                .. page.Headings.Select(h => (h, SearchField.Name)),
                .. b.Topics.Select(t => (t, SearchField.Name)),
                .. page.Entities.Select(e => (e.ShownName, SearchField.Name)),
            ], Body(b.Body));
        }

        SearchDocument Entity(EntityPage page)
        {
            var e = page.Entity;
            return new SearchDocument(text[UiKeys.KindOne(e.Kind)], e.Name, page.Url, e.Role,
            [
                (e.Name, SearchField.Title),
                (e.ShortName ?? string.Empty, SearchField.Title),
                .. e.Aliases.Select(a => (a, SearchField.Name)),
                .. e.NativeName is null ? [] : new[] { (e.NativeName, SearchField.Name) },
                (e.Role ?? string.Empty, SearchField.Summary),
            ], Body(e.Summary));
        }

        SearchDocument Event(ResolvedEvent item)
        {
            var date = text.Date(item.Event.Date);
            return new SearchDocument(text[UiKeys.SearchEvent], item.Event.Title, site.Plan.EventUrl(site.Urls, item.Anchor), date,
            [
                (item.Event.Title, SearchField.Title),
                (date, SearchField.Summary),
                .. item.Entities.Select(e => (e.ShownName, SearchField.Name)),
            ], Body(item.Event.Body));
        }

        // A claim's reports and assessment are one text, a line apart: no term spans a line.
        SearchDocument Claim(ResolvedClaim resolved)
        {
            var claim = resolved.Claim;
            var reports = string.Join('\n', claim.Reports.Select(r =>
                string.Join(" — ", new[] { r.Value, site.FindSource(r.Source.Id)?.Source.Publisher, r.Note }.Where(p => !string.IsNullOrEmpty(p)))));
            var assessment = claim.Assessment?.Html.ReadText(Name) ?? string.Empty;
            return new SearchDocument(text[UiKeys.SearchClaim], claim.Question, site.Plan.ClaimUrl(site.Urls, claim.Id), text[UiKeys.ClaimStatusLabel(claim.Status)],
            [
                (claim.Question, SearchField.Title),
                .. claim.Reports.Select(r => (r.Value, SearchField.Name)),
            ], new SearchText(assessment.Length == 0 ? reports : reports + "\n" + assessment));
        }

        SearchDocument Source(SourcePage page)
        {
            var s = page.Source;
            var name = text.SourceName(s);
            return new SearchDocument(text[UiKeys.SearchSource], name, page.Url, s.Publisher,
            [
                (name, SearchField.Title),
                (s.Publisher, SearchField.Name),
            ], default);
        }

        SearchDocument Standalone(StandalonePage page)
        {
            var p = page.Page;
            return new SearchDocument(text[UiKeys.SearchPage], p.Title, page.Url, p.Summary,
            [
                (p.Title, SearchField.Title),
                (p.Summary, SearchField.Summary),
            ], Body(p.Body));
        }
    }
}
