using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>Mistakes that once built without a word: each is now reported where it was written.</summary>
public sealed class SilentMistakeTests
{
    private static string Briefing(string body) => MiniSite.Basics + $"""
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        {body}
        """;

    [Fact]
    public void Build_UnclosedCitation_IsAnErrorAtItsBracket()
    {
        var lines = MiniSite.Diagnostics(Briefing("The group formed [@wire-2026. It grew [@wire-2026]."));

        Assert.Equal(["input/briefings/a.md(6,18): error BRF1018: citation '[@wire-2026.' is not closed; end it with ']', e.g. [@wire-2026]"], lines);
    }

    [Fact]
    public void Build_UnclosedCitationAtLineEnd_IsAnError()
    {
        var lines = MiniSite.Diagnostics(Briefing("It grew [@wire-2026].\nThe group formed [@wire-2026"));

        Assert.Equal(["input/briefings/a.md(7,18): error BRF1018: citation '[@wire-2026' is not closed; end it with ']', e.g. [@wire-2026]"], lines);
    }

    [Fact]
    public void Build_UncitedListItemsAndTable_AreWarnedLikeParagraphs()
    {
        var lines = MiniSite.Diagnostics(Briefing("""
            Members [@wire-2026]:

            - Sony [@wire-2026]
            - Honda

            > A quote [@wire-2026].

            | firm | role |
            | --- | --- |
            | Sony | lead |

            Unrelated.

            | firm | role |
            | --- | --- |
            | Honda | member |
            """));

        Assert.Equal(
            [
                "input/briefings/a.md(9,1): warning BRF2009: list item cites no source; add [@source-id] after the statement it supports",
                "input/briefings/a.md(17,1): warning BRF2009: paragraph cites no source; add [@source-id] after the statement it supports",
                "input/briefings/a.md(19,1): warning BRF2009: table cites no source; add [@source-id] in a cell or at the end of the paragraph that introduces it",
            ],
            lines);
    }

    [Fact]
    public void Build_MissingFragment_SuggestsAnIdOfTheTargetPage()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            See [the budget](/briefings/b/#the-budgets) and [far off](/briefings/b/#zzz) [@wire-2026].
            -- input/briefings/b.md --
            ---
            title: B
            date: 2026-01-01
            summary: S
            ---
            ## The budget

            Money [@wire-2026].
            """);

        Assert.Equal(
            [
                "input/briefings/a.md(6,5): error BRF2008: '#the-budgets' is not an anchor on /briefings/b/; did you mean '#the-budget'?",
                "input/briefings/a.md(6,49): error BRF2008: '#zzz' is not an anchor on /briefings/b/; link to a heading's id there",
            ],
            lines);
    }

    [Fact]
    public void Build_ThemeLinkToMissingId_SuggestsAnIdOfTheTargetPage()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            -- theme/layouts/404.html --
            <a href="/briefings/a/#referencs">lost</a>
            """);

        Assert.Equal(["theme/layouts/404.html: error BRF3003: page /404.html links to '/briefings/a/#referencs', but /briefings/a/index.html has no id 'referencs'; did you mean 'references'?"], lines);
    }
}
