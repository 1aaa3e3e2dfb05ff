using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Output;
using CsCheck;
using Xunit.Abstractions;

namespace Briefing.Tests.Fuzzing;

/// <summary>
/// Builds thousands of random small sites (<see cref="SiteGen"/>). Whatever the input, the build must not
/// throw; it fails only with diagnostics from the catalogue, printable and located; and what it would
/// publish holds no script and no path outside the output folder.
/// CI runs 10,000 sites from a fixed seed. Set BRIEFING_FUZZ_ITERATIONS for a longer run and
/// BRIEFING_FUZZ_SEED for other sites; a failure prints the site as a MiniSite text to reproduce it.
/// It runs alone (its own collection, not in parallel) so that it neither starves nor is starved by the browser tests.
/// </summary>
[Collection(nameof(SiteFuzzTests))]
public sealed partial class SiteFuzzTests(ITestOutputHelper output)
{
    private const int CiIterations = 10_000;
    private const ulong CiSeed = 20_260_528;

    [Fact]
    public void Build_RandomSmallSites_FailOnlyWithDiagnostics()
    {
        var iterations = Setting("BRIEFING_FUZZ_ITERATIONS", CiIterations);
        var seed = (ulong)Setting("BRIEFING_FUZZ_SEED", (long)CiSeed);
        var failures = new ConcurrentBag<(int Iteration, string Problem, GeneratedSite Site)>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        // Each iteration has its own PCG stream, so the sites are the same however the threads interleave.
        Parallel.For(0, iterations, i =>
        {
            var site = SiteGen.Site.Generate(new PCG((uint)i, seed), null, out _);
            var problem = Problem(site, outcomes);
            if (problem is not null)
            {
                failures.Add((i, problem, site));
            }
        });

        output.WriteLine($"{iterations} sites in {clock.Elapsed.TotalSeconds:F1} s; outcomes: {string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"))}");
        var first = failures.OrderBy(f => f.Iteration).FirstOrDefault();
        Assert.True(failures.IsEmpty, $"{failures.Count} of {iterations} sites broke the build; the first, iteration {first.Iteration}:\n{first.Problem}\n\n{first.Site}");

        // A generator that only ever produced broken sites would test little.
        Assert.True(outcomes.GetValueOrDefault("built") > iterations / 50, "too few generated sites build");
        Assert.True(outcomes.Count > 15, "too few different diagnostics");
    }

    [Fact]
    public void Problem_ThrowingOrSilentBuilds_AreCaught()
    {
        var outcomes = new ConcurrentDictionary<string, int>();
        var good = new GeneratedSite([("site.yml", "title: T\ndescription: D\nbase_url: https://example.test\npublisher: P\n"), ("sources.yml", "[]")]);

        Assert.Null(Problem(good, outcomes));
        Assert.Equal(1, outcomes["built"]);
        Assert.Contains("script", Problem(good, outcomes, _ => Built("<script>x</script>")), StringComparison.Ordinal);
        Assert.Contains("script", Problem(good, outcomes, _ => Built("<p title=\"a\" onclick='x'>")), StringComparison.Ordinal);
        Assert.Contains("script", Problem(good, outcomes, _ => Built("<a href=\"JavaScript:x\">")), StringComparison.Ordinal);
        Assert.Null(Problem(good, outcomes, _ => Built("<link title=\"&lt;img src=x onerror=alert(1)&gt;\" href=\"/feed.xml\">")));
        Assert.Contains("threw", Problem(good, outcomes, _ => throw new InvalidOperationException("boom")), StringComparison.Ordinal);
        Assert.Contains("without an error", Problem(good, outcomes, _ => new BuildResult([], null)), StringComparison.Ordinal);
    }

    private static BuildResult Built(string html) =>
        new([], new global::Briefing.Engine.Rendering.RenderedSite(new Dictionary<string, byte[]> { ["a.html"] = Encoding.UTF8.GetBytes(html) }));

    /// <summary>What is wrong with the build of <paramref name="site"/>, or null.</summary>
    private static string? Problem(GeneratedSite site, ConcurrentDictionary<string, int> outcomes, Func<GeneratedSite, BuildResult>? build = null)
    {
        BuildResult result;
        try
        {
            result = build is null ? SiteBuilder.Build(site.ToInput(), new BuildOptions()) : build(site);
        }
        catch (Exception ex)
        {
            return "the build threw " + ex;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            var line = diagnostic.ToString();
            if (!DiagnosticCodes.All.Any(c => c.Id == diagnostic.Code))
            {
                return $"code not in the catalogue: {line}";
            }

            if (diagnostic.Location.Path.Length == 0 || (diagnostic.Location.Path.StartsWith("input/", StringComparison.Ordinal) && diagnostic.Location.Line == 0 && !FileLevel.Contains(diagnostic.Code)))
            {
                return $"not located: {line}";
            }

            if (line.Any(char.IsControl) || line.Contains('\u202E', StringComparison.Ordinal))
            {
                return $"not printable: {line}";
            }
        }

        if (result.Site is null)
        {
            if (result.ErrorCount == 0)
            {
                return "the build failed without an error diagnostic";
            }

            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Severity.Error))
            {
                outcomes.AddOrUpdate(diagnostic.Code, 1, (_, n) => n + 1);
            }

            return null;
        }

        outcomes.AddOrUpdate("built", 1, (_, n) => n + 1);
        if (OutputPaths.Problem(result.Site.Files.Keys) is { } path)
        {
            return "unsafe output path: " + path;
        }

        foreach (var (file, content) in result.Site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(content);
            if (InlineScript().IsMatch(html) || Handler().IsMatch(html) || UnsafeTarget().IsMatch(html))
            {
                return $"{file} has script, an event handler or an unsafe link:\n{html}";
            }
        }

        return null;
    }

    /// <summary>Codes that concern a whole file, printed without a line.</summary>
    private static readonly string[] FileLevel = ["BRF1001", "BRF1012", "BRF1013", "BRF1014", "BRF1021", "BRF1022", "BRF1023", "BRF1025", "BRF2003", "BRF2024", "BRF3003", "BRF3004"];

    private static long Setting(string name, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static int Setting(string name, int fallback) => (int)Setting(name, (long)fallback);

    /// <summary>An on* attribute of a tag: attributes are skipped whole, so "onerror=" inside a quoted value is not one.</summary>

    // The theme's own scripts are external files and JSON-LD data blocks; any other script element is content that got through.
    [GeneratedRegex("<script(?![^>]*(?:\\ssrc=\"/|type=\"application/ld\\+json\"))", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
    [GeneratedRegex(@"<[a-z][a-z0-9-]*(?:\s+[^\s=>""'/]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*\s+on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Handler();

    [GeneratedRegex(@"\s(?:href|src)\s*=\s*""\s*(?:javascript|vbscript|data|file):", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeTarget();
}

[CollectionDefinition(nameof(SiteFuzzTests), DisableParallelization = true)]
public sealed class SiteFuzzRunsAlone;
