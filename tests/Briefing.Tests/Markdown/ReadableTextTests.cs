using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Charts;
using Briefing.Engine.Markdown.SiteLinks;
using CsCheck;

namespace Briefing.Tests.Markdown;

/// <summary>The words search indexes and cuts snippets from, read out of a text's rendered HTML.</summary>
public sealed class ReadableTextTests
{
    private static string? Name(ReadOnlySpan<char> id) => id switch
    {
        "sony" => "Sony Group",
        "ntt" => "NTT & Docomo",
        _ => null,
    };

    private static string Read(string markdown) => BriefingMarkdown.Render(BriefingMarkdown.Parse(markdown, out _)).ReadText(Name);

    [Fact]
    public void ReadText_EachBlock_IsALineOfItsOwn()
    {
        var text = Read("# Money\n\nFirst *para*,\nwrapped.\n\n- one\n- **two**\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n");

        Assert.Equal("Money\nFirst para, wrapped.\none\ntwo\nquoted\na\nb\nc\nd\n", text);
    }

    [Fact]
    public void ReadText_EntityLinks_ShowTheWritersTextOrTheEntitysNameOrElseTheId()
    {
        Assert.Equal("Sony Group and the group and NTT & Docomo and nobody-known.\n", Read("[[sony]] and [[sony|the group]] and [[ntt]] and [[nobody-known]].\n"));
    }

    [Fact]
    public void ReadText_CitationMarks_AreNotReadNorTheSpaceBeforeThem()
    {
        Assert.Equal("It leads. Then: more.\n", Read("It leads [@a]. Then [@a; @b]: more [@c].\n"));
    }

    [Fact]
    public void ReadText_WhatThePageShows_AnAutolinksAddressAndCharacterReferencesDecoded()
    {
        var text = Read("See <https://example.com/a?b=1&c=2> &copy; 2026 &amp; `a <b>  c` \"quoted\" O'Neil.\n");

        Assert.Equal("See https://example.com/a?b=1&c=2 © 2026 & a <b> c \"quoted\" O'Neil.\n", text);
    }

    [Fact]
    public void ReadText_SpacesAndBreaks_AreOneSpaceAndNoLineStartsOrEndsWithOne()
    {
        Assert.Equal("a b c d\ne\n", Read("a   b  \nc\\\nd\t\n\n   e   \n"));
    }

    [Fact]
    public void ReadText_ImagesAndCharts_LeaveOutTheirPicturesButReadACaption()
    {
        var text = Read("Before.\n\n![An alt text](media/a.png)\n\n::: chart claim: fund\nThe caption [@a].\n:::\n\nAfter.\n");

        Assert.DoesNotContain("alt text", text, StringComparison.Ordinal);
        Assert.Equal("Before.\nThe caption.\nAfter.\n", text);
    }

