using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Media;
using Briefing.Engine.Model;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;

namespace Briefing.Engine;

/// <param name="ImageCache">The folder encoded images are kept in between builds; null to encode every image (<c>--no-cache</c>).</param>
/// <param name="OutputCache">The folder the record of the last output written is kept in, so that a build renders only pages whose views changed and writes only files whose bytes changed; null to render and write everything (<c>--no-cache</c>).</param>
/// <param name="MarkdownCache">The folder parsed Markdown is kept in, so that a build parses only texts that changed, and a preview's first build only texts changed since the last build; null to parse everything (<c>--no-cache</c>).</param>
/// <param name="SearchCache">The folder each edition's search terms are kept in, so that a build splits only search documents that changed; read only with <paramref name="OutputCache"/>, whose memo the search index asks; null to split every document (<c>--no-cache</c>).</param>
/// <param name="RelatedCache">The folder the related briefings each edition's last build found are kept in, so that a build whose briefings' subjects are unchanged does not match them again; null to match them in every build (<c>--no-cache</c>).</param>
public sealed record BuildOptions(
    bool Drafts = false,
    bool Strict = false,
    string? BaseUrl = null,
    bool NoIndex = false,
    string? ImageCache = null,
    string? OutputCache = null,
    string? MarkdownCache = null,
    string? SearchCache = null,
    string? RelatedCache = null)
{
    /// <summary>
    /// Makes and compares the views of every page whose inputs are unchanged as well, failing the build when they differ:
    /// for the tests, which so check that a page's inputs cover everything its views are made from.
    /// </summary>
    internal bool ProveInputs { get; init; }
}

/// <summary>Every problem a build found, sorted, and whether it produced a site.</summary>
public abstract record BuildOutcome(IReadOnlyList<Diagnostic> Diagnostics)
{
    public abstract bool Succeeded { get; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Every briefing marked draft; published only when the build's options include drafts.</summary>
    public IReadOnlyList<DraftBriefing> Drafts { get; init; } = [];

    /// <summary>Images this build decoded and encoded.</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>Images whose files an earlier build made, taken from the image cache.</summary>
    public int ImagesReused { get; init; }
}

/// <summary>A build in memory: the site, unless it failed.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, RenderedSite? Site) : BuildOutcome(Diagnostics)
{
    public override bool Succeeded => Site is not null && Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>A build that could take from the build cache, with the path of every file it made.</summary>
/// <param name="Files">Every file's path, in ordinal order; null when the build failed.</param>
public abstract record CachedBuildOutcome(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Files) : BuildOutcome(Diagnostics)
{
    public override bool Succeeded => Files is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Pages rendered through the templates.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Pages whose views hash as the build cache's record says, so not rendered again: their recorded links go to the link check.</summary>
    public int PagesReused { get; init; }

    /// <summary>Of <see cref="PagesReused"/>, the pages made from the same inputs as before, whose views were not even made.</summary>
    public int PagesFromInputs { get; init; }

    /// <summary>With the build cache, the briefings' and pages' Markdown files parsed; the others' were taken from the cache (<see cref="MarkdownReused"/>).</summary>
    public int MarkdownParsed { get; init; }

    public int MarkdownReused { get; init; }

    /// <summary>With the build cache, the search documents split into terms; the others' terms were taken from the cache (<see cref="SearchReused"/>).</summary>
    public int SearchSplit { get; init; }

    public int SearchReused { get; init; }

    /// <summary>Of <see cref="SearchReused"/>, the documents whose terms were found by the inputs they are made from, before the document was made; with its file left as it was, it is not made at all.</summary>
    public int SearchFromInputs { get; init; }

    /// <summary>With the build cache, the editions whose related briefings were found by matching; the others' were taken from the cache.</summary>
    public int RelatedFound { get; init; }
}

/// <summary>A build checked and not written (<c>check</c>): every problem, and the files it would write.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Files) : CachedBuildOutcome(Diagnostics, Files);

/// <summary>A build written to an output folder.</summary>
/// <param name="Files">The path of every file of the output folder, in ordinal order; null when the build failed and the previous output is unchanged.</param>
/// <remarks>Its <see cref="CachedBuildOutcome.PagesReused"/> are left in the output as the previous build wrote them.</remarks>
public sealed record WriteResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Files) : CachedBuildOutcome(Diagnostics, Files)
{
    /// <summary>Feeds, sitemaps, data files and search documents' files left in the output as they were, made from records equal to those of the previous build (with the build cache).</summary>
    public int FilesReused { get; init; }

