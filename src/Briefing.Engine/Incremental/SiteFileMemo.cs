using System.Collections.Concurrent;

namespace Briefing.Engine.Incremental;

/// <summary>Site-wide files (feed, sitemap) by path with the value-equal record they were written from; made again only when it changes.</summary>
internal sealed class SiteFileMemo
{
    private readonly ConcurrentDictionary<string, (object Key, byte[] Content)> _files = new(StringComparer.Ordinal);

    public byte[] Get(string path, object key, Func<byte[]> make)
    {
        if (_files.TryGetValue(path, out var earlier) && earlier.Key.Equals(key))
        {
            return earlier.Content;
        }

        var content = make();
        _files[path] = (key, content);
        return content;
    }
}
