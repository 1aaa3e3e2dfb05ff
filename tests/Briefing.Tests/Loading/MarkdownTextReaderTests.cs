using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

public sealed class MarkdownTextReaderTests
{
    private const string Briefing = """
        ---
        title: T
        ---

        ## Funding rounds

        The consortium raised money [@nikkei]. [[sony]] joined.

        ## Funding rounds

        - a list item [@reuters, p. 2]
        """;

    private sealed class Page : IPageContext
    {
        public EntityTarget? FindEntity(string id) => new("Sony Group", $"/entities/{id}/");

        public CitationTarget? FindCitation(string sourceId) => new(3, "Wire, “A”");
    }

    [Fact]
    public void ReadFile_KeepsTheOutlineAndHtml_AtTrueFilePositions()
    {
        var text = Read(File("a.md", Briefing), new DiagnosticBag());

        Assert.Equal(["funding-rounds", "funding-rounds-1"], text.Outline.Headings.Select(h => h.Id));
        var cited = text.Outline.Marks[^1];
        Assert.Equal(new MarkdownMark(MarkKind.Citation, "reuters", 10, 15), cited);
        Assert.Equal("input/briefings/a.md(11,16)", text.LocationOf(cited).ToString());
        Assert.Contains("<h2 id=\"funding-rounds-1\">Funding rounds</h2>", text.Html.Fill(new Page()), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_RendersEntityLinksAndCitationsForEachPageToFill()
    {
        const string markdown = "---\ntitle: T\n---\n\n## Trials\n\n[[sony]] runs trials [@a].\n";

        var text = Read(File("a.md", markdown), new DiagnosticBag());

        Assert.Equal(4, text.Outline.WordCount);
        Assert.Contains("<a class=\"entity\" href=\"/entities/sony/\">Sony Group</a> runs trials <span class=\"cites\">[<a class=\"cite\" href=\"#ref-3\">3", text.Html.Fill(new Page()), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OfFileWithByteOrderMark_ReadsTheTextAfterTheMark()
    {
        var file = new InputFile("briefings/a.md", "input/briefings/a.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Briefing)]);

        var text = Read(file, new DiagnosticBag());

        Assert.Equal(["funding-rounds", "funding-rounds-1"], text.Outline.Headings.Select(h => h.Id));
        Assert.Equal("input/briefings/a.md(11,16)", text.LocationOf(text.Outline.Marks[^1]).ToString());
    }

    [Fact]
    public void ReadFile_OfRefusedText_ReportsIt_AndKeepsAnEmptyOutlineAndHtml()
    {
        var deep = "---\ntitle: T\n---\n\n" + new string('>', 2000) + " quote\n";
        var diagnostics = new DiagnosticBag();

        var text = Read(File("deep.md", deep), diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TooDeep.Id);
        Assert.Empty(text.Outline.Marks);
        Assert.Equal(0, text.Outline.WordCount);
        Assert.Equal(string.Empty, text.Html.Fill(new Page()));
    }

    public static TheoryData<string, byte[]> KeptFiles => new()
    {
        { "a briefing", System.Text.Encoding.UTF8.GetBytes(Briefing) },
        { "front matter longer than the first bytes decoded", System.Text.Encoding.UTF8.GetBytes("---\ntitle: T\nsummary: " + string.Concat(Enumerable.Repeat("ソフトバンク and partners ", 300)) + "\n---\n\nText [@a].\n") },
        { "lines ended by carriage returns alone", System.Text.Encoding.UTF8.GetBytes(Briefing.ReplaceLineEndings("\r")) },
        { "a byte order mark", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Briefing)] },
    };

    [Theory]
    [MemberData(nameof(KeptFiles))]
    public void ReadFile_OfAFileTheCacheKeeps_GivesTheFrontMatterAndBodyAParseGives(string what, byte[] content)
    {
        using var folder = new TempFolder();
        var file = new InputFile("briefings/a.md", "input/briefings/a.md", content);
        var parsing = new MarkdownMemo(folder.Path);
        var parsed = MarkdownTextReader.ReadFile(file, "front matter", new DiagnosticBag(), parsing);
        parsing.Save();
        var keeping = new MarkdownMemo(folder.Path);

        var kept = MarkdownTextReader.ReadFile(file, "front matter", new DiagnosticBag(), keeping);

        Assert.True(parsed is not null, what);
        Assert.Equal((1, 0), (keeping.Reused, keeping.Parsed));
        Assert.Equal(parsed.Value.Yaml, kept!.Value.Yaml);
        Assert.Equal(parsed.Value.Body.Outline.Marks, kept.Value.Body.Outline.Marks);
        Assert.Equal(parsed.Value.Body.Html.Fill(new Page()), kept.Value.Body.Html.Fill(new Page()));
    }

    private static MarkdownText Read(InputFile file, DiagnosticBag diagnostics) =>
        MarkdownTextReader.ReadFile(file, "front matter", diagnostics, NoLoadMemo.Instance)!.Value.Body;

    private static InputFile File(string name, string text) =>
        new($"briefings/{name}", $"input/briefings/{name}", System.Text.Encoding.UTF8.GetBytes(text));
}
