using System.Diagnostics;
using System.Globalization;
using System.Text;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine;
using Briefing.Preview;

namespace Briefing.Benchmarks.Rebuild;

/// <summary>
/// <c>rebuild</c>: measures the preview from file save to reload event, on a copy of the real site and on
/// the synthetic corpus, by saving one briefing again and again while listening to the preview's event
/// stream like an open page.
/// </summary>
internal static class RebuildBenchmark
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> Run(int count, int saves, TextWriter stdout, CancellationToken cancel)
    {
        stdout.WriteLine($"Save one briefing, wait for the reload event; {saves} saves after 5 untimed ones. Times in ms.");
        stdout.WriteLine($"Machine: {Environment.ProcessorCount} cores; load average before: {LoadAverage()}. CPU is the process's processor time per save (all threads).");
        stdout.WriteLine("| site | pages | median | p90 | max | min | CPU median | pages rendered per save |");
        stdout.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        await Measure("real site (input/)", folder => CopyFolder(RepoRoot.Input, Path.Combine(folder, "input")), "overview.md", saves, stdout, cancel).ConfigureAwait(false);
        await Measure(
            $"synthetic, {count:N0} briefings",
            folder => SyntheticCorpus.WriteTo(SyntheticCorpus.Generate(count), Path.Combine(folder, "input")),
            SyntheticCorpus.BriefingSlug(count / 2) + ".md",
            saves,
            stdout,
            cancel).ConfigureAwait(false);
        return 0;
    }

    private static async Task Measure(string name, Action<string> write, string briefing, int saves, TextWriter stdout, CancellationToken cancel)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-bench-").FullName;
        try
        {
            write(folder);
            CopyFolder(RepoRoot.Theme, Path.Combine(folder, "theme"));
            var options = new PreviewOptions(Path.Combine(folder, "input"), Path.Combine(folder, "theme"), folder, new BuildOptions()) { Port = 0 };
            var server = await PreviewServer.StartAsync(options, TextWriter.Null, TextWriter.Null, cancel: cancel).ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                using var client = new HttpClient { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
                using var events = new StreamReader(await client.GetStreamAsync(new Uri("/__preview/events", UriKind.Relative), cancel).ConfigureAwait(false));
                await NextEvent(events, PreviewEvent.Hello, cancel).ConfigureAwait(false);

                var path = Path.Combine(folder, "input", "briefings", briefing);
                var saving = Path.Combine(folder, "input", "briefings", "." + briefing + ".saving");
                var original = await File.ReadAllTextAsync(path, cancel).ConfigureAwait(false);
                var times = new List<double>();
                var cpu = new List<double>();
                var rendered = 0;
                using var process = Process.GetCurrentProcess();
                for (var i = 0; i < saves + 5; i++)
                {
                    var text = Edited(original, i);
                    process.Refresh();
                    var processor = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    // Saved as most editors do: a hidden file beside it, renamed over it.
                    await File.WriteAllTextAsync(saving, text, cancel).ConfigureAwait(false);
                    File.Move(saving, path, overwrite: true);
                    var build = await NextEvent(events, PreviewEvent.Reload, cancel).ConfigureAwait(false);
                    clock.Stop();
                    process.Refresh();
                    if (server.Current.Build != build || server.Current.Failed)
                    {
                        throw new InvalidOperationException($"save {i} did not give a good build");
                    }

                    if (i >= 5)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                        cpu.Add((process.TotalProcessorTime - processor).TotalMilliseconds);
                        rendered = Math.Max(rendered, server.Statistics?.PagesRendered ?? 0);
                    }
                }

                times.Sort();
                cpu.Sort();
                var pages = server.Current.Site!.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {pages} | {Percentile(times, 0.5):0.0} | {Percentile(times, 0.9):0.0} | {times[^1]:0.0} | {times[0]:0.0} | {Percentile(cpu, 0.5):0.0} | {rendered} |"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The briefing with a changed first paragraph, different for every save.</summary>
    private static string Edited(string original, int save)
    {
        var close = original.IndexOf("\n---", 3, StringComparison.Ordinal);
        var paragraph = original.IndexOf("\n\n", close + 4, StringComparison.Ordinal);
        while (paragraph >= 0 && (original[paragraph + 2] == '#' || original[paragraph + 2] == '\n'))
        {
            paragraph = original.IndexOf("\n\n", paragraph + 2, StringComparison.Ordinal);
        }

        return original.Insert(paragraph + 2, $"Save number {save} changed this sentence. ");
    }

    private static async Task<int> NextEvent(StreamReader events, string name, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(EventTimeout);
        string? current = null;
        while (await events.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name)
            {
                return int.Parse(line["data: ".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == PreviewEvent.Failed)
            {
                throw new InvalidOperationException("the benchmark's edit broke the build");
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    private static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(' ', File.ReadAllText(file).Split(' ').Take(3)) : "unknown";
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
