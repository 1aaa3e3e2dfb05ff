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
}
