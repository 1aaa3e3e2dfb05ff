using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Briefings of one day follow their weight; each ends with related briefings; the home page starts with the lightest.</summary>
public sealed class ReadingOrderTests
{
    private const string Site = MiniSite.Basics + """
        -- input/entities/sony.yml --
        name: Sony Group Corporation
        kind: company
        summary: A member [@wire-2026].
        -- input/entities/honda.yml --
        name: Honda Motor Co.
        kind: company
        summary: A member [@wire-2026].
        -- input/briefings/zeta.md --
        ---
        title: Zeta
        date: 2026-01-01
        summary: First to read.
        weight: 1
        entities: [sony]
        ---
        Text [@wire-2026].
        -- input/briefings/alpha.md --
        ---
        title: Alpha
        date: 2026-01-01
        summary: Second to read.
        weight: 2
        topics: [money]
        related: [mid]
        ---
        Text [@wire-2026].
        -- input/briefings/mid.md --
        ---
        title: Mid
        date: 2026-01-01
        summary: No weight.
        entities: [honda]
        ---
        Text [@wire-2026].
        -- input/briefings/newest.md --
        ---
        title: Newest
        date: 2026-02-01
        summary: Newer than all.
        weight: 9
        entities: [sony, honda]
        topics: [money]
        ---
        Text [@wire-2026].
        """;

    private static readonly Lazy<Briefing.Engine.BuildResult> Built = new(() => MiniSite.Build(Site));

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Built.Value.Page(path));

    private static string[] Links(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void Render_BriefingList_NewestFirstThenByWeightThenSlug()
    {
        Assert.Equal(
            ["/briefings/newest/", "/briefings/zeta/", "/briefings/alpha/", "/briefings/mid/"],
            Links(Page("briefings/index.html"), ".cards .card h3 a"));
    }

    [Fact]
    public void Render_Home_StartHereIsTheLowestWeightAndNotRepeatedInLatest()
    {
        var home = Page("index.html");

        Assert.Equal(["/briefings/zeta/"], Links(home, ".start-here .card h3 a"));
        Assert.Equal(["/briefings/newest/", "/briefings/alpha/", "/briefings/mid/"], Links(home, ".latest .card h3 a"));
    }

    [Fact]
    public void Render_RelatedBriefings_WritersListFirstThenMostSharedEntitiesAndTopics()
    {
        // Alpha names mid; newest shares its topic; zeta shares nothing with it.
        Assert.Equal(["/briefings/mid/", "/briefings/newest/"], Links(Page("briefings/alpha/index.html"), ".related .card h3 a"));

        // Newest shares one entity with zeta, one with mid and a topic with alpha: ties in list order.
        Assert.Equal(["/briefings/zeta/", "/briefings/alpha/", "/briefings/mid/"], Links(Page("briefings/newest/index.html"), ".related .card h3 a"));
    }

    [Fact]
    public void Render_RelatedBriefings_AtMostThree()
    {
        var site = Site + """

            -- input/briefings/extra.md --
            ---
            title: Extra
            date: 2026-01-01
            summary: Shares everything.
            entities: [sony, honda]
            topics: [money]
            related: [zeta, alpha, mid, newest]
            ---
            Text [@wire-2026].
            """;
        var page = new HtmlParser().ParseDocument(MiniSite.Build(site).Page("briefings/extra/index.html"));

        Assert.Equal(["/briefings/zeta/", "/briefings/alpha/", "/briefings/mid/"], Links(page, ".related .card h3 a"));
    }

    [Fact]
    public void Render_Briefing_WithNothingInCommonHasNoRelatedSection()
    {
        var site = MiniSite.Basics + """
            -- input/briefings/one.md --
            ---
            title: One
            date: 2026-01-01
            summary: Alone.
            ---
            Text [@wire-2026].
            -- input/briefings/two.md --
            ---
            title: Two
            date: 2026-01-01
            summary: Alone too.
            ---
            Text [@wire-2026].
            """;
        var page = new HtmlParser().ParseDocument(MiniSite.Build(site).Page("briefings/one/index.html"));

        Assert.Null(page.QuerySelector(".related"));
        Assert.Null(new HtmlParser().ParseDocument(MiniSite.Build(site).Page("index.html")).QuerySelector(".start-here"));
    }

    [Fact]
    public void Load_Weight_MustBeAWholeNumber()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/briefings/one.md --
            ---
            title: One
            date: 2026-01-01
            summary: S
            weight: first
            ---
            Text [@wire-2026].
            """);

        Assert.Contains("input/briefings/one.md(5,9): error BRF1006: 'weight' must be a whole number, e.g. 10, not 'first'", lines);
    }
}
