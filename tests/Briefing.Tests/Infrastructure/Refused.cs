using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Loading;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Asserts a build refuses a site the way a writer should see it: the exact printed diagnostic lines
/// (a line ending in '…' is a prefix), and through the command line exit code 1, each code printed,
/// the previous output byte-identical and no temporary folder left behind.
/// </summary>
public static partial class Refused
{
    public static void Assert(string site, params string[] expected) =>
        Assert(MiniSite.Parse(site), MiniSite.Options(site), expected);

    public static void Assert(SiteInput input, BuildOptions options, params string[] expected)
    {
        InMemory(input, options, expected);
        using var disk = DiskSite.Write(input);
        var before = disk.OutputHash();
        var run = disk.Build(options);
        Xunit.Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Stderr}");
        foreach (var line in expected)
        {
            var code = Code().Match(line).Value;
            Xunit.Assert.Contains(code, run.Stderr, StringComparison.Ordinal);
        }

        Xunit.Assert.Contains("the previous output is unchanged", run.Stderr, StringComparison.Ordinal);
        Xunit.Assert.Equal(before, disk.OutputHash());
        Xunit.Assert.Empty(disk.Leftovers());
    }

    /// <summary>For inputs that cannot exist on disk (a file named "../x"): the in-memory half only.</summary>
    public static IReadOnlyList<string> InMemory(string site, params string[] expected) =>
        InMemory(MiniSite.Parse(site), MiniSite.Options(site), expected);

    public static IReadOnlyList<string> InMemory(SiteInput input, BuildOptions options, params string[] expected)
    {
        var result = SiteBuilder.Build(input, options);
        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Xunit.Assert.False(result.Succeeded, "the build succeeded:\n" + string.Join('\n', lines));
        foreach (var line in expected)
        {
            var found = line.EndsWith('…')
                ? lines.Any(l => l.StartsWith(line[..^1], StringComparison.Ordinal))
                : lines.Contains(line);
            Xunit.Assert.True(found, $"expected\n  {line}\nbut the build printed\n  {string.Join("\n  ", lines)}");
        }

        return lines;
    }

    [GeneratedRegex("(error|warning) BRF[0-9]{4}")]
    private static partial Regex Code();
}
