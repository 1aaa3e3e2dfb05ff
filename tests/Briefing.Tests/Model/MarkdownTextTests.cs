using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Tests.Model;

public sealed class MarkdownTextTests
{
    private sealed class Page : IPageContext
    {
        public EntityTarget? FindEntity(string id) => new("Sony Group", $"/entities/{id}/");

        public CitationTarget? FindCitation(string sourceId) => new(3, "Wire, “A”");
    }

    [Fact]
    public void DropTree_KeepsTheOutlineAndHtml_SoNoLaterStageParsesAgain()
    {
        const string markdown = "## Trials\n\n[[sony]] runs trials [@a].\n";
        var parses = 0;
        var text = new MarkdownText(BriefingMarkdown.Parse(markdown, out _), "input/briefings/a.md", 1, 1, 0, () =>
        {
            parses++;
            return BriefingMarkdown.Parse(markdown, out _);
        });

        text.DropTree();
        var html = text.Html.Fill(new Page());

        Assert.Equal(0, parses);
        Assert.Equal(4, text.Outline.WordCount);
        Assert.Contains("<a class=\"entity\" href=\"/entities/sony/\">Sony Group</a> runs trials <span class=\"cites\">[<a class=\"cite\" href=\"#ref-3\">3", html, StringComparison.Ordinal);
    }
}
