using Briefing.Engine;
using Briefing.Engine.Diagnostics;

namespace Briefing.Commands;

internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic, sorted, then one count line.</summary>
    /// <param name="drafts">Problems found only in drafts that are not published: printed in order with the rest, counted apart, failing nothing.</param>
    public static void Print(BuildOutcome result, TextWriter stderr, IReadOnlyList<Diagnostic>? drafts = null)
    {
        drafts ??= [];
        var all = drafts.Count == 0
            ? result.Diagnostics
            : [.. result.Diagnostics.Concat(drafts).OrderBy(d => d.Location).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
        foreach (var diagnostic in all)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (drafts.Count > 0)
        {
            stderr.WriteLine($"{Counts(result.Diagnostics)}; in drafts, which are not published: {Counts(drafts)}");
        }
        else if (result.Diagnostics.Count > 0)
        {
            stderr.WriteLine(Counts(result.Diagnostics));
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>"1 error, 2 warnings".</summary>
    public static string Counts(IReadOnlyList<Diagnostic> diagnostics) =>
        $"{Plural(diagnostics.Count(d => d.Severity == Severity.Error), "error")}, {Plural(diagnostics.Count(d => d.Severity == Severity.Warning), "warning")}";
}
