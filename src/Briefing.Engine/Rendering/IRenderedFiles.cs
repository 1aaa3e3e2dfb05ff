using System.Collections.Concurrent;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Where the render stage puts each file as soon as it is made: kept in memory (the preview, tests), or
/// handed to the output stage, so that a build that writes never holds the whole site's pages at once.
/// </summary>
/// <remarks>
/// Called from every rendering thread at once. Who owns a file's bytes is in the method called, never
/// guessed from the bytes: an array is handed over for good, a span is only lent.
/// </remarks>
internal interface IRenderedFiles
{
    /// <summary>Adds a file whose array is handed over: nothing writes to it again, so it may be kept as it is.</summary>
    void Add(string path, byte[] content);

    /// <summary>Adds a file whose bytes are only lent, as a page from a renderer's reused buffer is.</summary>
    /// <param name="content">Valid only during the call: overwritten by the next page, so whatever keeps it copies it.</param>
    void AddLent(string path, ReadOnlySpan<byte> content);

    /// <summary>Leaves a file as the previous output has it: its bytes would be the same, so they were not made.</summary>
    /// <remarks>Only an output that updates the previous one is told this; the build cache says so only then.</remarks>
    void Keep(string path);
}

/// <summary>Keeps every file in memory, for a <see cref="RenderedSite"/>.</summary>
internal sealed class KeptFiles : IRenderedFiles
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Add(string path, byte[] content) => _files[path] = content;

    public void AddLent(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();

    public void Keep(string path) => throw new InvalidOperationException("a site kept in memory has no previous output to keep a file from");

    public RenderedSite ToSite() => new(new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal));
}

/// <summary>Drops every file: the site is rendered only for the problems rendering finds, as when the output folder is unusable.</summary>
internal sealed class DroppedFiles : IRenderedFiles
{
    public static readonly DroppedFiles Instance = new();

    private DroppedFiles()
    {
    }

    public void Add(string path, byte[] content)
    {
    }

    public void AddLent(string path, ReadOnlySpan<byte> content)
    {
    }

    public void Keep(string path)
    {
    }
}
