using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>A template context renders many pages in turn; nothing one page does may reach another, and no page is cut short.</summary>
public sealed class TemplateContextTests
{
    private const string TwoBriefings = """
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        Text [@wire-2026].
        -- input/briefings/b.md --
        ---
        title: B
        date: 2026-01-02
        summary: S
        ---
        Text [@wire-2026].

        """;

    [Fact]
    public void Render_VariableAssignedOnOnePage_IsUndefinedOnTheNext()
    {
        // Every briefing assigns 'seen' after reading it: a value left over from an earlier page would be written instead of failing.
        var lines = MiniSite.Diagnostics(MiniSite.Basics + TwoBriefings + """
            -- theme/layouts/briefing.html --
            <h1>{{ seen }}</h1>{{ seen = model.title }}
            """);

        Assert.Equal(
            [
                "theme/layouts/briefing.html(1,8): error BRF3002: The variable or function `seen` was not found (rendering /briefings/a/)",
                "theme/layouts/briefing.html(1,8): error BRF3002: The variable or function `seen` was not found (rendering /briefings/b/)",
            ],
            lines);
    }

    [Fact]
    public void Render_PageLargerThanOneMegabyte_IsWrittenWhole()
    {
        // A hundred cited paragraphs of 12,000 characters: each within the Markdown limits, together over a megabyte.
        var paragraph = string.Concat(Enumerable.Repeat("sovereign ", 1_200)) + "[@wire-2026].\n\n";
        var words = string.Concat(Enumerable.Repeat(paragraph, 100));
        var result = MiniSite.Build(MiniSite.Basics + $"""
            -- input/briefings/long.md --
            ---
            title: Long
            date: 2026-01-01
            summary: S
            ---
            {words}last-word [@wire-2026].

            """);

        var page = result.Page("briefings/long/index.html");
        Assert.True(page.Length > 1_200_000);
        Assert.Contains("last-word", page, StringComparison.Ordinal);
        Assert.Contains("id=\"ref-1\"", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BaseLayoutWritingContent_GetsThePageLayoutInPlace_AndAsTextInAFilter()
    {
        var result = MiniSite.Build(MiniSite.Basics + TwoBriefings + """
            -- theme/layouts/briefing.html --
            <h1>{{ model.title }} & co</h1>
            -- theme/layouts/base.html --
            <!doctype html><html lang="en"><head><title>{{ page.title }}</title></head><body><main id="main">{{ content }}</main><p>{{ content | string.size }} {{ content | string.strip }}</p></body></html>
            """);

        var page = result.Page("briefings/a/index.html");
        Assert.Contains("<main id=\"main\"><h1>A & co</h1>\n</main>", page, StringComparison.Ordinal);
        // Used as a value, the content is the page layout's text, escaped like any other text when written.
        Assert.Contains("<p>16 &lt;h1&gt;A &amp; co&lt;/h1&gt;</p>", page, StringComparison.Ordinal);
    }
}
