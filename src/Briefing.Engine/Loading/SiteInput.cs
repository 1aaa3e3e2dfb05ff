namespace Briefing.Engine.Loading;

/// <summary>A file of the site: <see cref="RelativePath"/> inside its folder, <see cref="DisplayPath"/> as diagnostics print it.</summary>
public sealed record InputFile(string RelativePath, string DisplayPath, byte[] Content);

/// <summary>The raw bytes of a site's content and theme, read from disk or written inline by a test.</summary>
public sealed record SiteInput(string InputFolder, IReadOnlyList<InputFile> Content, IReadOnlyList<InputFile> Theme)
{
    public InputFile? Find(string relativePath) =>
        Content.FirstOrDefault(f => string.Equals(f.RelativePath, relativePath, StringComparison.Ordinal));
}
