using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Tests.Markdown;

/// <summary>The heading ids must be exactly those Markdig's AutoIdentifiers gives, since links and anchors depend on them.</summary>
public sealed class HeadingIdExtensionTests
{
    /// <summary>The pipeline as it was with Markdig's own extension, kept here as the reference.</summary>
    private static readonly MarkdownPipeline Reference = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Use<EntityLinkExtension>()
        .Use<CitationExtension>()
        .Build();

    [Fact]
    public void Parse_ManyKindsOfHeading_GivesMarkdigsIds()
    {
        const string Text = """
            ---
            title: Front matter is not a heading
            ---
            # The money
            ## The money
            ## The money
            ### The money-1
            ## The money
            # 日本の AI 投資
            # Ünïcödé & Punctuation: “quotes”, (parens) — dashes!
            # *Emphasis* and `code` and ~~strike~~
            # [A link](https://example.org) and [[sony|Sony]] and [@wire-2026]
            # [[sony]]
            #
            # ###
            # 123 numbers first
            #    spaced    out
            Setext heading
            ==============
            Another setext
            --------------
            > # In a quote
            - # In a list
            # Section
            # section
            """;

        var expected = Ids(Markdig.Markdown.Parse(Text, Reference));
        var actual = Ids(BriefingMarkdown.Parse(Text, out var refusals));

        Assert.Empty(refusals);
        Assert.Equal(20, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Parse_ThousandsOfEqualHeadings_NumbersThemInOrder()
    {
        var text = string.Concat(Enumerable.Repeat("## Same\n\n", 5000)) + "## Same-7\n";

        var ids = Ids(BriefingMarkdown.Parse(text, out _));

        Assert.Equal("same", ids[0]);
        Assert.Equal("same-1", ids[1]);
        Assert.Equal("same-4999", ids[4999]);
        // "same-7" was taken by the eighth heading, so this one gets the next free number after it.
        Assert.Equal("same-7-1", ids[5000]);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static List<string?> Ids(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
}
