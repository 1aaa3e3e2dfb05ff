using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>input/pages/&lt;slug&gt;.md: front matter read and checked as a briefing's is, each problem at its place.</summary>
public sealed class PageLoaderTests
{
    private const string Cited = "Text [@wire-2026].\n";

    [Fact]
    public void Build_Page_IsAtItsSlugWithTitleSummaryAndUpdate()
    {
        var result = MiniSite.Build(MiniSite.Basics + """
            -- input/pages/about.md --
            ---
            title: About us
            summary: Who we are.
            updated: 2026-02-03
            ---
            We follow one story [@wire-2026].
            """);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Page("about/index.html"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("About us", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Who we are.", page.QuerySelector(".standfirst")!.TextContent);
        Assert.Equal("2026-02-03", page.QuerySelector(".page-head time")!.GetAttribute("datetime"));
        Assert.Equal("#ref-1", page.QuerySelector(".prose a.cite")!.GetAttribute("href"));
        Assert.Equal("About us — Test Desk", page.Title);
    }

    [Fact]
    public void Build_PageWithoutTitleOrSummary_ReportsEachMissingKey()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/pages/about.md --
            ---
            nav: true
            ---

            """ + Cited);

        Assert.Equal(
            [
                "input/pages/about.md(2,1): error BRF1005: required key 'summary' is missing or empty",
                "input/pages/about.md(2,1): error BRF1005: required key 'title' is missing or empty",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ],
            lines);
    }

    [Fact]
    public void Build_PageWithBriefingOrOtherGeneratorKeys_SaysWhatToWriteInstead()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/pages/about.md --
            ---
            title: About
            summary: S
            date: 2026-01-01
            menu: true
            wieght: 3
            ---

            """ + Cited);

        Assert.Equal(
            [
                "input/pages/about.md(4,1): error BRF1004: unknown key 'date' in front matter; a page has no publication date; write 'updated' for its last substantive change",
                "input/pages/about.md(5,1): error BRF1004: unknown key 'menu' in front matter; did you mean 'nav'?",
                "input/pages/about.md(6,1): error BRF1004: unknown key 'wieght' in front matter; did you mean 'weight'?",
            ],
            lines);
    }

    [Fact]
    public void Build_PageWithoutFrontMatter_SaysWhatAPageStartsWith()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + "-- input/pages/about.md --\n" + Cited);

        Assert.Equal(
            [
                "input/pages/about.md(1,1): error BRF1003: a page starts with front matter: a '---' line, then title and summary, then '---'",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ],
            lines);
    }

    [Fact]
    public void Build_PageFileNameNotASlug_IsRefusedAsABriefingsIs()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + "-- input/pages/About_Us.md --\n---\ntitle: A\nsummary: S\n---\n" + Cited);

        Assert.Equal(
            [
                "input/pages/About_Us.md: error BRF1012: 'About_Us.md' cannot become a page address; rename it: use lowercase letters a-z, digits and single hyphens, starting with a letter or digit (e.g. 'softbank-corp')",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ],
            lines);
    }
}
