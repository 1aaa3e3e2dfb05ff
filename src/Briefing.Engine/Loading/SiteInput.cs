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

    /// <summary>
    /// A file listed and checked for size, whose bytes are read only when it is loaded: a site's Markdown is most of
    /// its bytes, and each file's are needed only while it is parsed.
    /// </summary>
    internal static InputFile Unread(string relativePath, string displayPath, string path) => new(relativePath, displayPath, path);
}

/// <summary>The raw bytes of a site's content and theme, read from disk or written inline by a test.</summary>
public sealed record SiteInput(string InputFolder, IReadOnlyList<InputFile> Content, IReadOnlyList<InputFile> Theme)
{
    public InputFile? Find(string relativePath) =>
        Content.FirstOrDefault(f => string.Equals(f.RelativePath, relativePath, StringComparison.Ordinal));
}
