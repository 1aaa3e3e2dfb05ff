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
    private sealed record Entry(byte[] Content, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _parsed;
    private int _reused;

    public int Parsed => _parsed;

    public int Reused => _reused;

    /// <param name="path">The file's display path; one path always goes through the same parser.</param>
    public T Get<T>(string path, byte[] content, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse)
    {
        _used.TryAdd(path, 0);
        if (_entries.TryGetValue(path, out var entry)
            && (ReferenceEquals(entry.Content, content) || entry.Content.AsSpan().SequenceEqual(content)))
        {
            Interlocked.Increment(ref _reused);
            diagnostics.AddRange(entry.Diagnostics);
            return (T)entry.Value!;
        }

        Interlocked.Increment(ref _parsed);
        var own = new DiagnosticBag();
        var value = parse(own);
        var reported = own.Sorted();
        _entries[path] = new Entry(content, value, reported);
        diagnostics.AddRange(reported);
        return value;
    }

    public void ResetCounts()
    {
        _parsed = 0;
        _reused = 0;
        _used.Clear();
    }

    /// <summary>Forgets files the last build did not ask for (deleted or renamed).</summary>
    public void Sweep()
    {
        foreach (var path in _entries.Keys.Where(p => !_used.ContainsKey(p)))
        {
            _entries.TryRemove(path, out _);
        }
    }
}
