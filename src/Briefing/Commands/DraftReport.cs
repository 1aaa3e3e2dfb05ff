using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;

namespace Briefing.Commands;

/// <summary>
/// What the command line says about drafts: how many a build left out, and which problems lie in one.
/// A draft's problems are shown like any other, marked, so a writer sees them before the draft is published.
/// </summary>
internal static class DraftReport
{
    /// <summary>Ends the message of every diagnostic located in a draft that is not published.</summary>
    public const string Mark = " (in a draft)";

    /// <summary>The diagnostics, those in an unpublished draft marked as such; unchanged when the build published its drafts.</summary>
    public static IReadOnlyList<Diagnostic> Marked(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<DraftBriefing> drafts, BuildOptions options)
    {
        if (options.Drafts || drafts.Count == 0)
        {
            return diagnostics;
        }

        var paths = drafts.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        return [.. diagnostics.Select(d => paths.Contains(d.Location.Path) && !d.Message.EndsWith(Mark, StringComparison.Ordinal) ? d with { Message = d.Message + Mark } : d)];
    }

    /// <summary>"2 drafts not published: input/briefings/a.md, input/briefings/b.md", or null when none was left out.</summary>
    public static string? NotPublished(IReadOnlyList<DraftBriefing> drafts, BuildOptions options) =>
        options.Drafts || drafts.Count == 0
            ? null
            : $"{DiagnosticPrinter.Plural(drafts.Count, "draft")} not published: {string.Join(", ", drafts.Select(d => d.Path))}";

    /// <summary>
    /// The problems of the drafts <paramref name="published"/> left out, found by building again with drafts included;
    /// only those located in a draft, and not already reported, each marked. Empty when there are no drafts, or they were included.
    /// </summary>
    /// <remarks>
    /// The published build stays the verdict: a page linking to a draft, or a source cited only by one, is a problem
    /// there, and a build with drafts included would hide it.
    /// </remarks>
    public static IReadOnlyList<Diagnostic> Problems(SiteInput input, BuildOptions options, BuildOutcome published)
    {
        if (options.Drafts || published.Drafts.Count == 0)
        {
            return [];
        }

        var paths = published.Drafts.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var known = published.Diagnostics.ToHashSet();
        var withDrafts = SiteBuilder.Check(input, options with { Drafts = true }, new DiagnosticBag());
        return Marked([.. withDrafts.Diagnostics.Where(d => paths.Contains(d.Location.Path) && !known.Contains(d))], published.Drafts, options);
    }
}
