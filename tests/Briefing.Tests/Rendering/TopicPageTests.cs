using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Each topic a briefing names has a page listing its briefings; chips lead there; topics.yml titles and describes them.</summary>
public sealed class TopicPageTests
{
    private const string Briefings = """
        -- input/briefings/older.md --
        ---
        title: Older
        date: 2026-01-01
        summary: The older one.
        topics: [contested-figures]
        ---
        Text [@wire-2026].
        -- input/briefings/newer.md --
        ---
        title: Newer
        date: 2026-02-01
        summary: The newer one.
        topics: [contested-figures, money]
        ---
        Text [@wire-2026].

        """;

    private static readonly Lazy<Briefing.Engine.BuildResult> WithoutFile = new(() => MiniSite.Build(MiniSite.Basics + Briefings));

    private static readonly Lazy<Briefing.Engine.BuildResult> WithFile = new(() => MiniSite.Build(MiniSite.Basics + Briefings + """
        -- input/topics.yml --
        - id: contested-figures
          title: Disputed numbers
          description: Figures the reports give differently [@wire-2026].
        - id: money
          title: Money
        """));

    private static IDocument Page(Lazy<Briefing.Engine.BuildResult> site, string path) => new HtmlParser().ParseDocument(site.Value.Page(path));

    [Fact]
    public void Build_TopicNamedByBriefings_HasAPageListingThemNewestFirst()
    {
        var page = Page(WithoutFile, "topics/contested-figures/index.html");

        Assert.Equal("Contested figures", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/briefings/newer/", "/briefings/older/"], page.QuerySelectorAll(".cards h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Build_TopicsPage_ListsEveryTopicWithItsCount()
    {
        var items = Page(WithoutFile, "topics/index.html").QuerySelectorAll(".topic-list li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(["Contested figures 2 briefings", "Money one briefing"], items);
    }

    [Fact]
    public void Build_Briefing_ChipsAndKickerLeadToItsTopics()
    {
        var page = Page(WithFile, "briefings/newer/index.html");

        Assert.Equal(["/topics/contested-figures/", "/topics/money/"], page.QuerySelectorAll(".topics a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Disputed numbers", "Money"], page.QuerySelectorAll(".topics a").Select(a => a.TextContent));
        Assert.Equal("/topics/contested-figures/", page.QuerySelector(".kicker a")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_TopicsFile_GivesTitleAndCitedDescription()
    {
        var page = Page(WithFile, "topics/contested-figures/index.html");

        Assert.Equal("Disputed numbers", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Figures the reports give differently", page.QuerySelector(".standfirst")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#ref-1", page.QuerySelector(".standfirst a.cite")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#references"));
        Assert.Empty(WithFile.Value.Diagnostics);
    }

    [Fact]
    public void Build_BriefingNamingATopicTwice_IsListedAndCountedOnce()
    {
        var site = MiniSite.Build(MiniSite.Basics + Briefings.Replace("topics: [contested-figures]", "topics: [money, contested-figures, money]", StringComparison.Ordinal));

        Assert.Equal(["/briefings/newer/", "/briefings/older/"], Page(new(site), "topics/money/index.html").QuerySelectorAll(".cards h3 a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Money 2 briefings", Page(new(site), "topics/index.html").QuerySelectorAll(".topic-list li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Build_TopicPages_AreInTheSitemap()
    {
        var sitemap = System.Text.Encoding.UTF8.GetString(WithoutFile.Value.Site!.Files["sitemap.xml"]);

        Assert.Contains("https://example.test/topics/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("https://example.test/topics/money/</loc>", sitemap, StringComparison.Ordinal);
    }
}
