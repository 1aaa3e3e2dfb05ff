using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Where the render stage puts each file as soon as it is made: kept in memory (the preview, tests), or
/// handed to the output stage, so that a build that writes never holds the whole site's pages at once.
/// </summary>
/// <remarks>Called from every rendering thread at once.</remarks>
internal interface IRenderedFiles
{
    /// <param name="content">Valid only during the call: a page's bytes may be lent by the renderer.</param>
    void Add(string path, ReadOnlyMemory<byte> content);
}

/// <summary>Keeps every file in memory, for a <see cref="RenderedSite"/>.</summary>
internal sealed class KeptFiles : IRenderedFiles
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Add(string path, ReadOnlyMemory<byte> content) =>
        _files[path] = MemoryMarshal.TryGetArray(content, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length ? whole.Array : content.ToArray();

    public RenderedSite ToSite() => new(new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal));
}

/// <summary>Drops every file: the site is rendered only for the problems rendering finds, as when the output folder is unusable.</summary>
internal sealed class DroppedFiles : IRenderedFiles
{
    public static readonly DroppedFiles Instance = new();

    private DroppedFiles()
    {
    }

    public void Add(string path, ReadOnlyMemory<byte> content)
    {
    }
}
