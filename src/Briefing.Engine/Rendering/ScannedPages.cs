using System.Collections.Concurrent;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Takes each page's links and ids as soon as it is rendered, while its bytes are fresh in the cache and every
/// core is busy rendering, then passes the page on; only the links and ids, not the page, are kept for the check.
/// </summary>
/// <param name="links">Where each page's links and ids go, by page path.</param>
/// <param name="earlier">Scans of earlier builds, for pages handed over as the same array as last time.</param>
internal sealed class ScannedPages(
    IRenderedFiles output,
    ConcurrentDictionary<string, PageLinks> links,
    ConcurrentDictionary<string, (byte[] Html, PageLinks Links)>? earlier) : IRenderedFiles
{
    private readonly LinkTable _table = new();

    public void Add(string path, byte[] content)
    {
        links[path] = earlier is null ? RenderedLinkChecker.Scan(_table, content) : RenderedLinkChecker.Scan(earlier, _table, path, content);
        output.Add(path, content);
    }

    public void AddLent(string path, ReadOnlySpan<byte> content)
    {
        // Lent bytes are gone after the call, so no later build can tell them unchanged.
        earlier?.TryRemove(path, out _);
        links[path] = RenderedLinkChecker.Scan(_table, content);
        output.AddLent(path, content);
    }
}
