using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Standalone pages: in the header when marked nav, in weight order; always in the footer; held to a briefing's rules; and the corrections they can list.</summary>
public sealed class StandalonePageTests
{
    private static string Page(string slug, string title, string more = "") => $"""
        -- input/pages/{slug}.md --
        ---
        title: {title}
        summary: About {title}.
        {more}
        ---
        {title} text [@wire-2026].

        """;

    private static readonly Lazy<BuildResult> Pages = new(() => MiniSite.Build(MiniSite.Basics
        + Page("second", "Second", "nav: true\nweight: 2")
        + Page("first", "First", "nav: true\nweight: 1")
        + Page("zulu", "Zulu", "nav: true")
        + Page("alpha", "Alpha", "nav: true")
        + Page("legal", "Legal")));

    private static IDocument Html(BuildResult result, string path) => new HtmlParser().ParseDocument(result.Page(path));

    [Fact]
    public void Build_NavPages_FollowTheBuiltInItemsByWeightThenTitle()
    {
        var nav = Html(Pages.Value, "index.html").QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/briefings/", "/entities/", "/timeline/", "/sources/", "/claims/", "/first/", "/second/", "/alpha/", "/zulu/", "/search/"], nav);
        Assert.Empty(Pages.Value.Diagnostics);
    }

    [Fact]
    public void Build_PageNotInTheHeader_IsInTheFooter_AndEveryPageInTheSitemap()
    {
        var footer = Html(Pages.Value, "briefings/index.html").QuerySelectorAll("footer li a").Select(a => a.GetAttribute("href")).ToList();
        var sitemap = Encoding.UTF8.GetString(Pages.Value.Site!.Files["sitemap.xml"]);

        Assert.Equal(["/feed.xml", "/sources/", "/topics/", "/search/", "/legal/"], footer);
        Assert.Contains("<loc>https://example.test/legal/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.test/first/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NavPage_IsMarkedCurrentOnItself()
    {
        var current = Html(Pages.Value, "first/index.html").QuerySelectorAll("header nav a[aria-current='page']").Select(a => a.GetAttribute("href"));

        Assert.Equal(["/first/"], current);
    }

    [Fact]
    public void Build_Page_IsASearchDocument()
    {
        var files = Pages.Value.Site!.Files;
        var documents = files.Keys.Where(p => p.StartsWith("search/documents/", StringComparison.Ordinal)).Select(p =>
        {
            using var json = JsonDocument.Parse(files[p]);
            return (Kind: json.RootElement.GetProperty("k").GetString(), Url: json.RootElement.GetProperty("u").GetString());
        }).ToList();

        Assert.Contains(("Page", "/legal/"), documents);
    }

    [Fact]
    public void Build_UncitedParagraphOnAPage_IsReportedAsOnABriefing()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/pages/about.md --
            ---
            title: About
            summary: S
            ---
            We follow one story [@wire-2026].

            This paragraph cites nothing.
            """);

        Assert.Equal(["input/pages/about.md(7,1): warning BRF2009: paragraph cites no source; add [@source-id] after the statement it supports"], lines);
    }

    [Fact]
    public void Build_LinkToAPage_ResolvesOnlyWhenThePageExists()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + Page("about", "About") + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            See [about](/about/) and [method](/methodology/) [@wire-2026].
            """);

        Assert.Equal(["input/briefings/a.md(6,26): error BRF2007: link '/methodology/' leads to no page of this site; check the path (pages are /briefings/<slug>/, /entities/<id>/, /sources/<id>/, /timeline/, /claims/)"], lines);
    }

    [Theory]
    [InlineData("briefings", "/briefings/")]
    [InlineData("topics", "/topics/")]
    [InlineData("search", "/search/")]
    [InlineData("assets", "/assets/")]
    [InlineData("feed", "/feed.xml")]
    [InlineData("sitemap", "/sitemap.xml")]
    [InlineData("robots", "/robots.txt")]
    [InlineData("404", "/404.html")]
    public void Build_PageSlugTheSiteUses_IsRefusedAndLeftOut(string slug, string address)
    {
        var result = MiniSite.Build(MiniSite.Basics + Page(slug, "Taken", "nav: true") + Page("about", "About"));

        Assert.Equal(
            [$"input/pages/{slug}.md(1,1): error BRF2016: a page at /{slug}/ would clash with the site's own {address}; rename the file, since a page's address is its file name"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Plan_TakenNames_AreEveryAddressTheSiteMakesWithoutAnId()
    {
        var taken = Briefing.Engine.Resolution.PagePlanner.TakenNames(Briefing.Engine.Model.SiteUrls.Main, new Briefing.Engine.Resolution.AssetManifest(new Briefing.Engine.Model.Theme([], [], [])));

        Assert.Equal(
            ["404", "briefings", "claims", "entities", "feed", "graph", "robots", "search", "sitemap", "sitemaps", "sources", "timeline", "topics"],
            taken.Keys.Order(StringComparer.Ordinal));
    }

    private const string Corrected = """
        -- input/briefings/older.md --
        ---
        title: Older
        date: 2026-01-01
        summary: S
        corrections:
          - date: 2026-01-05
            note: The count was eight, not nine.
          - date: 2026-02-10
            note: The fund is in yen, not dollars.
        ---
        Text [@wire-2026].
        -- input/briefings/newer.md --
        ---
        title: Newer
        date: 2026-02-01
        summary: S
        corrections:
          - date: 2026-02-03
            note: The plant is in Sakai.
        ---
        Text [@wire-2026].

        """;

    [Fact]
    public void Build_CorrectionsPage_ListsEveryCorrectionNewestFirstWithItsBriefing()
    {
        var result = MiniSite.Build(MiniSite.Basics + Corrected + Page("corrections", "Corrections", "list: corrections"));
        var items = Html(result, "corrections/index.html").QuerySelectorAll(".corrections li").ToList();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["2026-02-10", "2026-02-03", "2026-01-05"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["/briefings/older/", "/briefings/newer/", "/briefings/older/"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.EndsWith(": The fund is in yen, not dollars.", items[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Briefing_ShowsItsOwnCorrectionsNewestFirst()
    {
        var result = MiniSite.Build(MiniSite.Basics + Corrected);
        var items = Html(result, "briefings/older/index.html").QuerySelectorAll(".corrections li").Select(li => li.TextContent).ToList();

        Assert.Equal(["10 February 2026: The fund is in yen, not dollars.", "5 January 2026: The count was eight, not nine."], items);
    }

    [Fact]
    public void Build_CorrectionsPageBeforeAnyCorrection_SaysNoneHasBeenMade()
    {
        var result = MiniSite.Build(MiniSite.Basics + Page("corrections", "Corrections", "list: corrections"));
        var section = Html(result, "corrections/index.html").QuerySelector(".corrections")!;

        Assert.Empty(section.QuerySelectorAll("li"));
        Assert.Equal("No correction has been made to a briefing so far.", section.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Build_CorrectionBeforePublication_IsReportedAtItsDate()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-03-01
            summary: S
            corrections:
              - date: 2026-02-01
                note: Too early.
              - note: No date.
            ---
            Text [@wire-2026].
            """);

        Assert.Equal(
            [
                "input/briefings/a.md(6,11): error BRF2006: correction of 2026-02-01 is before date 2026-03-01; a correction cannot precede publication",
                "input/briefings/a.md(8,5): error BRF1005: required key 'date' is missing or empty",
            ],
            lines);
    }
}
