using System.Diagnostics;
using System.Text;
using Briefing.Engine.Markdown;

namespace Briefing.Benchmarks.WholeBuild;

/// <summary>
/// The least work any build of the site must do: read every briefing, turn its Markdown into HTML with the
/// engine's own Markdig pipeline, and write each briefing's HTML to a new file of its own, in parallel; no YAML,
/// resolution, templates, lists or checks. <c>whole-build</c> runs it as its own process, into a folder that does
/// not exist yet, so it pays the same start-up and the same cost of creating files as a real build.
/// </summary>
internal static class MarkdownFloor
{
    public static int Run(string inputFolder, string outputFolder, TextWriter stdout)
    {
        var clock = Stopwatch.StartNew();
        var files = Directory.GetFiles(Path.Combine(inputFolder, "briefings"), "*.md");
        Directory.CreateDirectory(outputFolder);
        var htmlBytes = new long[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(files[i]));
            var html = Encoding.UTF8.GetBytes(Markdig.Markdown.ToHtml(text, BriefingMarkdown.Pipeline));
            using var handle = File.OpenHandle(Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(files[i]) + ".html"), FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, html, 0);
            htmlBytes[i] = html.Length;
        });
        stdout.WriteLine($"Rendered and wrote {files.Length} Markdown files ({htmlBytes.Sum()} bytes of HTML) in {clock.ElapsedMilliseconds} ms.");
        return 0;
    }
}
