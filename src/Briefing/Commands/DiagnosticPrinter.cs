using Briefing.Engine;

namespace Briefing.Commands;

internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic, sorted, then one count line.</summary>
    public static void Print(BuildOutcome result, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (result.Diagnostics.Count > 0)
        {
            stderr.WriteLine($"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}");
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
