using System.Buffers;

namespace Briefing.Engine.Loading;

/// <summary>A file of the site: <see cref="RelativePath"/> inside its folder, <see cref="DisplayPath"/> as diagnostics print it.</summary>
public sealed class InputFile
{
    private readonly byte[]? _content;
    private readonly string? _path;

    /// <summary>A file whose bytes are already in memory: read with its folder, or written inline by a test.</summary>
    public InputFile(string relativePath, string displayPath, byte[] content)
    {
        RelativePath = relativePath;
        DisplayPath = displayPath;
        _content = content;
    }

    private InputFile(string relativePath, string displayPath, string path)
    {
        RelativePath = relativePath;
        DisplayPath = displayPath;
        _path = path;
    }

    public string RelativePath { get; }

    public string DisplayPath { get; }

    /// <summary>
    /// The file's bytes. A file listed but left unread (<see cref="Unread"/>) is read from disk at each call, and may
    /// throw <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>; nothing keeps its bytes, so they
    /// live only as long as the caller holds them.
    /// </summary>
    public byte[] Content => _content ?? File.ReadAllBytes(_path!);

    /// <summary>The file's bytes when they were read with its folder or given; null for a file left to be read when it is loaded.</summary>
    internal byte[]? Bytes => _content;

    /// <summary>
    /// The file's bytes, lent until the lease is disposed. A file left unread is read into an array of the shared pool:
    /// ten thousand briefings read into new arrays were ten thousand arrays for the collector to clear, fault in and
    /// collect, where a few reused arrays serve. May throw as <see cref="Content"/> does.
    /// </summary>
    internal LentBytes Lend()
    {
        if (_content is { } content)
        {
            return new LentBytes(content, content.Length, pooled: false, content.Length);
        }

        using var handle = File.OpenHandle(_path!);

        // One byte more than the limit allows, so a file grown past it since it was listed is still seen to be too large;
        // the pool may lend a larger array, but no more than that is read.
        var wanted = (int)Math.Min(RandomAccess.GetLength(handle), InputReader.MaxFileBytes) + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(wanted);
        var read = 0;
        for (int last; read < wanted && (last = RandomAccess.Read(handle, buffer.AsSpan(read, wanted - read), read)) > 0;)
        {
            read += last;
        }

        // A file too large is reported with its size, not with what was read of it.
        var length = read > InputReader.MaxFileBytes ? Math.Max(read, RandomAccess.GetLength(handle)) : read;
        return new LentBytes(buffer, read, pooled: true, length);
    }

    /// <summary>
    /// A file listed and checked for size, whose bytes are read only when it is loaded: a site's Markdown is most of
    /// its bytes, and each file's are needed only while it is parsed.
    /// </summary>
    internal static InputFile Unread(string relativePath, string displayPath, string path) => new(relativePath, displayPath, path);
}

/// <summary>A file's bytes, the first <paramref name="length"/> of <paramref name="array"/>, until disposed; nothing may keep them after.</summary>
/// <param name="fileLength">The file's length: more than was read when it is over the limit on what is read.</param>
internal sealed class LentBytes(byte[] array, int length, bool pooled, long fileLength) : IDisposable
{
    private bool _returned;

    /// <summary>The file's length when it was read: more than <see cref="Span"/> holds when the file is over <see cref="InputReader.MaxFileBytes"/>.</summary>
    public long FileLength => fileLength;

    public ReadOnlySpan<byte> Span => _returned ? throw new ObjectDisposedException(nameof(LentBytes)) : array.AsSpan(0, length);

    public void Dispose()
    {
        if (pooled && !_returned)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _returned = true;
    }
}

/// <summary>The raw bytes of a site's content and theme, read from disk or written inline by a test.</summary>
public sealed record SiteInput(string InputFolder, IReadOnlyList<InputFile> Content, IReadOnlyList<InputFile> Theme)
{
    public InputFile? Find(string relativePath) =>
        Content.FirstOrDefault(f => string.Equals(f.RelativePath, relativePath, StringComparison.Ordinal));
}
