using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Benchmarks.Corpus;

namespace Briefing.Benchmarks.WholeBuild;

/// <summary>
/// Times whole builds as separate processes, as users run them: the published Release binary of src/Briefing
/// (<c>build --strict</c>) into a new folder as a CI checkout does, over the previous output as a writer's next
/// build does (both without the build cache), and with the build cache after one briefing was edited; the floor
/// (read, render and write each briefing's Markdown); and Hugo on the same corpus, into a new folder and over its
/// previous output, when it is installed. Each corpus generator (<see cref="SyntheticCorpus"/>, and
/// <see cref="VariedCorpus"/>, written apart with another mix of sections, lists and citations) gives a row per
/// size. Each tool gets one untimed warm-up run, then the runs are interleaved so that a noisy moment hurts all alike.
/// </summary>
internal static class WholeBuildBenchmark
{
    private sealed record Measured(string Tool, IReadOnlyList<ProcessRun> Runs, int Pages)
    {
        public double Seconds => Median(Runs.Select(r => r.Wall.TotalSeconds));

        public long PeakRss => Runs.Max(r => r.PeakRssBytes);
    }

    private sealed record Row(string Site, int Briefings, IReadOnlyDictionary<string, Measured> Tools, int Pages, int HugoPages);

    private const string New = "Briefing";
    private const string Over = "Briefing over previous";
    private const string Cached = "Briefing, one edit, cache";
    private const string FloorTool = "floor";
    private const string HugoNew = "Hugo";
    private const string HugoOver = "Hugo over previous";
    private const string Check = "check";

