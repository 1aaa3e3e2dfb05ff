using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

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
        var text = MarkdownTextReader.ReadFile(File("a.md", Briefing), Briefing, new DiagnosticBag(), NoLoadMemo.Instance);

        Assert.Equal(["funding-rounds", "funding-rounds-1"], text.Outline.Headings.Select(h => h.Id));
        var cited = text.Outline.Marks[^1];
        Assert.Equal(new MarkdownMark(MarkKind.Citation, "reuters", 10, 15), cited);
        Assert.Equal("input/briefings/a.md(11,16)", text.LocationOf(cited).ToString());
        Assert.Contains("<h2 id=\"funding-rounds-1\">Funding rounds</h2>", text.Html.Fill(new Page()), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_RendersEntityLinksAndCitationsForEachPageToFill()
    {
        const string markdown = "## Trials\n\n[[sony]] runs trials [@a].\n";

        var text = MarkdownTextReader.ReadFile(File("a.md", markdown), markdown, new DiagnosticBag(), NoLoadMemo.Instance);

        Assert.Equal(4, text.Outline.WordCount);
        Assert.Contains("<a class=\"entity\" href=\"/entities/sony/\">Sony Group</a> runs trials <span class=\"cites\">[<a class=\"cite\" href=\"#ref-3\">3", text.Html.Fill(new Page()), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OfFileWithByteOrderMark_ReadsTheTextAfterTheMark()
    {
        var file = new InputFile("briefings/a.md", "input/briefings/a.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Briefing)]);

        var text = MarkdownTextReader.ReadFile(file, TextDecoder.Decode(file, new DiagnosticBag())!, new DiagnosticBag(), NoLoadMemo.Instance);

        Assert.Equal(["funding-rounds", "funding-rounds-1"], text.Outline.Headings.Select(h => h.Id));
        Assert.Equal("input/briefings/a.md(11,16)", text.LocationOf(text.Outline.Marks[^1]).ToString());
    }

    [Fact]
    public void ReadFile_OfRefusedText_ReportsIt_AndKeepsAnEmptyOutlineAndHtml()
    {
        var deep = "---\ntitle: T\n---\n\n" + new string('>', 2000) + " quote\n";
        var diagnostics = new DiagnosticBag();

        var text = MarkdownTextReader.ReadFile(File("deep.md", deep), deep, diagnostics, NoLoadMemo.Instance);

        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TooDeep.Id);
        Assert.Empty(text.Outline.Marks);
        Assert.Equal(0, text.Outline.WordCount);
        Assert.Equal(string.Empty, text.Html.Fill(new Page()));
    }

    private static InputFile File(string name, string text) =>
        new($"briefings/{name}", $"input/briefings/{name}", System.Text.Encoding.UTF8.GetBytes(text));
}
