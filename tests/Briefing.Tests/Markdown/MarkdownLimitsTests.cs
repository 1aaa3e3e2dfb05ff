using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Limits;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Markdown;

/// <summary>Where each limit starts, and that a refusal inside a YAML value points at its true file position.</summary>
public sealed class MarkdownLimitsTests
{
    [Fact]
    public void Parse_ThirtyTwoNestedMarkers_IsAllowed()
    {
        BriefingMarkdown.Parse(string.Concat(Enumerable.Repeat("> ", MarkdownLimits.MaxLineNesting)) + "a", out var refusals);

        Assert.Empty(refusals);
    }

    [Fact]
    public void Parse_ThirtyThreeNestedMarkers_IsRefusedAtTheThirtyThird()
    {
        BriefingMarkdown.Parse("text\n\n" + string.Concat(Enumerable.Repeat("> ", 16)) + string.Concat(Enumerable.Repeat("- ", 17)) + "a", out var refusals);

        var refusal = Assert.Single(refusals);
        Assert.Equal(("BRF1011", 2, 64), (refusal.Code.Id, refusal.Line, refusal.Column));
    }

    [Fact]
    public void Parse_ParagraphOfExactlyTheCharacterLimit_IsAllowed()
    {
        BriefingMarkdown.Parse(new string('a', MarkdownLimits.MaxBlockChars), out var allowed);
        BriefingMarkdown.Parse(new string('a', MarkdownLimits.MaxBlockChars + 1), out var refused);

        Assert.Empty(allowed);
        Assert.Equal("this paragraph has 20,001 characters, more than the 20,000 allowed; split it", Assert.Single(refused).Message);
    }

    [Fact]
    public void Parse_TenThousandParagraphs_IsAllowedAndOneMoreIsNot()
    {
        BriefingMarkdown.Parse(string.Concat(Enumerable.Repeat("a\n\n", MarkdownLimits.MaxBlocks)), out var allowed);
        BriefingMarkdown.Parse(string.Concat(Enumerable.Repeat("a\n\n", MarkdownLimits.MaxBlocks + 5)), out var refused);

        Assert.Empty(allowed);
        var refusal = Assert.Single(refused);
        Assert.Equal((MarkdownLimits.MaxBlocks * 2, "more than 10,000 paragraphs and headings in one text; split it into several"), (refusal.Line, refusal.Message));
    }

    [Fact]
    public void Parse_SixtyFourNestedEmphasis_IsAllowedAndDeeperIsRefused()
    {
        BriefingMarkdown.Parse(new string('*', 60) + "a" + new string('*', 60), out var allowed);
        var document = BriefingMarkdown.Parse("x " + new string('*', 200) + "a" + new string('*', 200), out var refused);

        Assert.Empty(allowed);
        Assert.Equal("BRF1011", Assert.Single(refused).Code.Id);
        Assert.Empty(document);
    }

    [Fact]
    public void Build_DeepQuotesInEntitySummary_AreReportedAtTheirFileLine()
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", 40)) + "deep";
        Refused.Assert(MiniSite.Basics + $"""
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: |
              A member [@wire-2026].

              {quotes}
            """,
            "input/entities/sony.yml(6,67): error BRF1011: more than 32 block quotes and list markers nest on this line; flatten it");
    }

    [Fact]
    public void Build_LongParagraphInClaimAssessment_IsReportedWhereItStarts()
    {
        Refused.Assert(MiniSite.Basics + $"""
            -- input/claims.yml --
            - id: cost
              question: How much?
              status: contested
              reports:
                - value: "1"
                  source: wire-2026
              assessment: "{new string('a', 20_001)}"
            """,
            "input/claims.yml(7,16): error BRF1016: this paragraph has 20,001 characters, more than the 20,000 allowed; split it");
    }
}
