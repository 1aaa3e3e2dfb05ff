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
}
