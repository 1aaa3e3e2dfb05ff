using System.Collections.Concurrent;

namespace Briefing.Engine.Incremental;

/// <summary>
/// Site-wide files (feeds, sitemaps, data) by path with the hash of the record each was made from; made again only
/// when it changes. Only the hash is kept, not the record: a feed's record holds its entries' whole text.
/// </summary>
internal sealed class SiteFileMemo
{
    private readonly ConcurrentDictionary<string, (UInt128 Key, byte[] Content)> _files = new(StringComparer.Ordinal);

    public byte[] Get(string path, object key, Func<byte[]> make)
    {
        var hash = ViewHash.Of(key);
        if (_files.TryGetValue(path, out var earlier) && earlier.Key == hash)
        {
            return earlier.Content;
        }

        var content = make();
        _files[path] = (hash, content);
        return content;
    }
}