    /// <param name="corpora">"synthetic", "varied" or both.</param>
    /// <param name="hugoMax">The largest size Hugo is run on: it keeps every page in memory (about 3 GiB at 10,000 briefings).</param>
    /// <param name="warmUp">Whether each tool first runs once untimed.</param>
    /// <param name="publish">Whether to publish both programs first; without, the ones the last run published are timed.</param>
    public static int Run(IReadOnlyList<int> sizes, int runs, bool withHugo, TextWriter stdout, IReadOnlyList<string>? corpora = null, int hugoMax = 20_000, bool warmUp = true, bool publish = true)
    {
        corpora ??= ["synthetic", "varied"];
        Directory.CreateDirectory(RepoRoot.Artifacts);
        var briefing = publish ? Publish("src/Briefing/Briefing.csproj", "briefing", stdout) : Published("briefing", "Briefing");
        var floor = publish ? Publish("tests/Briefing.Benchmarks/Briefing.Benchmarks.csproj", "floor", stdout) : Published("floor", "Briefing.Benchmarks");
        var hugo = withHugo ? FindOnPath("hugo") : null;
        if (withHugo && hugo is null)
        {
            stdout.WriteLine("hugo is not installed (apt-get install hugo); measuring without it.");
        }

        AwaitLastCleanUp(stdout);
        var rows = new List<Row>();
        stdout.WriteLine("Measuring the real site (input/)...");
        var real = MeasureInterleaved(
            [
                (New, () => Ours(briefing, RepoRoot.Path, "input", Output("real"), cache: false)),
                (Check, () => Checked(ChildProcess.Run(briefing, ["check", "--strict"], RepoRoot.Path), "check")),
            ],
            runs,
            warmUp);
        rows.Add(new Row("real site (input/)", CountFiles(RepoRoot.Input, "briefings", "*.md"), real, CountFiles(Output("real"), ".", "*.html"), 0));

        foreach (var shape in corpora)
        {
            foreach (var size in sizes)
            {
                stdout.WriteLine($"Generating {size:N0} briefings ({shape})...");
                var corpus = shape == "varied" ? VariedCorpus.Generate(size) : SyntheticCorpus.Generate(size);
                var tag = $"{shape}-{size}";
                var folder = Path.Combine(RepoRoot.Artifacts, $"corpus-{tag}");
                SyntheticCorpus.WriteTo(corpus, Path.Combine(folder, "input"));
                var edited = Directory.GetFiles(Path.Combine(folder, "input", "briefings"), "*.md").Order(StringComparer.Ordinal).ElementAt(size / 2);
                var hugoSite = Path.Combine(RepoRoot.Artifacts, $"hugo-{tag}");
                var runHugo = hugo is not null && size <= hugoMax;
                if (runHugo)
                {
                    HugoSite.WriteTo(corpus, hugoSite);
                }

                stdout.WriteLine($"Measuring {size:N0} briefings ({shape}), {runs} runs each...");
                var tools = new List<(string Name, Func<ProcessRun> Run)>
                {
                    (New, () => Ours(briefing, folder, "input", Output($"ours-{tag}"), cache: false)),
                    (Over, () => Ours(briefing, folder, "input", Output($"ours-over-{tag}"), cache: false, replace: false)),
                    (Cached, () =>
                    {
                        Edit(edited);
                        return Ours(briefing, folder, "input", Output($"ours-cached-{tag}"), cache: true, replace: false);
                    }),
                    (FloorTool, () => Floor(floor, folder, Output($"floor-{tag}"))),
                };
                if (runHugo)
                {
                    tools.Add((HugoNew, () => Hugo(hugo!, hugoSite, Output($"hugo-{tag}"))));
                    tools.Add((HugoOver, () => Hugo(hugo!, hugoSite, Output($"hugo-over-{tag}"), replace: false)));
                }

                // The cached column times an edit after a build that filled the cache. Without a warm-up that build still
                // has to run, untimed: otherwise the first timed run is a cold build that writes the cache as well.
                if (!warmUp)
                {
                    Ours(briefing, folder, "input", Output($"ours-cached-{tag}"), cache: true, replace: false);
                }

                var results = MeasureInterleaved(tools, runs, warmUp);
                rows.Add(new Row(shape, size, results, CountFiles(Output($"ours-{tag}"), ".", "*.html"), runHugo ? CountFiles(Output($"hugo-{tag}"), ".", "*.html") : 0));
            }
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

    /// <summary>Changes one sentence of a briefing, or changes it back, as a writer's edit between two builds does.</summary>
    private static void Edit(string briefing)
    {
        const string Revision = " Revised.\n";
        var text = File.ReadAllText(briefing);
        File.WriteAllText(briefing, text.EndsWith(Revision, StringComparison.Ordinal) ? text[..^Revision.Length] + "\n" : text.TrimEnd('\n') + Revision);
    }

    /// <summary>
    /// Publishes a project for this machine as the command-line tool is shipped (see ./install-tool): compiled ahead
    /// of time to one native program, with nothing left to compile when it runs. The floor is published the same
    /// way, so neither process being compared pays for compilation more than the other.
    /// </summary>
    /// <remarks>Its intermediate files go under the artifacts folder, so an ordinary build or publish of the project never picks up this one's.</remarks>
    private static string Publish(string project, string name, TextWriter stdout)
    {
        var folder = Path.Combine(RepoRoot.Artifacts, name);
        var runtime = RuntimeInformation.RuntimeIdentifier;
        stdout.WriteLine($"Publishing {project} (Release, compiled to a native program for {runtime})...");
        var path = Path.Combine(RepoRoot.Path, project);

        // A folder published differently before (not self-contained, say) keeps files this publish does not replace.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var run = ChildProcess.Run(
            "dotnet",
            [
                "publish", path, "-c", "Release", "-r", runtime,

                // As src/Briefing's project file sets them, for the floor too: see the comments there. The floor's
                // project also holds the benchmark harness, whose libraries warn that they cannot run as one native
                // file; its floor command uses none of them. Ordinary builds still treat every warning as an error.
                "-p:PublishAot=true", "-p:TrimMode=partial", "-p:SuppressTrimAnalysisWarnings=true", "-p:SuppressAotAnalysisWarnings=true", "-p:DebugType=none",
                "-p:TreatWarningsAsErrors=false",

                // For this machine's processor, as ./install-tool packs the tool (Directory.Build.props).
                "-p:NativeForThisMachine=true",
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

    /// <param name="cache">Whether the build uses the build cache (beside the input folder); without it, <c>--no-cache</c>.</param>
    /// <param name="replace">Whether the build writes over the folder the previous run wrote, rather than into a new one.</param>
    private static string Published(string name, string program)
    {
        var path = Path.Combine(RepoRoot.Artifacts, name, program + (OperatingSystem.IsWindows() ? ".exe" : string.Empty));
        return File.Exists(path) ? path : throw new InvalidOperationException($"nothing is published at {path}; run without --no-publish first");
    }

    private static ProcessRun Ours(string briefing, string workingDirectory, string input, string output, bool cache, bool replace = true)
    {
        if (replace)
        {
            Clean(output);
        }
        else
        {
            Sync();
        }

        List<string> arguments = ["build", "--input", input, "--theme", RepoRoot.Theme, "--output", output, "--strict"];
        if (!cache)
        {
            arguments.Add("--no-cache");
        }

        var run = ChildProcess.Run(briefing, arguments, workingDirectory);
        if (run.ExitCode != 0 || run.Stderr.Length > 0)
        {
            throw new InvalidOperationException($"the build of {workingDirectory} was not clean (exit {run.ExitCode}):\n{run.Stderr}");
        }

        return run;
    }

    private static ProcessRun Floor(string floor, string corpus, string output)
    {
        Clean(output);
        return Checked(ChildProcess.Run(floor, ["floor", "--input", "input", "--out", output], corpus), "the floor");
    }

    private static ProcessRun Hugo(string hugo, string site, string output, bool replace = true)
    {
        if (replace)
        {
            Clean(output);
        }
        else
        {
            Sync();
        }

        var cache = Path.Combine(RepoRoot.Artifacts, "hugo-cache");
        return Checked(ChildProcess.Run(hugo, ["--source", site, "--destination", output, "--cacheDir", cache, "--quiet"], site), "hugo");
    }

    private static ProcessRun Checked(ProcessRun run, string what) =>
        run.ExitCode == 0 ? run : throw new InvalidOperationException($"{what} failed (exit {run.ExitCode}):\n{run.Stdout}\n{run.Stderr}");

    private static Dictionary<string, Measured> MeasureInterleaved(IReadOnlyList<(string Name, Func<ProcessRun> Run)> tools, int runs, bool warmUp)
    {
        if (warmUp)
        {
            foreach (var (_, run) in tools)
            {
                run();
            }
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
        text.AppendLine(CultureInfo.InvariantCulture, $"Whole builds as processes, median of {runs} runs; peak RSS is the largest of the runs.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}{(hugo is null ? string.Empty : ", " + HugoVersion(hugo))}.");
        text.AppendLine();
        text.AppendLine("| corpus | briefings | Briefing, new folder | Briefing, over previous output | Briefing, one briefing edited, with the build cache | Hugo, new folder | Hugo, over previous output | floor | Briefing ÷ Hugo, new / over | Briefing ÷ floor | edit with cache ÷ new folder | peak RSS Briefing / Hugo | pages Briefing / Hugo |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            var tools = row.Tools;
            double? Time(string tool) => tools.TryGetValue(tool, out var m) ? m.Seconds : null;
            long? Rss(string tool) => tools.TryGetValue(tool, out var m) ? m.PeakRss : null;
            var ours = Time(New)!.Value;
            var site = tools.ContainsKey(Check) ? $"{row.Site} (`check`: {Seconds(Time(Check))})" : row.Site;
            text.Append(CultureInfo.InvariantCulture, $"| {site} | {row.Briefings:N0} | {Seconds(ours)} | {Seconds(Time(Over))} | {Seconds(Time(Cached))} | {Seconds(Time(HugoNew))} | {Seconds(Time(HugoOver))} | {Seconds(Time(FloorTool))} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Ratio(ours, Time(HugoNew))} / {Ratio(Time(Over), Time(HugoOver))} | {Ratio(ours, Time(FloorTool))} | {Ratio(Time(Cached), ours)} ");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Mib(Math.Max(Rss(New) ?? 0, Math.Max(Rss(Over) ?? 0, Rss(Cached) ?? 0)))} / {Mib(Math.Max(Rss(HugoNew) ?? 0, Rss(HugoOver) ?? 0) is var h && h > 0 ? h : null)} | {row.Pages:N0} / {(row.HugoPages > 0 ? row.HugoPages.ToString("N0", CultureInfo.InvariantCulture) : "–")} |");
        }

        foreach (var shape in rows.Select(r => r.Site).Distinct().Where(s => !s.StartsWith("real", StringComparison.Ordinal)))
        {
            var sized = rows.Where(r => r.Site == shape).OrderBy(r => r.Briefings).ToList();
            if (sized.Count < 2)
            {
                continue;
            }

            var (small, large) = (sized[0], sized[^1]);
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"Scaling ({shape}) {small.Briefings:N0} → {large.Briefings:N0} briefings (×{(double)large.Briefings / small.Briefings:0.#}): Briefing ×{large.Tools[New].Seconds / small.Tools[New].Seconds:0.0}");
            text.Append(CultureInfo.InvariantCulture, $", floor ×{large.Tools[FloorTool].Seconds / small.Tools[FloorTool].Seconds:0.0}");
            if (large.Tools.TryGetValue(HugoNew, out var largeHugo) && small.Tools.TryGetValue(HugoNew, out var smallHugo))
            {
                text.Append(CultureInfo.InvariantCulture, $", Hugo ×{largeHugo.Seconds / smallHugo.Seconds:0.0}");
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

        Sync();
    }

    /// <summary>
    /// Flushes the previous run's 300 MB of pages and deletions first, so no run pays for another's disk
    /// writeback: unflushed, the same build's time varied by half.
    /// </summary>
    private static void Sync()
    {
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

    private static string Ratio(double? ours, double? other) =>
        ours is { } a && other is { } o ? (a / o).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";

    private static string Mib(long? bytes) =>
        bytes is { } b ? (b / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MiB" : "–";

}
