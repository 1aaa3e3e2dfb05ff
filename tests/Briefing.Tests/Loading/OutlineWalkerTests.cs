using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Tests.Loading;

public sealed class OutlineWalkerTests
{
    private static MarkdownOutline Outline(string markdown) => OutlineWalker.Walk(BriefingMarkdown.Parse(markdown, out _));

    [Fact]
    public void Walk_ListsEveryMarkInDocumentOrderWithItsPosition()
    {
        var outline = Outline("""
            [[sony]] met [[toyota|the carmaker]] [@nikkei; @reuters].

            See [the timeline](/timeline/#2026) or <https://example.org>, not <a@b.org>. <b>x</b>
            """);

        Assert.Equal(
            [
                new MarkdownMark(MarkKind.EntityLink, "sony", 0, 0),
                new MarkdownMark(MarkKind.EntityLink, "toyota", 0, 13),
                new MarkdownMark(MarkKind.Citation, "nikkei", 0, 38),
                new MarkdownMark(MarkKind.Citation, "reuters", 0, 47),
                new MarkdownMark(MarkKind.Link, "/timeline/#2026", 2, 4),
                new MarkdownMark(MarkKind.Link, "https://example.org", 2, 39),
                new MarkdownMark(MarkKind.EmailLink, "a@b.org", 2, 66),
                new MarkdownMark(MarkKind.RawHtml, string.Empty, 2, 77),
                new MarkdownMark(MarkKind.RawHtml, string.Empty, 2, 81),
            ],
            outline.Marks);
    }

    [Fact]
    public void Walk_FindsParagraphsAndListItemsThatCiteNothing_ButNotATableAfterACitingQuote()
    {
        var outline = Outline("""
            Cited [@nikkei].

            - a list item that cites nothing

            > A quote that cites [@reuters].

            | figure | value |
            | --- | --- |
            | firms | 11 |

            Last words.
            """);

        Assert.Equal(
            [new UncitedBlock(UncitedKind.ListItem, 2, 0), new UncitedBlock(UncitedKind.Paragraph, 10, 0)],
            outline.Uncited);
    }

    [Fact]
    public void Walk_JudgesAListItemByItsOwnParagraphs_AndATableByItsCellsOrTheParagraphBeforeIt()
    {
        var outline = Outline("""
            - cites [@nikkei]

              and goes on without

            - cites nothing
              - nested, cites [@reuters]
            -
              - only a nested list, cited [@reuters]

            The figures [@nikkei]:

            | figure | value |
            | --- | --- |
            | firms | 11 |

            Not cited here.

            | figure | value |
            | --- | --- |
            | firms | 11 [@reuters] |

            Nor here.

            | figure | value |
            | --- | --- |
            | firms | 11 |
            """);

        Assert.Equal(
            [
                new UncitedBlock(UncitedKind.ListItem, 4, 0),
                new UncitedBlock(UncitedKind.Paragraph, 15, 0),
                new UncitedBlock(UncitedKind.Paragraph, 21, 0),
                new UncitedBlock(UncitedKind.Table, 23, 0),
            ],
            outline.Uncited);
    }

    [Fact]
    public void Walk_KeepsHeadingIdsAndTheirTextRuns_AndCountsWords()
    {
        var outline = Outline("""
            ## Funding `rounds`

            ## [[sony]] and [[toyota|the carmaker]]

            Two  words
            and three more.
            """);

        Assert.Equal("funding-rounds", outline.Headings[0].Id);
        Assert.Equal(
            [new HeadingPart(null, "sony"), new HeadingPart(" and ", null), new HeadingPart("the carmaker", "toyota")],
            outline.Headings[1].Parts);
        // Literal text only: "Funding", " and ", then the paragraph's five words.
        Assert.Equal(1 + 1 + 5, outline.WordCount);
    }

    [Theory]
    [InlineData("plain ASCII words here", 4)]
    [InlineData("no\u00A0break and\u2003em space", 5)]
    [InlineData("ソフトバンク\u3000と トヨタ", 6 + 1 + 3)]
    [InlineData("NECとソニー", 1 + 1 + 3)]
    public void Walk_CountsWordsBetweenAnyKindOfSpace_AndEachJapaneseCharacterAlone(string paragraph, int words)
    {
        Assert.Equal(words, Outline(paragraph).WordCount);
    }

    [Fact]
    public void Walk_CountsWordsInLongMixedText_AsCharacterByCharacterCountingWould()
    {
        // Runs of eight characters are counted together when all are plain ASCII: put other characters at every offset.
        string[] pieces = ["a", "Z", "7", "ok", " ", "  ", "\t", "é", "ソ", "\u3000", "\u00A0", "\u2003", "\u007F"];
        var random = new Random(20261123);
        for (var n = 0; n < 300; n++)
        {
            var text = "x" + string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            static bool Alone(char c) => c == 'ソ';
            var expected = text.Where((c, i) => Alone(c) || (!char.IsWhiteSpace(c) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || Alone(text[i - 1])))).Count();

            Assert.True(expected == Outline(text).WordCount, $"'{text}'");
        }
    }
}
