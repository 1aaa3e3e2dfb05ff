using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Preview;

/// <summary>What the preview serves: the last good site, and the errors of the latest build if it failed.</summary>
/// <param name="Build">Counts builds that changed what is served; pages carry it so a page that missed a reload notices.</param>
/// <param name="Site">The last site that built without errors; null while none has.</param>
/// <param name="Errors">The diagnostics of the latest build if it failed, else empty.</param>
public sealed record PreviewSnapshot(int Build, RenderedSite? Site, IReadOnlyList<Diagnostic> Errors)
{
    public bool Failed => Errors.Count > 0;

    /// <summary>True when <paramref name="other"/> would show a reader the same pages and the same errors.</summary>
    public bool SameAs(PreviewSnapshot other) =>
        Errors.Select(e => e.ToString()).SequenceEqual(other.Errors.Select(e => e.ToString()))
        && SameFiles(Site, other.Site);

    private static bool SameFiles(RenderedSite? a, RenderedSite? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.Files.Count == b.Files.Count
            && a.Files.All(f => b.Files.TryGetValue(f.Key, out var other) && (ReferenceEquals(f.Value, other) || f.Value.AsSpan().SequenceEqual(other)));
    }
}
