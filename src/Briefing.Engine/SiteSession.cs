using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;

namespace Briefing.Engine;


/// <summary>
/// Builds one site again and again, as the preview does after each save. Every build runs the same
/// stages as <see cref="SiteBuilder.Build(SiteInput, BuildOptions, DiagnosticBag?, IProgress{BuildProgress}?)"/>
/// and gives byte for byte the same files and diagnostics, but reuses what earlier builds computed from
/// unchanged inputs: parsed files, parsed templates, rendered Markdown, and each page whose view,
/// templates and assets are unchanged. Resolution always runs in full: it is linear and cheap, and it
/// is where one edit reaches other pages (backlinks, citation numbers, entity names).
/// </summary>
public sealed class SiteSession(BuildOptions options)
{
    private readonly BuildCache _cache = new(options.ImageCache, options.MarkdownCache);
    private readonly Lock _gate = new();

    public BuildOptions Options => options;

    /// <summary>What the last build parsed and rendered again; null before the first.</summary>
    public BuildStatistics? LastStatistics { get; private set; }

    /// <param name="diagnostics">May already hold problems found while reading the input.</param>
    public BuildResult Build(SiteInput input, DiagnosticBag? diagnostics = null, IProgress<BuildProgress>? progress = null)
    {
        lock (_gate)
        {
            _cache.BeginBuild();
            var result = SiteBuilder.Build(input, options, diagnostics ?? new DiagnosticBag(), progress, _cache, _cache, _cache.Images);
            LastStatistics = _cache.EndBuild(result.Succeeded);
            return result;
        }
    }
}
