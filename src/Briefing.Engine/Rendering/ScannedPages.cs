using System.Collections.Concurrent;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Takes each page's links and ids as soon as it is rendered, while its bytes are fresh in the cache and every
/// core is busy rendering, then passes the page on; only the links and ids, not the page, are kept for the check.
/// </summary>
/// <param name="links">Where each page's links and ids go, by page path.</param>
/// <param name="memo">Scans of earlier builds, for pages handed over as the same array as last time.</param>
internal sealed class ScannedPages(IRenderedFiles output, ConcurrentDictionary<string, PageLinks> links, IRenderMemo memo) : IRenderedFiles
{
    private readonly LinkTable _table = new();

    public void Add(string path, byte[] content)
    {
        links[path] = memo.Links(path, content, () => RenderedLinkChecker.Scan(_table, content));
        output.Add(path, content);
    }

    /// <summary>A page left as the previous output has it, with the links and ids recorded when it was written.</summary>
    public void Keep(string path, PageLinks recorded)
    {
        links[path] = recorded;
        output.Keep(path);
    }

    void IRenderedFiles.Keep(string path) => throw new InvalidOperationException("a page kept from the previous output comes with its recorded links");

    /// <remarks>Lent bytes are gone after the call, so no later build could tell them unchanged: they are scanned, never remembered.</remarks>
    public void AddLent(string path, ReadOnlySpan<byte> content)
    {
        links[path] = RenderedLinkChecker.Scan(_table, content);
        output.AddLent(path, content);
    }
}
