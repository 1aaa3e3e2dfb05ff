using Briefing.Engine.Markdown;

namespace Briefing.Tests.Markdown;

public sealed class MarkdownHtmlTests
{
    private sealed class Page(string entityName, int citationNumber) : IPageContext
    {
        public EntityTarget? FindEntity(string id) => id == "sony" ? new EntityTarget(entityName, "/entities/sony/") : null;

        public CitationTarget? FindCitation(string sourceId) => sourceId == "a" ? new CitationTarget(citationNumber, "Wire, “A”") : null;
    }

    [Fact]
    public void Fill_OneRenderingOnTwoPages_WritesEachPagesNamesAndNumbers()
    {
        var html = BriefingMarkdown.Render(BriefingMarkdown.Parse("ソニー: [[sony]] — trials [@a].\n\n> [[sony|the group]] [@a; @missing]\n", out _));

        var first = html.Fill(new Page("Sony Group", 1));
        var second = html.Fill(new Page("ソニーグループ", 7));

        Assert.Equal(
            "<p>ソニー: <a class=\"entity\" href=\"/entities/sony/\">Sony Group</a> — trials <span class=\"cites\">[<a class=\"cite\" href=\"#ref-1\">1<span class=\"cite-tip\">Wire, “A”</span></a>]</span>.</p>\n"
            + "<blockquote>\n<p><a class=\"entity\" href=\"/entities/sony/\">the group</a> <span class=\"cites\">[<a class=\"cite\" href=\"#ref-1\">1<span class=\"cite-tip\">Wire, “A”</span></a>]</span></p>\n</blockquote>\n",
            first);
        Assert.Equal(first.Replace(">Sony Group<", ">ソニーグループ<", StringComparison.Ordinal).Replace("#ref-1\">1", "#ref-7\">7", StringComparison.Ordinal), second);
    }

    [Fact]
    public void Fill_TextWithoutLinksOrCitations_IsTheRenderedHtml()
    {
        var html = BriefingMarkdown.Render(BriefingMarkdown.Parse("# Über\n\nPlain *text*.\n", out _));

        Assert.Equal("<h1 id=\"über\">Über</h1>\n<p>Plain <em>text</em>.</p>\n", html.Fill(new Page("unused", 1)));
    }

    [Fact]
    public void Fill_EntityAddressNeedingEscapes_IsEscapedAsMarkdigEscapesAddresses()
    {
        var html = BriefingMarkdown.Render(BriefingMarkdown.Parse("[[odd|O'Neil & co]]\n", out _));

        Assert.Equal("<p><a class=\"entity\" href=\"/entities/a%20b%22c/\">O'Neil &amp; co</a></p>\n", html.Fill(new OddAddress()));
    }

    private sealed class OddAddress : IPageContext
    {
        public EntityTarget? FindEntity(string id) => new("Odd", "/entities/a b\"c/");

        public CitationTarget? FindCitation(string sourceId) => null;
    }
}