    /// <summary>Of <see cref="FilesReused"/>, the feeds and search documents' files made from the same inputs as the previous output's, which were not made at all.</summary>
    public int FilesFromInputs { get; init; }

    /// <summary>Files written; with the build cache, the rest were already in the output with the same bytes.</summary>
    public int FilesWritten { get; init; }
}

/// <summary>Runs the four stages: Load → Resolve → Render → (optionally) Write. Every stage runs so all problems are reported at once.</summary>
public static class SiteBuilder
{
    /// <summary>Builds in memory; nothing is written.</summary>
    /// <param name="progress">Told as briefings are parsed and pages rendered, for a progress display.</param>
    public static BuildResult Build(SiteInput input, BuildOptions options, DiagnosticBag? diagnostics = null, IProgress<BuildProgress>? progress = null) =>
        Build(input, options, diagnostics ?? new DiagnosticBag(), progress, NoLoadMemo.Instance, NoRenderMemo.Instance, ImageMemoFor(options));

    /// <summary>The one build path; a <see cref="SiteSession"/> passes the memos it keeps between builds, a full build the no-op ones.</summary>
    internal static BuildResult Build(SiteInput input, BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, ILoadMemo loadMemo, IRenderMemo renderMemo, IImageMemo imageMemo)
    {
        options = WithUsableBaseUrl(options, diagnostics);
        var resolved = Resolve(input, options, diagnostics, progress, loadMemo, null, out var drafts);
        var rendered = SiteRenderer.Render(resolved, new RenderOptions(options.BaseUrl, options.NoIndex), diagnostics, progress, renderMemo, imageMemo);
        var sorted = diagnostics.Sorted(options.Strict);
        var failed = sorted.Any(d => d.Severity == Severity.Error);
        return new BuildResult(sorted, failed ? null : rendered) { Drafts = drafts, ImagesEncoded = imageMemo.Encoded, ImagesReused = imageMemo.Reused };
    }

