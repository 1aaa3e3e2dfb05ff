using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Charts a writer places in a briefing: each a figure with the picture, a caption that cites, a legend, and the same in words.</summary>
public sealed class ChartFigureTests
{
    private const string Site = MiniSite.Basics + """
        - id: daily-2026
          publisher: Daily
          title: A daily report
          url: https://daily.test/report
          date: 2026-01-03
        - id: weekly-2026
          publisher: Weekly
          title: A weekly report
          url: https://weekly.test/report
          date: 2026-01-04
        -- input/entities/sony.yml --
        name: Sony
        kind: company
        summary: A member [@wire-2026].
        relations:
          - to: venture
            type: member-of
            sources: [wire-2026, daily-2026]
        -- input/entities/venture.yml --
        name: The venture
        kind: company
        summary: The venture [@wire-2026].
        -- input/timeline.yml --
        - date: 2026-03
          title: Sony joins the venture
          status: reported
          sources: [wire-2026]
          entities: [sony, venture]
        -- input/claims.yml --
        - id: fund-usd
          question: What is the fund in dollars?
          status: corrected
          reports:
            - value: $6.3 billion
              source: wire-2026
            - value: About $6.16 billion
              source: daily-2026
            - value: Approximately $61.6 billion
              source: weekly-2026
              note: Ten times the others.
          assessment: A slipped decimal point [@weekly-2026].
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        topics: [members]
        ---
        About [[sony]] [@wire-2026].

        ::: chart graph: venture
        Who is in the venture [@daily-2026].
        :::

        ::: chart timeline: topic members
        What happened [@wire-2026].
        :::

        ::: chart claim: fund-usd
        Three dollar figures for one sum [@weekly-2026].
        :::
        """;

    private static readonly Lazy<IDocument> Page = new(() =>
        new HtmlParser().ParseDocument(MiniSite.Build(Site).Page("briefings/a/index.html")));

    [Fact]
    public void Build_ThreeCharts_NoDiagnostics()
    {
        Assert.Empty(MiniSite.Diagnostics(Site));
    }

    [Fact]
    public void Render_EachChart_AFigureWithPictureCaptionLegendAndWords()
    {
        var figures = Page.Value.QuerySelectorAll("figure.prose-chart");

        Assert.Equal(3, figures.Length);
        Assert.All(figures, figure =>
        {
            Assert.Equal(2, figure.QuerySelectorAll(".chart-scroll[role=region][aria-label] > svg.chart[aria-label]").Length);
            Assert.NotNull(figure.QuerySelector("figcaption .chart-caption .cites a.cite"));
            Assert.NotNull(figure.QuerySelector("figcaption .chart-legend li"));
            Assert.Equal("DETAILS", figure.NextElementSibling?.TagName);
        });
    }

    [Fact]
    public void Render_GraphChart_RelationsAsAList()
    {
        var words = Page.Value.QuerySelectorAll("figure.prose-chart")[0].NextElementSibling!;

        Assert.Equal("Sony: member of The venture (2 independent reports)", words.QuerySelector(".relation-list li")!.TextContent);
    }

    [Fact]
    public void Render_TopicTimeline_EventsNamingTheTopicsEntities()
    {
        var words = Page.Value.QuerySelectorAll("figure.prose-chart")[1].NextElementSibling!;
        var item = words.QuerySelector(".relation-list li")!;

        Assert.Equal("March 2026: Sony joins the venture (reported, one report)", item.TextContent);
        Assert.Equal(item.Id, Page.Value.QuerySelector(".timeline-chart a.tl-row")!.GetAttribute("href")![1..]);
    }

    [Fact]
    public void Render_ClaimChart_ReportsAsATableWithTheOutlierMarked()
    {
        var figure = Page.Value.QuerySelectorAll("figure.prose-chart")[2];
        var rows = figure.NextElementSibling!.QuerySelectorAll("tbody tr");

        Assert.Equal(["Wire", "Daily", "Weekly"], rows.Select(r => r.Children[0].TextContent));
        Assert.Equal("Approximately $61.6 billion (Far from the other reports' figures)", rows[2].Children[1].TextContent);
        Assert.Equal(["", "", "apart"], rows.Select(r => r.ClassName ?? string.Empty));
        Assert.Equal("img", figure.QuerySelector("svg.claim-chart")!.GetAttribute("role"));
        Assert.Contains("Ledger: corrected", figure.QuerySelector("figcaption .chart-legend")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UncitedCaption_CountsAsAnUncitedParagraph()
    {
        var lines = MiniSite.Diagnostics(Site.Replace("Who is in the venture [@daily-2026].", "Who is in the venture.", StringComparison.Ordinal));

        Assert.Equal(["input/briefings/a.md(10,1): warning BRF2009: paragraph cites no source; add [@source-id] after the statement it supports"], lines);
    }
}
