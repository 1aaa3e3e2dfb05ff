using Briefing.Benchmarks.Corpus;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

public sealed class HomePageTests
{
    [Fact]
    public void Render_KeyFigures_ConsistentFiguresCreditEachIndependentReport()
    {
        var figures = ReaderSite.Document("index.html").QuerySelectorAll(".key-figures > .figures")[0].QuerySelectorAll(".figure");

        var figure = Assert.Single(figures);
        Assert.Equal("¥1 trillion", figure.QuerySelector(".figure-value")!.TextContent);
        var claim = figure.QuerySelector(".figure-question a")!;
        Assert.Equal("How big is the fund?", claim.TextContent);
        Assert.Equal("/claims/#size", claim.GetAttribute("href"));
        Assert.Equal("2 independent reports: Wire, " + ReaderSite.Hostile, figure.QuerySelector(".figure-source")!.TextContent);
        Assert.Equal(["/sources/wire-2026/", "/sources/evil-source/"], figure.QuerySelectorAll(".figure-source a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_KeyFigures_OneOutletFiguresApartAndLabelled()
    {
        var page = ReaderSite.Document("index.html");

        var figure = Assert.Single(page.QuerySelectorAll(".key-figures > .figures")[1].QuerySelectorAll(".figure"));
        Assert.Equal("From one outlet only", page.QuerySelector("#one-outlet")!.TextContent);
        Assert.Equal("1 leader", figure.QuerySelector(".figure-value")!.TextContent);
        Assert.Equal("single source: Wire", figure.QuerySelector(".figure-source")!.TextContent);
    }

    [Fact]
    public void Render_KeyFigures_ClaimWithoutFigureIsNoKeyFigure()
    {
        var page = ReaderSite.Document("index.html");

        Assert.Equal(["¥1 trillion", "1 leader"], page.QuerySelectorAll(".figure-value").Select(v => v.TextContent));
    }

    [Fact]
    public void Render_Home_LeadLatestBriefingsGraphAndDisputes()
    {
        var page = ReaderSite.Document("index.html");

        Assert.Equal("Test Desk", page.QuerySelector(".lead h1")!.TextContent);
        Assert.Equal("A site for tests.", page.QuerySelector(".lead .standfirst")!.TextContent);
        Assert.Equal(["/briefings/alpha/", "/briefings/beta/"], page.QuerySelectorAll(".latest .card h3 a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector(".network svg.graph-chart"));
        Assert.Equal(["/claims/#members"], page.QuerySelectorAll("section[aria-labelledby=disputed] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_Home_ManyDisputes_ListsTheFirstTwelveAndLinksToTheLedger()
    {
        var claims = string.Concat(Enumerable.Range(0, 14).Select(i => $$"""
            - id: dispute-{{i:D2}}
              question: "How large is part {{i}}?"
              status: contested
              reports:
                - value: "{{i + 1}} units"
                  source: source-0000
                - value: "{{i + 2}} units"
                  source: source-0001
              assessment: The reports disagree [@source-0000].

            """));
        var files = SyntheticCorpus.Generate(50).Select(f => f.Path == "claims.yml" ? f with { Text = claims } : f).ToList();
        var theme = InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag());
        var input = new SiteInput("input", files.Select(f => new InputFile(f.Path, "input/" + f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text))).ToList(), theme);

        var result = SiteBuilder.Build(input, new BuildOptions());

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(result.Site!.Files["index.html"]));
        var listed = page.QuerySelectorAll("section[aria-labelledby=disputed] li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"/claims/#dispute-{i:D2}"), listed);
        var more = page.QuerySelector("section[aria-labelledby=disputed] .more a")!;
        Assert.Equal("All 14 in the claims ledger", more.TextContent);
        Assert.Equal("/claims/", more.GetAttribute("href"));
        Assert.Null(ReaderSite.Document("index.html").QuerySelector("section[aria-labelledby=disputed] .more"));
    }

    [Fact]
    public void Render_EntityNativeName_MarkedWithItsLanguage()
    {
        var lead = ReaderSite.Document("entities/lead/index.html");
        var loner = ReaderSite.Document("entities/loner/index.html");

        Assert.Equal("ja", lead.QuerySelector(".native-name")!.GetAttribute("lang"));
        Assert.Equal("リード株式会社", lead.QuerySelector(".native-name")!.TextContent);
        Assert.Equal("zh", loner.QuerySelector(".native-name")!.GetAttribute("lang"));
        Assert.Equal("Company", lead.QuerySelector(".page-head .kicker")!.TextContent);
    }

    [Fact]
    public void Render_EntityRelations_GroupedByHowTheEntityRelates()
    {
        var venture = ReaderSite.Document("entities/venture/index.html");

        var groups = venture.QuerySelectorAll("dl.relations > div")
            .Select(d => d.QuerySelector("dt")!.TextContent + ": " + string.Join(", ", d.QuerySelectorAll("dd > a").Select(a => a.TextContent)))
            .ToList();

        Assert.Equal(["led by: Lead Corp.", "member of: State fund", "investment from: " + ReaderSite.Hostile + ", Lead Corp.", "funded by: State fund"], groups);
    }
}
