using System.Diagnostics;
using System.Globalization;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;

namespace Briefing.Benchmarks.Images;

/// <summary>
/// Builds a corpus with images twice into the same output, with the image cache: the first build encodes every
/// image, the second must encode none. Prints both builds' times and image counts.
/// </summary>
internal static class ImageBenchmark
{
    public static int Run(int briefings, int images, TextWriter stdout)
    {
        var root = Path.Combine(RepoRoot.Artifacts, $"images-{briefings}-{images}");
        var input = Path.Combine(root, "input");
        var output = Path.Combine(root, "output");
        var cache = Path.Combine(root, ".briefing-cache", "media");
        stdout.WriteLine($"Writing {briefings:N0} briefings with {images:N0} images to {input}...");
        Directory.CreateDirectory(input);
        CorpusImages.Write(input, images);
        CorpusFolder.Write(input, CorpusImages.AddFigures(SyntheticCorpus.Generate(briefings), images), keep: path => path.Contains($"{Path.DirectorySeparatorChar}media{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && path.EndsWith(".jpg", StringComparison.Ordinal));
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        var failed = false;
        foreach (var pass in new[] { "first build (empty cache)", "second build (cache kept)" })
        {
            var clock = Stopwatch.StartNew();
            var bag = new DiagnosticBag();
            var read = InputReader.Read(input, RepoRoot.Theme, root, bag);
            var result = SiteBuilder.BuildAndWrite(read, new BuildOptions(ImageCache: cache), output, [input, RepoRoot.Theme], diagnostics: bag);
            clock.Stop();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pass}: {(result.Succeeded ? "succeeded" : "FAILED")} in {clock.Elapsed.TotalSeconds:F1} s; images: {result.ImagesEncoded} encoded, {result.ImagesReused} from the cache; {result.ErrorCount} errors, {result.WarningCount} warnings"));
            foreach (var problem in result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(5))
            {
                stdout.WriteLine("  " + problem);
            }

            failed |= !result.Succeeded;
        }

        return failed ? 1 : 0;
    }
}
