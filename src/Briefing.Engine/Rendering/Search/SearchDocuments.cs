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

/// <summary>One page, or one entry on a page, that search can find.</summary>
/// <param name="Kind">What it is, in the reader's words.</param>
/// <param name="Fields">The short texts that are searched, each with where it stands.</param>
/// <param name="Text">The document's text: searched as <see cref="SearchField.Text"/>, and what a result's snippet is cut from.</param>
internal sealed record SearchDocument(string Kind, string Title, string Url, string? Summary, IReadOnlyList<(string Text, SearchField Field)> Fields, ReadOnlyMemory<char> Text);

/// <summary>Makes one search document; a page's text goes into <paramref name="buffer"/>, so the document lasts until the buffer is written again.</summary>
internal delegate SearchDocument SearchDocumentMaker(ref char[] buffer);

/// <summary>The documents of a site in index order: briefings, entities, timeline events, claims, sources, standalone pages (the order <see cref="PagePlanner"/> counts them in).</summary>
internal static class SearchDocuments
{
    /// <summary>
    /// Each document's maker, in index order: a document holds its page's text, so each is made only when it is read,
    /// and any of them on any thread, each with its own buffer.
    /// </summary>
    public static IReadOnlyList<SearchDocumentMaker> Of(ResolvedSite site)
    {
        var text = site.Text;
        string? Name(ReadOnlySpan<char> id) => site.FindEntity(id)?.Entity.ShownName;
        ReadOnlyMemory<char> Body(MarkdownText? markdown, ref char[] buffer) => markdown?.Outline.TextWithNames(Name, ref buffer) ?? ReadOnlyMemory<char>.Empty;

        return
        [
            .. site.Briefings.Select(page => (SearchDocumentMaker)((ref char[] buffer) => Briefing(page, ref buffer))),
            .. site.Entities.Select(page => (SearchDocumentMaker)((ref char[] buffer) => Entity(page, ref buffer))),
            .. site.Timeline.Select(item => (SearchDocumentMaker)((ref char[] buffer) => Event(item, ref buffer))),
            .. site.Claims.Select(claim => (SearchDocumentMaker)((ref char[] _) => Claim(claim))),
            .. site.Sources.Select(page => (SearchDocumentMaker)((ref char[] _) => Source(page))),
            .. site.Pages.Select(page => (SearchDocumentMaker)((ref char[] buffer) => Standalone(page, ref buffer))),
        ];

        SearchDocument Briefing(BriefingPage page, ref char[] buffer)
        {
            var b = page.Briefing;
            return new SearchDocument(text[UiKeys.SearchBriefing], b.Title, page.Url, b.Summary,
            [
                (b.Title, SearchField.Title),
                (b.Summary, SearchField.Summary),
                .. page.Headings.Select(h => (h, SearchField.Name)),
                .. b.Topics.Select(t => (t, SearchField.Name)),
                .. page.Entities.Select(e => (e.ShownName, SearchField.Name)),
            ], Body(b.Body, ref buffer));
        }

        SearchDocument Entity(EntityPage page, ref char[] buffer)
        {
            var e = page.Entity;
            return new SearchDocument(text[UiKeys.KindOne(e.Kind)], e.Name, page.Url, e.Role,
            [
                (e.Name, SearchField.Title),
                (e.ShortName ?? string.Empty, SearchField.Title),
                .. e.Aliases.Select(a => (a, SearchField.Name)),
                .. e.NativeName is null ? [] : new[] { (e.NativeName, SearchField.Name) },
                (e.Role ?? string.Empty, SearchField.Summary),
            ], Body(e.Summary, ref buffer));
        }

        SearchDocument Event(ResolvedEvent item, ref char[] buffer)
        {
            var date = text.Date(item.Event.Date);
            return new SearchDocument(text[UiKeys.SearchEvent], item.Event.Title, site.Plan.EventUrl(site.Urls, item.Anchor), date,
            [
                (item.Event.Title, SearchField.Title),
                (date, SearchField.Summary),
                .. item.Entities.Select(e => (e.ShownName, SearchField.Name)),
            ], Body(item.Event.Body, ref buffer));
        }

        // A claim's reports and assessment are one text, a line apart: no term spans a line.
        SearchDocument Claim(ResolvedClaim resolved)
        {
            var claim = resolved.Claim;
            var reports = string.Join('\n', claim.Reports.Select(r =>
                string.Join(" — ", new[] { r.Value, site.FindSource(r.Source.Id)?.Source.Publisher, r.Note }.Where(p => !string.IsNullOrEmpty(p)))));
            var assessment = claim.Assessment?.Outline.TextWithNames(Name) ?? string.Empty;
            return new SearchDocument(text[UiKeys.SearchClaim], claim.Question, site.Plan.ClaimUrl(site.Urls, claim.Id), text[UiKeys.ClaimStatusLabel(claim.Status)],
            [
                (claim.Question, SearchField.Title),
                .. claim.Reports.Select(r => (r.Value, SearchField.Name)),
            ], (assessment.Length == 0 ? reports : reports + "\n" + assessment).AsMemory());
        }

        SearchDocument Source(SourcePage page)
        {
            var s = page.Source;
            var name = text.SourceName(s);
            return new SearchDocument(text[UiKeys.SearchSource], name, page.Url, s.Publisher,
            [
                (name, SearchField.Title),
                (s.Publisher, SearchField.Name),
            ], ReadOnlyMemory<char>.Empty);
        }

        SearchDocument Standalone(StandalonePage page, ref char[] buffer)
        {
            var p = page.Page;
            return new SearchDocument(text[UiKeys.SearchPage], p.Title, page.Url, p.Summary,
            [
                (p.Title, SearchField.Title),
                (p.Summary, SearchField.Summary),
            ], Body(p.Body, ref buffer));
        }
    }
}
