using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Benchmarks.Corpus;

namespace Briefing.Benchmarks.WholeBuild;

/// <summary>
/// Times whole builds as separate processes: the published Release binary of src/Briefing
/// (<c>build --strict</c>), the Markdig-only floor, and Hugo on the same corpus when it is installed.
/// Each tool gets one untimed warm-up run per size, then the runs are interleaved so that a noisy
/// moment hurts all three alike; each run writes into a folder that does not exist yet, as in a CI checkout.
/// </summary>
internal static class WholeBuildBenchmark
{
    private sealed record Measured(string Tool, IReadOnlyList<ProcessRun> Runs, int Pages)
    {
        public double Seconds => Median(Runs.Select(r => r.Wall.TotalSeconds));

        public long PeakRss => Runs.Max(r => r.PeakRssBytes);
    }

    private sealed record Row(string Site, int Briefings, Measured Ours, Measured? Floor, Measured? Hugo);

    public static int Run(IReadOnlyList<int> sizes, int runs, bool withHugo, TextWriter stdout)
    {
        Directory.CreateDirectory(RepoRoot.Artifacts);
        var briefing = Publish("src/Briefing/Briefing.csproj", "briefing", stdout);
        var floor = Publish("tests/Briefing.Benchmarks/Briefing.Benchmarks.csproj", "floor", stdout);
        var hugo = withHugo ? FindOnPath("hugo") : null;
        if (withHugo && hugo is null)
        {
            stdout.WriteLine("hugo is not installed (apt-get install hugo); measuring without it.");
        }

        AwaitLastCleanUp(stdout);
        var rows = new List<Row>();
        stdout.WriteLine("Measuring the real site (input/)...");
        var real = Measure("Briefing", runs, () => Ours(briefing, RepoRoot.Path, "input", Output("real")));
        rows.Add(new Row("real site (input/)", CountFiles(RepoRoot.Input, "briefings", "*.md"), real, null, null));

        foreach (var size in sizes)
        {
            stdout.WriteLine($"Generating {size:N0} briefings...");
            var corpus = SyntheticCorpus.Generate(size);
            var folder = Path.Combine(RepoRoot.Artifacts, $"corpus-{size}");
            SyntheticCorpus.WriteTo(corpus, Path.Combine(folder, "input"));
            var hugoSite = Path.Combine(RepoRoot.Artifacts, $"hugo-{size}");
            if (hugo is not null)
            {
                HugoSite.WriteTo(corpus, hugoSite);
            }

            stdout.WriteLine($"Measuring {size:N0} briefings, {runs} runs each...");
            var tools = new List<(string Name, Func<ProcessRun> Run)>
            {
                ("Briefing", () => Ours(briefing, folder, "input", Output($"ours-{size}"))),
                ("floor", () => Floor(floor, folder)),
            };
            if (hugo is not null)
            {
                tools.Add(("Hugo", () => Hugo(hugo, hugoSite, Output($"hugo-{size}"))));
            }

            var results = MeasureInterleaved(tools, runs);
            rows.Add(new Row(
                "synthetic",
                size,
                results["Briefing"] with { Pages = CountFiles(Output($"ours-{size}"), ".", "*.html") },
                results["floor"],
                hugo is null ? null : results["Hugo"] with { Pages = CountFiles(Output($"hugo-{size}"), ".", "*.html") }));
        }

        if (Directory.Exists(Retired))
        {
            Directory.Delete(Retired, recursive: true);
            File.WriteAllText(CleanedUp, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        }

        var report = Report(rows, runs, hugo);
        File.WriteAllText(Path.Combine(RepoRoot.Artifacts, "whole-build.md"), report);
        stdout.WriteLine();
        stdout.Write(report);
        return 0;
    }

    /// <summary>
    /// Publishes a project for this machine as a command-line tool is shipped: self-contained, with the program,
    /// its libraries and the .NET libraries compiled ahead of time into one ReadyToRun image, so calls between
    /// them are compiled and inlined as one program and little is left to compile when it runs. The floor is
    /// published the same way, so neither process being compared pays for compilation more than the other.
    /// </summary>
    /// <remarks>Its intermediate files go under the artifacts folder, so an ordinary build or publish of the project never picks up this one's.</remarks>
    private static string Publish(string project, string name, TextWriter stdout)
    {
        var folder = Path.Combine(RepoRoot.Artifacts, name);
        var runtime = RuntimeInformation.RuntimeIdentifier;
        stdout.WriteLine($"Publishing {project} (Release, self-contained, one ReadyToRun image for {runtime})...");
        var path = Path.Combine(RepoRoot.Path, project);

        // A folder published differently before (not self-contained, say) keeps files this publish does not replace.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var run = ChildProcess.Run(
            "dotnet",
            [
                "publish", path, "-c", "Release", "-r", runtime, "--self-contained", "true",
                "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true",
                "--artifacts-path", Path.Combine(RepoRoot.Artifacts, "publish-" + name),
                "-o", folder, "--nologo", "-v", "quiet",
            ],
            RepoRoot.Path);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{run.Stdout}\n{run.Stderr}");
        }

