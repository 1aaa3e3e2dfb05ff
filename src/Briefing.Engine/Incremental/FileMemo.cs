using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Incremental;

/// <summary>
/// What parsing one file produced, kept while the file's bytes stay the same. The bytes themselves
/// are the key (compared in full, not by a hash that could collide), and the diagnostics the parse
/// reported are replayed on every reuse, so a cached file reports exactly what a fresh parse would.
/// </summary>
internal sealed class FileMemo
{
    private sealed class Entry(byte[] content, object? value, IReadOnlyList<Diagnostic> diagnostics, int build)
    {
        public byte[] Content { get; } = content;

        public object? Value { get; } = value;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        /// <summary>The last build that used the entry; entries a good build did not use are dropped.</summary>
        public int Build { get; set; } = build;
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _build;
    private int _parsed;
    private int _reused;

    public int Parsed => _parsed;

    public int Reused => _reused;

    /// <param name="path">The file's display path; one path always goes through the same parser.</param>
    public T Get<T>(string path, byte[] content, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse)
    {
        if (_entries.TryGetValue(path, out var entry)
            && (ReferenceEquals(entry.Content, content) || entry.Content.AsSpan().SequenceEqual(content)))
        {
            entry.Build = _build;
            Interlocked.Increment(ref _reused);
            if (entry.Diagnostics.Count > 0)
            {
                diagnostics.AddRange(entry.Diagnostics);
            }

            return (T)entry.Value!;
        }

        Interlocked.Increment(ref _parsed);
        var own = new DiagnosticBag();
        var value = parse(own);
        var reported = own.Sorted();
        _entries[path] = new Entry(content, value, reported, _build);
        diagnostics.AddRange(reported);
        return value;
    }

    public void BeginBuild()
    {
        _build++;
        _parsed = 0;
        _reused = 0;
    }

    /// <summary>Forgets files the last build did not ask for (deleted or renamed).</summary>
    public void Sweep() => Memo.Sweep(_entries, e => e.Build != _build);
}

internal static class Memo
{
    public static void Sweep<TKey, TEntry>(ConcurrentDictionary<TKey, TEntry> entries, Func<TEntry, bool> unused)
        where TKey : notnull
    {
        foreach (var (key, entry) in entries)
        {
            if (unused(entry))
            {
                entries.TryRemove(key, out _);
            }
        }
    }
}
