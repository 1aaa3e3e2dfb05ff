using System.Collections.Concurrent;
using System.Collections.Frozen;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering;
using Briefing.Engine.Rendering.Search;
using Scriban;

namespace Briefing.Engine.Incremental;

/// <summary>What a build of a session did again and what it reused from the build before.</summary>
/// <param name="FilesParsed">Input and theme files parsed (new or changed).</param>
/// <param name="FilesReused">Files whose earlier parse was reused.</param>
/// <param name="PagesRendered">Pages rendered through the templates.</param>
/// <param name="PagesReused">Pages whose earlier HTML was reused.</param>
/// <param name="ImagesEncoded">Images decoded and encoded (new or changed).</param>
/// <param name="ImagesReused">Images whose earlier files were reused.</param>
/// <param name="MarkdownReused">Briefings' and pages' Markdown read from the build cache rather than parsed (a session's first build only).</param>
public sealed record BuildStatistics(int FilesParsed, int FilesReused, int PagesRendered, int PagesReused, int ImagesEncoded = 0, int ImagesReused = 0, int MarkdownReused = 0);

/// <summary>What one build of a <see cref="SiteSession"/> keeps for the next; each part is keyed by everything its result depends on.</summary>
/// <param name="imageCache">The folder encoded images are also kept in, for builds after the session; null for none.</param>
/// <param name="markdownCache">The folder <c>build</c> keeps parsed Markdown in, read by the session's first build; null for none.</param>
internal sealed class BuildCache(string? imageCache = null, string? markdownCache = null) : ILoadMemo, IRenderMemo
{
    // The first build would parse every text; those the last build kept are read instead. Later builds parse only the
    // files that changed, so the folder is not read again, and it is left as that build wrote it.
    private MarkdownMemo? _markdown = markdownCache is null ? null : new MarkdownMemo(markdownCache);

    /// <summary>Encoded images per content hash and settings.</summary>
    public ImageMemo Images { get; } = new(imageCache, keepInMemory: true);

    /// <summary>Loading results per input file.</summary>
    public FileMemo Files { get; } = new();

    /// <summary>Parsed Scriban templates per theme file.</summary>
    public FileMemo Templates { get; } = new();

    public PageMemo Pages { get; } = new();

    public SiteFileMemo SiteFiles { get; } = new();

    /// <summary>The links and ids found in each rendered page, by page path, with the page's bytes as <see cref="Pages"/> keeps them.</summary>
    public ConcurrentDictionary<string, (byte[] Html, PageLinks Links)> LinkScans { get; } = new(StringComparer.Ordinal);

    public T Parse<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse) =>
        Files.Get(file.DisplayPath, file.Content, diagnostics, parse);

    /// <remarks>A session keeps each file's whole parse, so a text is parsed again only when its file changed.</remarks>
    public MarkdownLookup FindMarkdown(ReadOnlySpan<byte> content) => _markdown?.FindMarkdown(content) ?? default;

    public ParsedMarkdown Markdown(MarkdownLookup lookup, string text, Func<string, ParsedMarkdown> parse) =>
        _markdown is { } kept ? kept.Markdown(lookup, text, parse) : parse(text);

    public bool KeepsPages => true;

    public Template? Template(ThemeFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, Template?> parse) =>
        Templates.Get(file.Path, file.Content, diagnostics, parse);

    public void UseTheme(IEnumerable<Template> templates) => Pages.UseTheme(templates);

    /// <remarks>The preview's session keeps no page's inputs: it compares every page's views (<see cref="PageMemo"/>).</remarks>
    public EarlierPage? PageFromInputs(string path, UInt128 inputs) => null;

    public EarlierPage? Page(string url, string path, PageFingerprint fingerprint, Func<string, Template?> currentTemplate) =>
        Pages.Find(url, fingerprint, currentTemplate) is { } html ? new EarlierPage.Kept(html) : null;

    public byte[] Keep(string url, PageFingerprint fingerprint, IReadOnlyList<(string Name, Template Template)> templates, ReadOnlySpan<byte> html)
    {
        var kept = html.ToArray();
        Pages.Store(url, fingerprint, templates, kept);
        return kept;
    }

    public byte[]? SiteFile(string path, object key, Func<byte[]> make) => SiteFiles.Get(path, key, make);

    /// <remarks>The preview's site is in memory, with no previous output to leave a file in.</remarks>
    public bool Unchanged(string path, object key) => false;

    public bool FileFromInputs(string path, UInt128 inputs) => false;

    /// <remarks>The arrays are the page memo's own, handed over for good: a page's scan is reused while it is the same array.</remarks>
    public PageLinks Links(string path, byte[] html, Func<PageLinks> scan)
    {
        if (LinkScans.TryGetValue(path, out var scanned) && ReferenceEquals(scanned.Html, html))
        {
            return scanned.Links;
        }

        var links = scan();
        LinkScans[path] = (html, links);
        return links;
    }

    public void KeepLinksOf(IReadOnlyDictionary<string, PageLinks> pages)
    {
        foreach (var gone in LinkScans.Keys.Where(k => !pages.ContainsKey(k)))
        {
            LinkScans.TryRemove(gone, out _);
        }
    }

    /// <remarks>A preview shows the pages of a build that failed as well, whose links were never found whole.</remarks>
    public IReadOnlySet<string> CheckedBefore(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages) => FrozenSet<string>.Empty;

    /// <remarks>A session splits every document again: keeping the terms of every document between saves would hold the whole site's words in memory.</remarks>
    public ISearchMemo Search(string language) => NoSearchMemo.Instance;

    public void BeginBuild()
    {
        Files.BeginBuild();
        Templates.BeginBuild();
        Pages.BeginBuild();
        Images.BeginBuild();
    }

    /// <summary>After a good build, forgets what it did not use; a failed build keeps everything, since the next save usually restores it.</summary>
    public BuildStatistics EndBuild(bool succeeded)
    {
        if (succeeded)
        {
            Files.Sweep();
            Templates.Sweep();
            Pages.Sweep();
            Images.Sweep();
        }

        var markdownReused = _markdown?.Reused ?? 0;
        _markdown = null;
        return new BuildStatistics(Files.Parsed + Templates.Parsed, Files.Reused + Templates.Reused, Pages.Rendered, Pages.Reused, Images.Encoded, Images.Reused, markdownReused);
    }
}
