using System.Collections.Concurrent;
using Briefing.Engine.Rendering;
using Scriban;

namespace Briefing.Engine.Incremental;

/// <summary>The last rendered bytes of each page with what they were rendered from.</summary>
internal sealed class PageMemo
{
    private sealed class Entry(PageFingerprint fingerprint, IReadOnlyList<(string Name, Template Template)> templates, object theme, byte[] html, int build)
    {
        public PageFingerprint Fingerprint { get; } = fingerprint;

        public IReadOnlyList<(string Name, Template Template)> Templates { get; } = templates;

        /// <summary>The whole theme's templates when the page was rendered: while the same, no template needs checking.</summary>
        public object Theme { get; } = theme;

        public byte[] Html { get; } = html;

        public int Build { get; set; } = build;
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private ValueList<Template> _theme = new([]);
    private int _build;
    private int _rendered;
    private int _reused;

    public int Rendered => _rendered;

    public int Reused => _reused;

    /// <summary>Tells the memo this build's parsed templates; kept as the same object while none changed.</summary>
    public void UseTheme(IEnumerable<Template> templates)
    {
        var theme = templates.ToValueList();
        if (!theme.Equals(_theme))
        {
            _theme = theme;
        }
    }

    /// <param name="currentTemplate">The theme's current parsed template of a name, or null.</param>
    public byte[]? Find(string url, PageFingerprint fingerprint, Func<string, Template?> currentTemplate)
    {
        if (_entries.TryGetValue(url, out var entry)
            && entry.Fingerprint.Equals(fingerprint)
            && (ReferenceEquals(entry.Theme, _theme) || entry.Templates.All(t => ReferenceEquals(currentTemplate(t.Name), t.Template))))
        {
            entry.Build = _build;
            Interlocked.Increment(ref _reused);
            return entry.Html;
        }

        Interlocked.Increment(ref _rendered);
        return null;
    }

    public void Store(string url, PageFingerprint fingerprint, IReadOnlyList<(string Name, Template Template)> templates, byte[] html) =>
        _entries[url] = new Entry(fingerprint, templates, _theme, html, _build);

    public void BeginBuild()
    {
        _build++;
        _rendered = 0;
        _reused = 0;
    }

    public void Sweep() => Memo.Sweep(_entries, e => e.Build != _build);
}
