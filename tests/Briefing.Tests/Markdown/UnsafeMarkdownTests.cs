using AngleSharp.Html.Parser;
using Briefing.Engine.Markdown;
using Briefing.Tests.Infrastructure;
using Markdig.Extensions.GenericAttributes;

namespace Briefing.Tests.Markdown;

/// <summary>Markdown that would put markup or script on a page: refused where written, and rendered harmless regardless.</summary>
public sealed class UnsafeMarkdownTests
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

    [Theory]
    [InlineData("<script>alert(1)</script>", "(6,1)")]
    [InlineData("<div onclick=\"alert(1)\">text</div>", "(6,1)")]
    [InlineData("<!-- a comment -->", "(6,1)")]
    [InlineData("A claim <img src=x onerror=alert(1)> [@wire-2026].", "(6,9)")]
    [InlineData("A claim <a href=\"javascript:alert(1)\">here</a> [@wire-2026].", "(6,9)")]
    public void Build_RawHtml_IsRefusedWhereWritten(string body, string position)
    {
        Refused.Assert(Briefing(body + "\n\nCited [@wire-2026]."),
            $"input/briefings/a.md{position}: error BRF2004: raw HTML is not allowed in Markdown; use Markdown syntax (e.g. **bold**, [text](/path/)) or remove the tag");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("A claim <img src=x onerror=alert(1)>.")]
    [InlineData("A claim <svg/onload=alert(1)>, which CommonMark does not count as a tag.")]
    [InlineData("<div onclick=\"alert(1)\">\n\n*text*\n\n</div>")]
    public void ToHtml_RawHtml_IsWrittenAsText(string markdown)
    {
        var html = Render(markdown);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, div, svg"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(markdown.Split('\n')[0], document.Body!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> UnsafeUrls => new()
    {
        { "javascript:alert(1)", "javascript:alert(1)" },
        { "JaVaScRiPt:alert(1)", "JaVaScRiPt:alert(1)" },
        { "vbscript:msgbox(1)", "vbscript:msgbox(1)" },
        { "VBScript:msgbox(1)", "VBScript:msgbox(1)" },
        { "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
        { "DATA:image/svg+xml,x", "DATA:image/svg+xml,x" },
        { "file:///etc/passwd", "file:///etc/passwd" },
        { "FILE://server/share", "FILE://server/share" },
        { "&#106;avascript:alert(1)", "javascript:alert(1)" },
        { "java&#x09;script:alert(1)", "java\\u0009script:alert(1)" },
        { "java&#x0A;script:alert(1)", "java\\u000Ascript:alert(1)" },
        { "//evil.example/page", "//evil.example/page" },
        { "/\\evil.example/page", "/\\evil.example/page" },
        { "http://insecure.example/", "http://insecure.example/" },
        { "HTTPS://shouting.example/", "HTTPS://shouting.example/" },
    };

    [Theory]
    [MemberData(nameof(UnsafeUrls))]
    public void Build_UnsafeLink_IsRefusedAtTheLink(string url, string shown)
    {
        Refused.Assert(Briefing($"See [x]({url}) [@wire-2026]."),
            $"input/briefings/a.md(6,5): error BRF2005: link '{shown}' must be an https:// address or a path on this site starting with '/'");
    }

    [Theory]
    [MemberData(nameof(UnsafeUrls))]
    public void Build_UnsafeImage_IsRefusedAtTheImage(string url, string shown)
    {
        Refused.Assert(Briefing($"See ![x]({url}) [@wire-2026]."),
            $"input/briefings/a.md(6,5): error BRF2005: link '{shown}' must be an https:// address or a path on this site starting with '/'");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("file:///etc/passwd")]
    public void Build_UnsafeAutolink_IsRefusedAtTheLink(string url)
    {
        Refused.Assert(Briefing($"See <{url}> [@wire-2026]."),
            $"input/briefings/a.md(6,5): error BRF2005: link '{url}' must be an https:// address or a path on this site starting with '/'");
    }

    [Fact]
    public void Build_UnsafeReferenceDefinition_IsRefusedAtTheLinkThatUsesIt()
    {
        Refused.Assert(Briefing("See [the page][ref] [@wire-2026].\n\n[ref]: javascript:alert(1)"),
            "input/briefings/a.md(6,5): error BRF2005: link 'javascript:alert(1)' must be an https:// address or a path on this site starting with '/'");
    }

    [Theory]
    [MemberData(nameof(UnsafeUrls))]
    public void ToHtml_UnsafeUrl_BecomesAHarmlessFragment(string url, string shown)
    {
        Assert.NotEmpty(shown);
        AssertEveryTargetIsAFragment(Render($"See [x]({url}) and ![x]({url}) and <{url}> and [y][r].\n\n[r]: {url}"));
    }

    [Theory]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0000javascript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    public void ToHtml_UrlWithControlCharacters_BecomesAHarmlessFragment(string url)
    {
        // Browsers drop leading controls and spaces, so these would run as javascript: if written out.
        // Files cannot hold them (the decoder refuses), but the renderer must not depend on that.
        AssertEveryTargetIsAFragment(Render($"See [x](<{url}>) and ![x](<{url}>)."));
    }

    private static void AssertEveryTargetIsAFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var targets = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")))
            .ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Equal("#", target));
    }

    [Theory]
    [InlineData("https://example.org/report", "https://example.org/report")]
    [InlineData("/entities/sony/", "/entities/sony/")]
    [InlineData("#money", "#money")]
    public void ToHtml_SafeUrl_IsKept(string url, string expected)
    {
        var document = new HtmlParser().ParseDocument(Render($"See [x]({url})."));

        Assert.Equal(expected, document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Pipeline_GenericAttributes_AreNeverEnabled()
    {
        Assert.DoesNotContain(BriefingMarkdown.Pipeline.Extensions, e => e is GenericAttributesExtension);
    }

    [Fact]
    public void Build_GenericAttributeSyntax_StaysText()
    {
        var result = MiniSite.Build(Briefing("## Money {#cash .big onclick=\"alert(1)\"}\n\nText {onmouseover=alert(1)} [@wire-2026]."));

        var document = new HtmlParser().ParseDocument(result.Page("briefings/a/index.html"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Null(document.GetElementById("cash"));
        Assert.Contains("Money {#cash .big onclick=\"alert(1)\"}", document.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
    }

    private static string Render(string markdown) =>
        BriefingMarkdown.ToHtml(BriefingMarkdown.Parse(markdown, out _), new NoPage());

    private sealed class NoPage : IPageContext
    {
        public EntityTarget? FindEntity(string id) => null;

        public CitationTarget? FindCitation(string sourceId) => null;
    }
}