    /// <summary>
    /// Builds as <see cref="BuildAndWrite"/> would and writes nothing, the build cache included: what <c>check</c> runs.
    /// With <see cref="BuildOptions.MarkdownCache"/> it parses only Markdown the cache lacks; with
    /// <see cref="BuildOptions.OutputCache"/> a page whose views hash as in the newest build's record is not rendered,
    /// and its recorded links go to the link check, as in a build with the cache. Images are always encoded, since
    /// reusing one would mean writing the image cache.
    /// </summary>
    /// <remarks>
    /// A record says what a page rendered from equal views held whichever folder it was written to, so the output it
    /// describes need not be there, nor be as it was left.
    /// </remarks>
    public static CheckResult Check(SiteInput input, BuildOptions options, DiagnosticBag? diagnostics = null, IProgress<BuildProgress>? progress = null)
    {
        diagnostics ??= new DiagnosticBag();
        options = WithUsableBaseUrl(options, diagnostics);
        var earlier = options.OutputCache is { } cache
            ? Task.Run(() => OutputRecord.Newest(cache, OutputMemo.Key(input, options.Drafts, options.BaseUrl, options.NoIndex)))
            : Task.FromResult<OutputRecord?>(null);

        // Never saved: what this build parsed is kept only by a build that writes.
        var markdown = options.MarkdownCache is { } markdownCache ? new MarkdownMemo(markdownCache) : null;
        var related = options.RelatedCache is { } relatedCache ? new RelatedMemo(relatedCache, options.ProveInputs) : null;
        var resolved = Resolve(input, options, diagnostics, progress, (ILoadMemo?)markdown ?? NoLoadMemo.Instance, related, out var drafts);
        // Read, never saved, as the Markdown and the related briefings are.
        var memo = earlier.GetAwaiter().GetResult() is { } record ? new OutputMemo(record, options.SearchCache, options.ProveInputs, record.Key) : null;
        var images = new NoImageMemo();
        var files = SiteRenderer.RenderTo(DroppedFiles.Instance, resolved, new RenderOptions(options.BaseUrl, options.NoIndex), diagnostics, progress, (IRenderMemo?)memo ?? NoRenderMemo.Instance, images);
        var sorted = diagnostics.Sorted(options.Strict);
        return new CheckResult(sorted, sorted.Any(d => d.Severity == Severity.Error) ? null : files)
        {
            Drafts = drafts,
            ImagesEncoded = images.Encoded,
            PagesRendered = memo?.Rendered ?? files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)),
            PagesReused = memo?.Reused ?? 0,
            PagesFromInputs = memo?.ReusedByInputs ?? 0,
            MarkdownParsed = markdown?.Parsed ?? 0,
            MarkdownReused = markdown?.Reused ?? 0,
            SearchSplit = memo?.SearchDocuments.Split ?? 0,
            SearchReused = memo?.SearchDocuments.Reused ?? 0,
            SearchFromInputs = memo?.SearchDocuments.FromInputs ?? 0,
            RelatedFound = related?.Found ?? 0,
        };
    }

    /// <summary>A one-shot build's images: from the cache folder when the options name one, otherwise all encoded.</summary>
    private static IImageMemo ImageMemoFor(BuildOptions options) =>
        options.ImageCache is { } folder ? new ImageMemo(folder, keepInMemory: false) : new NoImageMemo();

    /// <summary>
    /// Builds and, only if nothing failed, puts the result in <paramref name="outputFolder"/>. Each file is written
    /// to a staging folder as soon as it is rendered, so the site's pages are never all in memory; the staging folder
    /// is then swapped in whole. With <see cref="BuildOptions.OutputCache"/>, and an output exactly as its record
    /// says the last build left it, only pages whose views changed are rendered and only changed files are written,
    /// then moved into the output.
    /// </summary>
    /// <param name="diagnostics">Holds what reading the input found, if anything, to be reported with the build's own problems.</param>
    public static WriteResult BuildAndWrite(SiteInput input, BuildOptions options, string outputFolder, IEnumerable<string> protectedFolders, SiteWriter? writer = null, IProgress<BuildProgress>? progress = null, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        options = WithUsableBaseUrl(options, diagnostics);

        // A record is trusted only for an output found exactly as it describes. Reading it and checking every file
        // of the output against it reads only the disk, so it runs while the site loads rather than after.
        var cacheKey = options.OutputCache is null ? null : OutputMemo.Key(input, options.Drafts, options.BaseUrl, options.NoIndex);
        var earlier = options.OutputCache is { } cache ? Task.Run(() => PreviousOutputOf(cache, outputFolder, cacheKey!)) : Task.FromResult<(OutputRecord?, PreviousOutput?)>(default);
        var markdown = options.MarkdownCache is { } markdownCache ? new MarkdownMemo(markdownCache) : null;
        var related = options.RelatedCache is { } relatedCache ? new RelatedMemo(relatedCache, options.ProveInputs) : null;
        var resolved = Resolve(input, options, diagnostics, progress, (ILoadMemo?)markdown ?? NoLoadMemo.Instance, related, out var drafts);

        var (record, previous) = earlier.GetAwaiter().GetResult();

        // An unusable output folder, or errors already found, still get the rendering's own problems reported, but nothing is written.
        using var staged = (writer ?? new SiteWriter()).Stage(outputFolder, protectedFolders, diagnostics, previous, account: cacheKey is not null);

        // What loading parsed depends on the texts alone, and the related briefings on the briefings' subjects alone,
        // so both are kept whatever the build's outcome, beside rendering; but a build refused its output folder writes
        // nothing at all.
        var saved = staged is null ? Task.CompletedTask : Task.Run(() =>
        {
            markdown?.Save();
            related?.Save();
        });
        var searchSaved = Task.CompletedTask;
        Task<CacheWriter.PendingEntry?>? newRecord = null;
        try
        {
            var memo = cacheKey is null ? null : new OutputMemo(staged is UpdatedOutput ? record : null, options.SearchCache, options.ProveInputs, cacheKey);
            var images = ImageMemoFor(options);
            var writing = staged is not null && !diagnostics.HasErrors;

            // The new record is made and written as soon as every file is, while links are checked and the output is
            // put in place, under a name no build reads; it takes its own name only once the output is as it
            // describes, and is dropped if the build fails. A record that cannot be written costs the next build
            // time, nothing else.
            var files = SiteRenderer.RenderTo(
                writing ? staged! : DroppedFiles.Instance,
                resolved,
                new RenderOptions(options.BaseUrl, options.NoIndex),
                diagnostics,
                progress,
                (IRenderMemo?)memo ?? NoRenderMemo.Instance,
                images,
                writing && memo is not null && staged!.Files is { } made
                    ? () => newRecord = Task.Run(() => memo.Record(cacheKey!, made).Prepare(options.OutputCache!, outputFolder))
                    : null);

            // Like the Markdown, the terms depend on the documents alone, so they are kept whatever the outcome.
            searchSaved = memo is null || staged is null ? Task.CompletedTask : Task.Run(memo.SaveSearch);
            var sorted = diagnostics.Sorted(options.Strict);
            var outcome = new WriteResult(sorted, null)
            {
                Drafts = drafts,
                ImagesEncoded = images.Encoded,
                ImagesReused = images.Reused,
                PagesRendered = memo?.Rendered ?? files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)),
                PagesReused = memo?.Reused ?? 0,
                PagesFromInputs = memo?.ReusedByInputs ?? 0,
                FilesReused = memo?.FilesReused ?? 0,
                FilesFromInputs = memo?.FilesFromInputs ?? 0,
                FilesWritten = staged?.Written ?? 0,
                MarkdownParsed = markdown?.Parsed ?? 0,
                MarkdownReused = markdown?.Reused ?? 0,
                SearchSplit = memo?.SearchDocuments.Split ?? 0,
                SearchReused = memo?.SearchDocuments.Reused ?? 0,
                SearchFromInputs = memo?.SearchDocuments.FromInputs ?? 0,
                RelatedFound = related?.Found ?? 0,
            };
            if (staged is null || sorted.Any(d => d.Severity == Severity.Error))
            {
                return outcome with { FilesWritten = 0 };
            }

            // The record goes before the output changes, so an update stopped half-way is never trusted.
            if (options.OutputCache is { } folder && !OutputRecord.Forget(folder, outputFolder))
            {
                diagnostics.Report(DiagnosticCodes.WriteFailed, new SourceLocation(Path.Combine(folder, OutputRecord.FileName(outputFolder)).Replace('\\', '/')), "could not remove the build cache's record of the output; delete the file, then build again");
                return outcome with { Diagnostics = diagnostics.Sorted(options.Strict), FilesWritten = 0 };
            }

            // Only a failed commit adds a problem, and then the files are not in place.
            if (!staged.Commit(diagnostics))
            {
                return outcome with { Diagnostics = diagnostics.Sorted(options.Strict), FilesWritten = 0 };
            }

            newRecord?.GetAwaiter().GetResult()?.Publish();
            return outcome with { Files = files };
        }
        finally
        {
            newRecord?.GetAwaiter().GetResult()?.Dispose();
            saved.GetAwaiter().GetResult();
            searchSaved.GetAwaiter().GetResult();
        }
    }

    /// <summary>The options, with a base URL that is not usable reported and dropped.</summary>
    private static BuildOptions WithUsableBaseUrl(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.BaseUrl is { } baseUrl && !UrlPolicy.IsSiteBase(baseUrl))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, SourceLocation.None, $"base URL '{baseUrl}' must be an absolute http:// or https:// address with no query or fragment, e.g. https://example.org");
            return options with { BaseUrl = null };
        }

        return options;
    }

    /// <summary>The build cache's record of the previous output, and that output when it is found exactly as recorded.</summary>
    private static (OutputRecord? Record, PreviousOutput? Output) PreviousOutputOf(string cache, string outputFolder, string key)
    {
        if (OutputRecord.Read(cache, outputFolder, key) is not { } record)
        {
            return default;
        }

        var files = record.Files.ToDictionary(f => f.Key, f => new WrittenFile(f.Value.Content, f.Value.Length, f.Value.Modified), StringComparer.Ordinal);
        return (record, PreviousOutput.Find(outputFolder, files));
    }

    /// <summary>Loads and resolves.</summary>
    private static SiteEditions Resolve(SiteInput input, BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, ILoadMemo memo, IResolutionMemo? resolutionMemo, out IReadOnlyList<DraftBriefing> drafts)
    {
        var loaded = SiteLoader.Load(input, diagnostics, options.Drafts, progress, memo);
        drafts = loaded.Drafts;
        return EditionResolver.Resolve(loaded, diagnostics, memo: resolutionMemo);
    }
}
