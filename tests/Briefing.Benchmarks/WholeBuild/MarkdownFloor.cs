using System.Diagnostics;
using System.Text;
using Briefing.Engine.Markdown;

namespace Briefing.Benchmarks.WholeBuild;

/// <summary>
/// The least work any build of the site must do: read every briefing and turn its Markdown into HTML
/// with the engine's own Markdig pipeline, in parallel; no YAML, resolution, templates or writing.
/// <c>whole-build</c> runs it as its own process so it pays the same start-up as a real build.
/// </summary>
internal static class MarkdownFloor
{
    public static int Run(string inputFolder, TextWriter stdout)
    {
        var clock = Stopwatch.StartNew();
        var files = Directory.GetFiles(Path.Combine(inputFolder, "briefings"), "*.md");
        var htmlChars = new long[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(files[i]));
            htmlChars[i] = Markdig.Markdown.ToHtml(text, BriefingMarkdown.Pipeline).Length;
        });
        stdout.WriteLine($"Rendered {files.Length} Markdown files ({htmlChars.Sum()} characters of HTML) in {clock.ElapsedMilliseconds} ms.");
        return 0;
    }
}