    [Fact]
    public void ReadText_IntoABufferTooSmall_GrowsItAndReadsTheSameText()
    {
        var html = BriefingMarkdown.Render(BriefingMarkdown.Parse(string.Concat(Enumerable.Repeat("Word [[sony]] [@a].\n\n", 500)), out _));
        var buffer = new char[4];

        var read = html.ReadText(Name, ref buffer).ToString();

        Assert.True(buffer.Length >= read.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat("Word Sony Group.\n", 500)), read);
    }

    /// <summary>Markdown made of pieces that exercise every part of the reading: blocks, inline markup, holes, references, spaces.</summary>
    private static readonly string[] Pieces =
    [
        "word", "ソニー", " ", "  ", "\t", "\n", "\n\n", "\n\n- ", "\n\n1. ", "\n\n## ", "\n\n> ", "  \n", "\\\n",
        "*em*", "**strong**", "`code  x`", "&copy;", "&amp;", "&#x41;", "&bogus;", "a & b", "\"q\"", "'s", "<b>raw</b>",
        "<https://example.com/a?b=1&c=2>", "[link](https://example.org/x)", "[a page](/briefings/x/)",
        "[[sony]]", "[[ntt]]", "[[sony|the group]]", "[[nobody]]", " [@a]", "[@a; @b]",
        "\n\n| a | b |\n|---|---|\n| c [@a] | [[sony]] |\n\n", "\n\n```\nfenced  code\n```\n\n",
    ];

    private static readonly Gen<string> Markdown = Gen.Int[0, Pieces.Length - 1]
        .Select(i => Pieces[i])
        .Array[0, 40]
        .Select(string.Concat);

    [Fact]
    public void ReadText_AnyMarkdown_ReadsWhatABrowsersParserFindsInTheFilledHtml()
    {
        // The reading walks UTF-8 tags and references by hand; AngleSharp parses the page as a browser does.
        Markdown.Sample(
            markdown =>
            {
                var html = BriefingMarkdown.Render(BriefingMarkdown.Parse(markdown, out _));
                Assert.Equal(Expected(html.Fill(new Page())), html.ReadText(Name));
            },
            iter: 3_000);
    }

    [Fact]
    public void ReadText_StoppedOnceLongEnough_IsTheWholeTextsStartButForItsLastCharacter()
    {
        Gen.Select(Markdown, Gen.Int[0, 120]).Sample(
            (markdown, atLeast) =>
            {
                var html = BriefingMarkdown.Render(BriefingMarkdown.Parse(markdown, out _));
                var whole = html.ReadText(Name);
                var buffer = Array.Empty<char>();
                var start = html.ReadText(Name, ref buffer, atLeast).ToString();

                if (start.Length <= atLeast)
                {
                    Assert.Equal(whole, start);
                }
                else
                {
                    Assert.StartsWith(start[..^1], whole, StringComparison.Ordinal);
                }
            },
            iter: 3_000);
    }

    [Fact]
    public void TextIdentity_ChangesWithTheTextOrAShownName_NotWithANameNotShown()
    {
        static UInt128 Identity(string markdown, EntityName names) => BriefingMarkdown.Render(BriefingMarkdown.Parse(markdown, out _)).TextIdentity(names);
        EntityName renamed = id => id is "sony" ? "Sony Corporation" : Name(id);

        Assert.Equal(Identity("[[sony]] leads.\n", Name), Identity("[[sony]] leads.\n", Name));
        Assert.NotEqual(Identity("[[sony]] leads.\n", Name), Identity("[[sony]] leads!\n", Name));
        Assert.NotEqual(Identity("[[sony]] leads.\n", Name), Identity("[[sony]] leads.\n", renamed));
        Assert.Equal(Identity("[[sony|The group]] leads.\n", Name), Identity("[[sony|The group]] leads.\n", renamed));
    }

    /// <summary>The text of each block of the HTML, with what a page fills into a hole that is not read taken out.</summary>
    private static string Expected(string html)
    {
        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;
        foreach (var filled in body.QuerySelectorAll(".link-language, .filled").ToList())
        {
            filled.Remove();
        }

        var text = new StringBuilder();
        Walk(body, text);
        EndLine(text);
        return text.ToString();
    }

    private static readonly HashSet<string> Blocks = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "TABLE", "THEAD", "TBODY", "TR", "TD", "TH", "FIGURE", "FIGCAPTION", "DIV", "HR"];

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText words)
            {
                foreach (var c in words.Data)
                {
                    if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
                    {
                        text.Append(c);
                    }
                    else if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                    {
                        text.Append(' ');
                    }
                }

                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            if (element.ClassList.Contains("cites"))
            {
                DropSpace(text);
                continue;
            }

            var block = Blocks.Contains(element.TagName);
            if (block)
            {
                EndLine(text);
            }

            if (element.TagName == "BR" && text.Length > 0 && text[^1] is not (' ' or '\n'))
            {
                text.Append(' ');
            }

            Walk(element, text);
            if (block)
            {
                EndLine(text);
            }
        }
    }

    private static void DropSpace(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }

    private static void EndLine(StringBuilder text)
    {
        DropSpace(text);
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    /// <summary>A page that fills every hole, and marks what it fills where the reading leaves it out.</summary>
    private sealed class Page : IPageContext
    {
        public EntityTarget? FindEntity(string id) => Name(id) is { } name ? new EntityTarget(name, $"/entities/{id}/") : null;

        public CitationTarget? FindCitation(string sourceId) => new(sourceId == "a" ? 1 : 2, "Wire, “A & B”");

        public byte[]? Chart(string key, ChartPart part) => "<div class=\"filled\"><svg><text>1 trillion</text></svg></div>"u8.ToArray();

        public SiteLinkMarkup? FindSiteLink(string url) => new("/ja/briefings/x/", "ja", "日本語");
    }
}
