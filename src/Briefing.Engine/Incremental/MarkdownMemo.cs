using System.Collections.Concurrent;
using Briefing.Engine.Markdown;
using Markdig.Syntax;

namespace Briefing.Engine.Incremental;

/// <summary>
/// The HTML of each Markdown document as rendered on each page. Rendering reads the site only through
/// <see cref="IPageContext"/>, so the memo records every question the renderer asked and its answer;
/// the HTML is reused only while the same document gets the same answers (entity names and addresses,
/// citation numbers and labels) on the same page.
/// </summary>
internal sealed class MarkdownMemo
{
    private readonly record struct Lookup(bool Entity, string Id, object? Answer);

    private sealed class Entry(string html, IReadOnlyList<Lookup> lookups, int build)
    {
        public string Html { get; } = html;

        public IReadOnlyList<Lookup> Lookups { get; } = lookups;

        public int Build { get; set; } = build;
    }

    private readonly ConcurrentDictionary<(MarkdownDocument Document, string Page), Entry> _entries = new();
    private int _build;

    public string Render(MarkdownDocument document, string page, IPageContext context)
    {
        var key = (document, page);
        if (_entries.TryGetValue(key, out var entry) && entry.Lookups.All(l => Equals(l.Answer, Ask(context, l.Entity, l.Id))))
        {
            entry.Build = _build;
            return entry.Html;
        }

        var recorder = new Recorder(context);
        var html = BriefingMarkdown.ToHtml(document, recorder);
        _entries[key] = new Entry(html, recorder.Lookups, _build);
        return html;
    }

    public void BeginBuild() => _build++;

    public void Sweep() => Memo.Sweep(_entries, e => e.Build != _build);

    private static object? Ask(IPageContext context, bool entity, string id) =>
        entity ? context.FindEntity(id) : context.FindCitation(id);

    private sealed class Recorder(IPageContext inner) : IPageContext
    {
        public List<Lookup> Lookups { get; } = [];

        public EntityTarget? FindEntity(string id)
        {
            var answer = inner.FindEntity(id);
            Lookups.Add(new Lookup(true, id, answer));
            return answer;
        }

        public CitationTarget? FindCitation(string sourceId)
        {
            var answer = inner.FindCitation(sourceId);
            Lookups.Add(new Lookup(false, sourceId, answer));
            return answer;
        }
    }
}
