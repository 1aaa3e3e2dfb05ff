using Briefing.Engine.Markdown;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Markdown;

/// <summary>Runs every example of the spec files in Markdown/Specs: Markdown, a '.' line, then the expected HTML.</summary>
public sealed class MarkdownSpecTests
{
    private const string Fence = "```````````````````````````````` example";
    private const string End = "````````````````````````````````";

    private sealed class TestPage : IPageContext
    {
        public EntityTarget? FindEntity(string id) => id == "sony" ? new EntityTarget("Sony Group", "/entities/sony/") : null;

        public CitationTarget? FindCitation(string sourceId) => sourceId switch
        {
            "a" => new CitationTarget(1, "Wire, “A”"),
            "b" => new CitationTarget(2, "Daily, “B”"),
            _ => null,
        };

        /// <summary>A chart's parts as comments naming them, so the spec shows where each goes.</summary>
        public byte[]? Chart(string key, Engine.Markdown.Charts.ChartPart part) => System.Text.Encoding.UTF8.GetBytes($"<!--{part} {key}-->");
        public ImageTarget? FindImage(string url) => url == "/media/plant.jpg"
            ? new ImageTarget(
                "<picture><img src=\"/media/plant.0123456789ab.960.jpg\" width=\"960\" height=\"640\""u8.ToArray(),
                "</picture>"u8.ToArray(),
                "The plant from the record",
                "<small class=\"credit\">Image: T · CC0</small>"u8.ToArray())
            : null;
    }

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        var folder = Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "Markdown", "Specs");
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var number = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i] != Fence)
                {
                    continue;
                }

                number++;
                var dot = Array.IndexOf(lines, ".", i + 1);
                var end = Array.IndexOf(lines, End, dot + 1);
                var markdown = string.Join('\n', lines[(i + 1)..dot]) + "\n";
                var html = string.Join('\n', lines[(dot + 1)..end]) + "\n";
                data.Add(Path.GetFileNameWithoutExtension(file), number, markdown, html);
                i = end;
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Render_SpecExample_ProducesExpectedHtml(string spec, int example, string markdown, string expectedHtml)
    {
        var html = BriefingMarkdown.ToHtml(BriefingMarkdown.Parse(markdown, out _), new TestPage());

        Assert.True(expectedHtml == html, $"{spec} example {example}:\nexpected:\n{expectedHtml}\nactual:\n{html}");
    }
}
