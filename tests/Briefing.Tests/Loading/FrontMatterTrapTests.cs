using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>YAML that does something other than a writer meant, said in the writer's terms at the place it happens.</summary>
public sealed class FrontMatterTrapTests
{
    private static string Briefing(string frontMatter) => MiniSite.Basics + $"""
        -- input/briefings/a.md --
        ---
        {frontMatter}
        date: 2026-01-01
        summary: S
        ---
        Text [@wire-2026].
        """;

    [Fact]
    public void Build_UnquotedTitleWithColon_SaysToQuoteTheTitle()
    {
        var lines = MiniSite.Diagnostics(Briefing("title: Sony: the plan"));

        Assert.Equal(
            [
                "input/briefings/a.md(2,12): error BRF1002: 'title' holds ': ', which YAML reads as the start of another key; quote the title: title: \"Sony: the plan\"",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ],
            lines);
    }

    [Fact]
    public void Build_UnquotedTitleWithColonAndQuotes_SuggestsSingleQuotes()
    {
        var lines = MiniSite.Diagnostics(Briefing("title: The \"plan\": phase 2"));

        Assert.Contains("input/briefings/a.md(2,18): error BRF1002: 'title' holds ': ', which YAML reads as the start of another key; quote the title: title: 'The \"plan\": phase 2'", lines);
    }

    [Fact]
    public void Build_UnquotedTitleWithHash_WarnsWhereTheCommentCutsIt()
    {
        var result = MiniSite.Build(Briefing("title: Sony #1 in chips"));

        Assert.Equal(
            ["input/briefings/a.md(2,13): warning BRF1019: '#1 in chips' is a YAML comment, so 'title' is only 'Sony'; if the '#' belongs to it, quote it: title: \"Sony #1 in chips\""],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("<h1>Sony</h1>", result.Page("briefings/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnquotedTitleWithHash_IsAnErrorWithStrict()
    {
        var lines = MiniSite.Diagnostics(Briefing("title: Sony #1 in chips") + "\n-- options --\nstrict\n");

        Assert.Equal(["input/briefings/a.md(2,13): error BRF1019: '#1 in chips' is a YAML comment, so 'title' is only 'Sony'; if the '#' belongs to it, quote it: title: \"Sony #1 in chips\""], lines);
    }

    [Fact]
    public void Build_CommentWithSpaceAfterHash_IsTakenAsMeant()
    {
        Assert.Empty(MiniSite.Diagnostics(Briefing("title: Sony # working title")));
    }

    [Theory]
    [InlineData("tags: [chips]", "did you mean 'topics'?")]
    [InlineData("author: Kenji", "briefings name no author; every page is signed by the publisher in site.yml, so remove it")]
    [InlineData("image: cover.png", "briefings have no images; remove it")]
    [InlineData("titel: A", "did you mean 'title'?")]
    public void Build_KeyFromAnotherGenerator_SaysWhatToUseInstead(string line, string advice)
    {
        var lines = MiniSite.Diagnostics(Briefing("title: A\n" + line));

        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        Assert.Contains($"input/briefings/a.md(3,1): error BRF1004: unknown key '{key}' in front matter; {advice}", lines);
    }
}
