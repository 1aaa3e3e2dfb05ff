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
    /// Several entries, read into as few arrays as their sizes allow, each entry a part of one; a missing or unreadable
    /// entry, or one that changed while it was read, is null. An array of its own for each of many large entries had the
    /// collector run a full collection every few entries, each time the budget for large objects ran out.
    /// </summary>
    /// <param name="maxArray">The largest array to fill; entries are put together up to it, and a larger entry is not read.</param>
    public static ReadOnlyMemory<byte>?[] ReadTogether(string folder, IReadOnlyList<string> names, int maxArray = 1 << 28)
    {
        var lengths = names.Select(name => (int)LengthOf(Path.Combine(folder, name), maxArray)).ToArray();

        var entries = new ReadOnlyMemory<byte>?[names.Count];
        var first = 0;
        while (first < names.Count)
        {
            // The entries from first up to end share one array.
            var end = first;
            long size = 0;
            while (end < names.Count && (end == first || size + Math.Max(lengths[end], 0) <= maxArray))
            {
                size += Math.Max(lengths[end], 0);
                end++;
            }

            var together = GC.AllocateUninitializedArray<byte>((int)size);
            var at = 0;
            for (var i = first; i < end; i++)
            {
                if (lengths[i] >= 0)
                {
                    entries[i] = ReadInto(Path.Combine(folder, names[i]), together.AsMemory(at, lengths[i]));
                    at += lengths[i];
                }
            }

            first = end;
        }

        return entries;
    }

    /// <summary>The file's bytes in <paramref name="target"/>, which is its length when it was looked at; null when it is no longer that length or cannot be read.</summary>
    private static ReadOnlyMemory<byte>? ReadInto(string path, Memory<byte> target)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            if (RandomAccess.GetLength(handle) != target.Length)
            {
                return null;
            }

            var read = 0;
            while (read < target.Length && RandomAccess.Read(handle, target.Span[read..], read) is var count and > 0)
            {
                read += count;
            }

            return read == target.Length ? target : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
