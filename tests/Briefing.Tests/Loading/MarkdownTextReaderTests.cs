using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    [Fact]
    public void DropTree_KeepsTheOutline_AndReadingAgainGivesTheSameTreeAtTheSamePositions()
    {
        var text = MarkdownTextReader.ReadFile(File("a.md", Briefing), Briefing, new DiagnosticBag());
        var before = Describe(text.Document);

        text.DropTree();

        Assert.Equal(["funding-rounds", "funding-rounds-1"], text.Outline.Headings.Select(h => h.Id));
        var cited = text.Outline.Marks[^1];
        Assert.Equal("input/briefings/a.md(11,16)", text.LocationOf(cited).ToString());
        Assert.Equal(before, Describe(text.Document));
        var citation = text.Document.Descendants<CitationInline>().Last();
        Assert.Equal("input/briefings/a.md(11,15)", text.LocationOf(citation).ToString());
    }

    [Fact]
    public void DropTree_OfFileWithByteOrderMark_ReadsTheSameTextAgain()
    {
        var file = new InputFile("briefings/a.md", "input/briefings/a.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Briefing)]);
        var text = MarkdownTextReader.ReadFile(file, TextDecoder.Decode(file, new DiagnosticBag())!, new DiagnosticBag());
        var before = Describe(text.Document);

        text.DropTree();

        Assert.Equal(before, Describe(text.Document));
        Assert.Equal("Funding rounds", text.Document.Descendants<LiteralInline>().First().Content.ToString());
    }

    [Fact]
    public void DropTree_OfRefusedText_GivesTheSameEmptyTreeAgain()
    {
        var deep = "---\ntitle: T\n---\n\n" + new string('>', 2000) + " quote\n";
        var diagnostics = new DiagnosticBag();
        var text = MarkdownTextReader.ReadFile(File("deep.md", deep), deep, diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TooDeep.Id);
        var before = Describe(text.Document);

        text.DropTree();

        Assert.Equal(before, Describe(text.Document));
    }

    private static InputFile File(string name, string text) =>
        new($"briefings/{name}", $"input/briefings/{name}", System.Text.Encoding.UTF8.GetBytes(text));

    private static List<string> Describe(MarkdownDocument document) =>
        document.Descendants().Select(n => $"{n.GetType().Name}@{n.Line}:{n.Column}").ToList();
}
