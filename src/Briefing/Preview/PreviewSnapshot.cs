using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Preview;

/// <summary>What the preview serves: the last good site, and the errors of the latest build if it failed.</summary>
/// <param name="Build">Counts builds that changed what is served; pages carry it so a page that missed a reload notices.</param>
/// <param name="Site">The last site that built without errors; null while none has.</param>
/// <param name="Errors">The diagnostics of the latest build if it failed (its warnings too), else empty.</param>
public sealed record PreviewSnapshot(int Build, RenderedSite? Site, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>The warnings of the latest build if it succeeded: the published build, being strict, would refuse them.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The pages of <see cref="Site"/> made from drafts: output path ("briefings/x/index.html") to the draft's file.</summary>
    public IReadOnlyDictionary<string, string> DraftPages { get; init; } = new Dictionary<string, string>();

    public bool Failed => Errors.Count > 0;

    /// <summary>True when <paramref name="other"/> would show a reader the same pages, errors, warnings and draft marks.</summary>
    public bool SameAs(PreviewSnapshot other) =>
        Errors.Select(e => e.ToString()).SequenceEqual(other.Errors.Select(e => e.ToString()))
        && Warnings.Select(e => e.ToString()).SequenceEqual(other.Warnings.Select(e => e.ToString()))
        && DraftPages.Count == other.DraftPages.Count && DraftPages.All(p => other.DraftPages.TryGetValue(p.Key, out var path) && path == p.Value)
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
