using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>The trail above a page under a section, as a reader sees it and as search engines are told it.</summary>
public sealed class BreadcrumbTests
{
    private static readonly Lazy<BuildResult> Site = new(() => MiniSite.Build(MiniSite.Basics + """
        -- input/entities/lead.yml --
        name: Lead Corp.
        kind: company
        summary: The lead [@wire-2026].
        -- input/briefings/alpha.md --
        ---
        title: "Alpha </script> & co"
        date: 2026-01-05
        summary: S
        topics: [money]
        ---
        [[lead]] leads [@wire-2026].
        -- input/pages/about.md --
        ---
        title: About
        summary: S
        ---
        We follow [[lead]] [@wire-2026].
        """));

    private static IDocument Html(string path) => new HtmlParser().ParseDocument(Site.Value.Page(path));

    private static List<(string Name, string Url)> Visible(IDocument page) =>
        page.QuerySelectorAll("nav.breadcrumbs ol > li > a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();

    /// <summary>Each step's position, name and address; the last, the page itself, has none.</summary>
    private static List<(int Position, string Name, string? Item)> Structured(IDocument page)
    {
        var lists = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Where(j => j.GetProperty("@type").GetString() == "BreadcrumbList")
            .ToList();
        var list = Assert.Single(lists);
        Assert.Equal("https://schema.org", list.GetProperty("@context").GetString());
        return list.GetProperty("itemListElement").EnumerateArray()
            .Select(i =>
            {
                Assert.Equal("ListItem", i.GetProperty("@type").GetString());
                return (i.GetProperty("position").GetInt32(), i.GetProperty("name").GetString()!, i.TryGetProperty("item", out var item) ? item.GetString() : null);
            })
            .ToList();
    }

    [Theory]
    [InlineData("briefings/alpha/index.html", "Briefings", "/briefings/", "Alpha </script> & co", "/briefings/alpha/")]
    [InlineData("entities/lead/index.html", "Companies", "/entities/", "Lead Corp.", "/entities/lead/")]
    [InlineData("topics/money/index.html", "Topics", "/topics/", "Money", "/topics/money/")]
    [InlineData("sources/wire-2026/index.html", "Sources", "/sources/", "Wire: A wire report", "/sources/wire-2026/")]
    public void Render_PageUnderASection_TrailsHomeSectionNamedAsTheHeaderNamesItAndItself(string path, string section, string sectionUrl, string title, string url)
    {
        var page = Html(path);
        var nav = page.QuerySelector("main > nav.breadcrumbs")!;

        Assert.Equal("Breadcrumb", nav.GetAttribute("aria-label"));
        Assert.Equal([("Home", "/"), (section, sectionUrl), (title, url)], Visible(page));
        Assert.Equal(["page"], nav.QuerySelectorAll("[aria-current]").Select(a => a.GetAttribute("aria-current")));
        Assert.Equal(url, nav.QuerySelector("[aria-current]")!.GetAttribute("href"));
        Assert.Equal(
            [(1, "Home", "https://example.test/"), (2, section, "https://example.test" + sectionUrl), (3, title, null)],
            Structured(page));
    }

    [Fact]
    public void Render_StandalonePage_SitsUnderTheHomePage()
    {
        var page = Html("about/index.html");

        Assert.Equal([("Home", "/"), ("About", "/about/")], Visible(page));
        Assert.Equal([(1, "Home", "https://example.test/"), (2, "About", null)], Structured(page));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("briefings/index.html")]
    [InlineData("claims/index.html")]
    [InlineData("timeline/index.html")]
    public void Render_HomeAndListPages_HaveNoTrail(string path)
    {
        var page = Html(path);

        Assert.Null(page.QuerySelector("nav.breadcrumbs"));
        Assert.DoesNotContain(page.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("BreadcrumbList", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_BreadcrumbList_UsesTheBuildsBaseUrl()
    {
        var result = MiniSite.Build(MiniSite.Basics + "-- options --\nbase-url https://preview.test/\n" + """
            -- input/pages/about.md --
            ---
            title: About
            summary: S
            ---
            Text [@wire-2026].
            """);
        var page = new HtmlParser().ParseDocument(result.Page("about/index.html"));

        Assert.Equal([(1, "Home", "https://preview.test/"), (2, "About", null)], Structured(page));
    }
}
