using System.Collections.Concurrent;

namespace Briefing.Engine.Markdown;

/// <summary>
/// One string object for each short text met again and again: an entity or source id that ten thousand
/// briefings name, a link that every page has. Everything a build keeps from one stage to the next is
/// traced by the collector each time it runs; a string per mention made a large part of that.
/// </summary>
/// <remarks>Safe from any thread. Past <see cref="MaxEntries"/> texts (a preview open for weeks), new texts are not kept.</remarks>
internal sealed class SharedStrings
{
    private const int MaxEntries = 1 << 20;
    private const int MaxLength = 256;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    // Counted here, not asked of the dictionary: its count takes every one of its locks, and rendering threads
    // asked it for each id not seen before, such as each address a site link names.
    private int _count;

    public SharedStrings()
    {
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The ids Markdown names: entity and source ids, for the whole process.</summary>
    public static SharedStrings Ids { get; } = new();

    public string Get(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var made = text.ToString();
        if (text.Length > MaxLength || Volatile.Read(ref _count) >= MaxEntries)
        {
            return made;
        }

        var kept = _strings.GetOrAdd(made, made);
        if (ReferenceEquals(kept, made))
        {
            Interlocked.Increment(ref _count);
        }

        return kept;
    }
}