        return Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + (OperatingSystem.IsWindows() ? ".exe" : string.Empty));
    }

    private static ProcessRun Ours(string briefing, string workingDirectory, string input, string output)
    {
        Clean(output);
        var run = ChildProcess.Run(briefing, ["build", "--input", input, "--theme", RepoRoot.Theme, "--output", output, "--strict"], workingDirectory);
        if (run.ExitCode != 0 || run.Stderr.Length > 0)
        {
            throw new InvalidOperationException($"the build of {workingDirectory} was not clean (exit {run.ExitCode}):\n{run.Stderr}");
        }

        return run;
    }

    private static ProcessRun Floor(string floor, string corpus) =>
        Checked(ChildProcess.Run(floor, ["floor", "--input", "input"], corpus), "the Markdig floor");

    private static ProcessRun Hugo(string hugo, string site, string output)
    {
        Clean(output);
        var cache = Path.Combine(RepoRoot.Artifacts, "hugo-cache");
        return Checked(ChildProcess.Run(hugo, ["--source", site, "--destination", output, "--cacheDir", cache, "--quiet"], site), "hugo");
    }

    private static ProcessRun Checked(ProcessRun run, string what) =>
        run.ExitCode == 0 ? run : throw new InvalidOperationException($"{what} failed (exit {run.ExitCode}):\n{run.Stdout}\n{run.Stderr}");

    private static Measured Measure(string tool, int runs, Func<ProcessRun> run) =>
        MeasureInterleaved([(tool, run)], runs)[tool];

    private static Dictionary<string, Measured> MeasureInterleaved(IReadOnlyList<(string Name, Func<ProcessRun> Run)> tools, int runs)
    {
        foreach (var (_, run) in tools)
        {
            run();
        }

        var results = tools.ToDictionary(t => t.Name, _ => new List<ProcessRun>(), StringComparer.Ordinal);
        for (var i = 0; i < runs; i++)
        {
            foreach (var (name, run) in tools)
            {
                results[name].Add(run());
            }
        }

        return results.ToDictionary(r => r.Key, r => new Measured(r.Key, r.Value, 0), StringComparer.Ordinal);
    }

    private static string Report(IReadOnlyList<Row> rows, int runs, string? hugo)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Whole build, median of {runs} runs after one warm-up; peak RSS is the largest of the runs.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}{(hugo is null ? string.Empty : ", " + HugoVersion(hugo))}.");
        text.AppendLine();
        text.AppendLine("| site | briefings | Briefing | Hugo | Markdig floor | Briefing ÷ Hugo | Briefing ÷ floor | peak RSS Briefing | peak RSS Hugo | pages Briefing / Hugo |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Site} | {row.Briefings:N0} | {Seconds(row.Ours.Seconds)} | {Seconds(row.Hugo?.Seconds)} | {Seconds(row.Floor?.Seconds)} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Ratio(row.Ours.Seconds, row.Hugo?.Seconds)} | {Ratio(row.Ours.Seconds, row.Floor?.Seconds)} ");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Mib(row.Ours.PeakRss)} | {Mib(row.Hugo?.PeakRss)} | {(row.Ours.Pages > 0 ? row.Ours.Pages.ToString("N0", CultureInfo.InvariantCulture) : "–")} / {(row.Hugo is null ? "–" : row.Hugo.Pages.ToString("N0", CultureInfo.InvariantCulture))} |");
        }

        var synthetic = rows.Where(r => r.Site == "synthetic").OrderBy(r => r.Briefings).ToList();
        if (synthetic.Count >= 2)
        {
            var (small, large) = (synthetic[0], synthetic[^1]);
            var factor = (double)large.Briefings / small.Briefings;
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"Scaling {small.Briefings:N0} → {large.Briefings:N0} briefings (×{factor:0.#}): Briefing ×{large.Ours.Seconds / small.Ours.Seconds:0.0}");
            text.Append(CultureInfo.InvariantCulture, $", floor ×{large.Floor!.Seconds / small.Floor!.Seconds:0.0}");
            if (large.Hugo is not null && small.Hugo is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $", Hugo ×{large.Hugo.Seconds / small.Hugo.Seconds:0.0}");
            }

            text.AppendLine(".");
        }

        return text.ToString();
    }

    private static string HugoVersion(string hugo)
    {
        var version = ChildProcess.Run(hugo, ["version"], RepoRoot.Path).Stdout.Trim();
        var words = version.Split(' ');
        return words.Length > 1 ? "Hugo " + words[1] : version;
    }

    private static string Output(string name) => Path.Combine(RepoRoot.Artifacts, "out", name);

    /// <summary>Outputs of earlier runs, deleted once every run is measured.</summary>
    private static string Retired => Path.Combine(RepoRoot.Artifacts, "out", "retired");

    /// <summary>
    /// Moves the previous run's output aside rather than deleting it. Ext4 without a journal (this
    /// machine's disk) will not reuse an inode for a minute after it is freed, and searches past every
    /// such inode for each new file and folder: after deleting 23,000 of them, the next build of the
    /// same size spent up to 10 s more in the kernel. A CI checkout starts with no output at all.
    /// </summary>
    private static void Clean(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.CreateDirectory(Retired);
            Directory.Move(folder, Path.Combine(Retired, Guid.NewGuid().ToString("N")));
        }

        // Flush the previous run's 300 MB of pages and deletions first, so no run pays for
        // another's disk writeback: unflushed, the same build's time varied by half.
        if (File.Exists("/usr/bin/sync") || File.Exists("/bin/sync"))
        {
            ChildProcess.Run("sync", [], RepoRoot.Path);
        }
    }

    /// <summary>Touched when a run has deleted the outputs it moved aside.</summary>
    private static string CleanedUp => Path.Combine(RepoRoot.Artifacts, "out", "cleaned-up");

    /// <summary>
    /// Waits until the last run's deleted outputs no longer slow the creation of files (see <see cref="Clean"/>):
    /// a run started just after another would otherwise time every build among hundreds of thousands of freed inodes.
    /// </summary>
    private static void AwaitLastCleanUp(TextWriter stdout)
    {
        var settle = TimeSpan.FromSeconds(90);
        var since = File.Exists(CleanedUp) ? DateTime.UtcNow - File.GetLastWriteTimeUtc(CleanedUp) : settle;
        if (since < settle)
        {
            stdout.WriteLine($"Waiting {(settle - since).TotalSeconds:N0} s for the last run's deleted outputs to settle...");
            Thread.Sleep(settle - since);
        }
    }

    private static int CountFiles(string folder, string under, string pattern) =>
        Directory.Exists(Path.Combine(folder, under))
            ? Directory.GetFiles(Path.Combine(folder, under), pattern, SearchOption.AllDirectories).Length
            : 0;

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Seconds(double? seconds) =>
        seconds is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "–";

    private static string Ratio(double ours, double? other) =>
        other is { } o ? (ours / o).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";

    private static string Mib(long? bytes) =>
        bytes is { } b ? (b / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MiB" : "–";

}
