using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Engine.Loading;

/// <summary>Reads an entry of the build cache folder; a missing or unreadable entry is simply not there.</summary>
internal static class CacheReader
{
    /// <summary>An entry is never larger than what it caches: every width and format of the largest image allowed.</summary>
    private const long MaxEntryBytes = 16L * MediaLimits.MaxFileBytes;

    /// <param name="maxBytes">The largest entry to read; larger is not an entry this engine wrote.</param>
    public static byte[]? Read(string folder, string name, long maxBytes = MaxEntryBytes)
    {
        var path = Path.Combine(folder, name);
        try
        {
            return LengthOf(path, maxBytes) >= 0 ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The 128-bit hash of an entry's bytes, or of a part of them; a mapped entry's are read from its file for it (<see cref="MappedFile.Hash"/>).</summary>
    /// <exception cref="IOException">A mapped entry's file could not be read whole.</exception>
    public static UInt128 Hash(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetMemoryManager(bytes, out MappedFile? mapped, out var start, out var length)
            ? mapped.Hash(start, length)
            : XxHash128.HashToUInt128(bytes.Span);

    /// <summary>The names of the entries matching <paramref name="pattern"/>, in ordinal order; none when the folder is not there or cannot be read.</summary>
    public static IReadOnlyList<string> Names(string folder, string pattern)
    {
        try
        {
            var entries = new DirectoryInfo(folder);
            return entries.Exists ? [.. entries.EnumerateFiles(pattern).Select(f => f.Name).Order(StringComparer.Ordinal)] : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The name of the entry matching <paramref name="pattern"/> that was written last; null when there is none or the folder cannot be read.</summary>
    public static string? Newest(string folder, string pattern)
    {
        try
        {
            var entries = new DirectoryInfo(folder);
            return entries.Exists ? entries.EnumerateFiles(pattern).MaxBy(f => f.LastWriteTimeUtc)?.Name : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The length of an entry there is to read: a file, not a link, of at most <paramref name="maxBytes"/>; -1 for any other.</summary>
    private static long LengthOf(string path, long maxBytes)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.LinkTarget is null && file.Length <= maxBytes ? file.Length : -1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>
    /// Several entries, each mapped into memory rather than read (see <see cref="MappedFile"/>); a missing, empty or
    /// unreadable entry, or a link, is null. Reading many large entries into arrays also had the collector run a full
    /// collection every few entries, each time the budget for large objects ran out; mapped memory is not the collector's.
    /// </summary>
    /// <param name="maxBytes">The largest entry to map; larger is not an entry this engine wrote.</param>
    public static ReadOnlyMemory<byte>?[] Map(string folder, IReadOnlyList<string> names, int maxBytes = int.MaxValue)
    {
        var entries = new ReadOnlyMemory<byte>?[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var path = Path.Combine(folder, names[i]);
            entries[i] = LengthOf(path, maxBytes) > 0 ? MappedFile.Open(path)?.Memory : null;
        }

        return entries;
    }
}
