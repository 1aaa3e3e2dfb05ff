using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;

namespace Briefing.Engine;

public sealed record BuildOptions(
    bool Drafts = false,
    bool Strict = false,
    string? BaseUrl = null,
    bool NoIndex = false);

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, RenderedSite? Site)
{
    public bool Succeeded => Site is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>Runs the four stages: Load → Resolve → Render → (optionally) Write. Every stage runs so all problems are reported at once.</summary>
public static class SiteBuilder
{
    /// <summary>Builds in memory; nothing is written.</summary>
    /// <param name="progress">Told as briefings are parsed and pages rendered, for a progress display.</param>
    public static BuildResult Build(SiteInput input, BuildOptions options, DiagnosticBag? diagnostics = null, IProgress<BuildProgress>? progress = null) =>
        Build(input, options, diagnostics ?? new DiagnosticBag(), progress, null);

    /// <summary>The one build path; a <see cref="SiteSession"/> passes its cache, a full build none.</summary>
    internal static BuildResult Build(SiteInput input, BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, BuildCache? cache)
    {
        if (options.BaseUrl is { } baseUrl && !Markdown.UrlPolicy.IsSiteBase(baseUrl))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, SourceLocation.None, $"base URL '{baseUrl}' must be an absolute http:// or https:// address with no query or fragment, e.g. https://example.org");
            options = options with { BaseUrl = null };
        }

        // A one-shot build keeps no briefing's Markdown tree between stages; a session keeps them for its next rebuild.
        var dropTrees = cache is null;
        var loaded = SiteLoader.Load(input, diagnostics, options.Drafts, progress, cache, dropTrees);
        var resolved = SiteResolver.Resolve(loaded, diagnostics, dropTrees);
        var rendered = SiteRenderer.Render(resolved, new RenderOptions(options.BaseUrl, options.NoIndex), diagnostics, progress, cache, dropTrees);
        var sorted = diagnostics.Sorted(options.Strict);
        var failed = sorted.Any(d => d.Severity == Severity.Error);
        return new BuildResult(sorted, failed ? null : rendered);
    }

    /// <summary>Builds and, only if nothing failed, swaps the result into <paramref name="outputFolder"/>.</summary>
    public static BuildResult BuildAndWrite(SiteInput input, BuildOptions options, string outputFolder, IEnumerable<string> protectedFolders, SiteWriter? writer = null, IProgress<BuildProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var result = Build(input, options, diagnostics, progress);
        if (result.Site is null)
        {
            return result;
        }

        (writer ?? new SiteWriter()).Write(result.Site, outputFolder, protectedFolders, diagnostics, progress);
        var sorted = diagnostics.Sorted(options.Strict);
        return sorted.Any(d => d.Severity == Severity.Error) ? new BuildResult(sorted, null) : result with { Diagnostics = sorted };
    }
}
