using System.Globalization;
using Briefing.Benchmarks.Corpus;
using Briefing.Benchmarks.Images;
using Briefing.Benchmarks.Rebuild;
using Briefing.Benchmarks.Stages;
using Briefing.Benchmarks.WholeBuild;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>whole-build</c> times complete builds as separate processes against Hugo and the Markdig floor;
/// <c>stages</c> runs BenchmarkDotNet on each stage; <c>profile</c> times the stages of one build in-process;
/// <c>generate</c> writes a corpus; <c>rebuild</c> times the preview's rebuild after a save; <c>floor</c> is the Markdig-only process that <c>whole-build</c> starts.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage:
          whole-build [--sizes 1000,10000] [--runs 3] [--corpora synthetic,varied] [--no-hugo] [--hugo-max 20000] [--no-warm-up] [--no-publish]
                                                                      full builds as processes: Briefing (new folder, over the
                                                                      previous output, one edit with the cache), Hugo, the floor
          stages [BenchmarkDotNet arguments]                          BenchmarkDotNet on each stage, 1,000 briefings
          profile [--size 10000] [--passes 2]                         in-process builds, Stopwatch time and memory per stage
          generate --size N [--images M] [--varied] --out FOLDER      write a synthetic corpus (or the varied one), with M photographs shown as figures
          images [--size 10000] [--images 1000]                       two builds with the image cache: the second must encode no image
          floor --input FOLDER --out FOLDER                           read, render and write every briefing's Markdown, nothing else
          rebuild [--briefings 1000] [--edits 40]                     the preview, from a saved briefing to the reload event
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "whole-build":
                return WholeBuildBenchmark.Run(
                    Ints(Option(rest, "--sizes") ?? "1000,10000"),
                    int.Parse(Option(rest, "--runs") ?? "3", CultureInfo.InvariantCulture),
                    !rest.Contains("--no-hugo"),
                    Console.Out,
                    (Option(rest, "--corpora") ?? "synthetic,varied").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    int.Parse(Option(rest, "--hugo-max") ?? "20000", CultureInfo.InvariantCulture),
                    !rest.Contains("--no-warm-up"),
                    !rest.Contains("--no-publish"));
            case "stages":
                StageBenchmarks.RunAll(rest);
                return 0;
            case "profile":
                StageProfile.Run(
                    int.Parse(Option(rest, "--size") ?? "10000", CultureInfo.InvariantCulture),
                    int.Parse(Option(rest, "--passes") ?? "2", CultureInfo.InvariantCulture),
                    Console.Out);
                return 0;
            case "generate":
                var size = int.Parse(Option(rest, "--size") ?? throw new ArgumentException("--size is required"), CultureInfo.InvariantCulture);
                var folder = Option(rest, "--out") ?? throw new ArgumentException("--out is required");
                var images = int.Parse(Option(rest, "--images") ?? "0", CultureInfo.InvariantCulture);
                if (images > 0)
                {
                    Directory.CreateDirectory(folder);
                    CorpusImages.Write(folder, images);
                    CorpusFolder.Write(folder, CorpusImages.AddFigures(SyntheticCorpus.Generate(size), images), keep: path => path.EndsWith(".jpg", StringComparison.Ordinal));
                }
                else
                {
                    SyntheticCorpus.WriteTo(rest.Contains("--varied") ? VariedCorpus.Generate(size) : SyntheticCorpus.Generate(size), folder);
                }

                return 0;
            case "images":
                return ImageBenchmark.Run(
                    int.Parse(Option(rest, "--size") ?? "10000", CultureInfo.InvariantCulture),
                    int.Parse(Option(rest, "--images") ?? "1000", CultureInfo.InvariantCulture),
                    Console.Out);
            case "rebuild":
                return RebuildBenchmark.Run(
                    int.Parse(Option(rest, "--briefings") ?? "1000", CultureInfo.InvariantCulture),
                    int.Parse(Option(rest, "--edits") ?? "40", CultureInfo.InvariantCulture),
                    Console.Out,
                    CancellationToken.None).GetAwaiter().GetResult();
            case "floor":
                return MarkdownFloor.Run(
                    Option(rest, "--input") ?? throw new ArgumentException("--input is required"),
                    Option(rest, "--out") ?? throw new ArgumentException("--out is required"),
                    Console.Out);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int[] Ints(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToArray();
}
