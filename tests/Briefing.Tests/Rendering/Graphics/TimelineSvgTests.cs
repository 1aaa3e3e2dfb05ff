using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering.Graphics;

public sealed class TimelineSvgTests
{
    [Fact]
    public void Render_TimelinePage_OneRowPerEventLinkingToItsListItem()
    {
        var page = ReaderSite.Document("timeline/index.html");

        var rows = page.QuerySelectorAll("svg.timeline-chart a.tl-row");
        var items = page.QuerySelectorAll(".timeline-list li.event");

        Assert.Equal(4, rows.Length);
        Assert.Equal(items.Select(i => "#" + i.Id), rows.Select(r => r.GetAttribute("href")));
    }

    [Fact]
    public void Render_EachStatus_ItsOwnShapeAndClass()
    {
        var svg = ReaderSite.Svg("timeline/index.html", "timeline-chart");

        Assert.Contains("<a class=\"tl-row status-reported\"", svg, StringComparison.Ordinal);
        Assert.Matches("status-reported.*?<circle class=\"tl-mark\" ", svg);
        Assert.Matches("status-announced.*?<rect class=\"tl-mark\" ", svg);
        Assert.Matches("status-planned.*?<circle class=\"tl-mark open\" ", svg);
        Assert.Matches("status-expected.*?<path class=\"tl-mark open\" d=\"M", svg);
    }

    [Fact]
    public void Render_DatePrecision_BandOverTheYearQuarterOrMonthButNotForADay()
    {
        var rows = ReaderSite.Svg("timeline/index.html", "timeline-chart").Split("<a class=\"tl-row")[1..];

        Assert.DoesNotContain("tl-span", rows[0], StringComparison.Ordinal);
        Assert.All(rows[1..], row => Assert.Contains("<rect class=\"tl-span\"", row, StringComparison.Ordinal));
        double Width(string row) => double.Parse(
            System.Text.RegularExpressions.Regex.Match(row, "tl-span\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Width(rows[1]) > Width(rows[3]), "a quarter is wider than a month");
        Assert.True(Width(rows[2]) > Width(rows[1]), "a year is wider than a quarter");
    }

    [Fact]
    public void Render_Axis_LabelsEveryYearOfASpanThisShort()
    {
        var svg = ReaderSite.Svg("timeline/index.html", "timeline-chart");

        foreach (var year in new[] { "2026", "2027", "2028", "2029", "2030" })
        {
            Assert.Contains($">{year}</text>", svg, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(">2031</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileEventTitle_EscapedInTheSvg()
    {
        var svg = ReaderSite.Svg("timeline/index.html", "timeline-chart");

        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; announced", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", ReaderSite.Page("timeline/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Legend_NamesEachStatusShownInWords()
    {
        var legend = ReaderSite.Document("timeline/index.html").QuerySelector("figcaption .chart-legend")!.TextContent;

        Assert.Contains("Reported", legend, StringComparison.Ordinal);
        Assert.Contains("Announced", legend, StringComparison.Ordinal);
        Assert.Contains("Planned", legend, StringComparison.Ordinal);
        Assert.Contains("Expected", legend, StringComparison.Ordinal);
        Assert.Contains("known only to the year, quarter or month", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EntityPage_ChartShowsOnlyThatEntitysEvents()
    {
        var lead = ReaderSite.Document("entities/lead/index.html");
        var loner = ReaderSite.Page("entities/loner/index.html");

        var titles = lead.QuerySelectorAll("svg.timeline-narrow a.tl-row text").Select(t => t.TextContent).ToList();

        Assert.Equal(["Reported on a day", "Planned for a year"], titles);
        Assert.DoesNotContain("timeline-", loner, StringComparison.Ordinal);
        Assert.All(lead.QuerySelectorAll("svg.timeline-narrow a.tl-row"), row => Assert.NotNull(lead.GetElementById(row.GetAttribute("href")![1..])));
    }

    [Fact]
    public void Render_LongTitle_WrapsToTwoLinesWithAnEllipsisAndKeepsTheWholeTitleInItsTooltip()
    {
        var title = "A very long event title that goes on and on well past what two lines of the label column can hold in the chart";
        var site = MiniSite.Basics + $"""
            -- input/timeline.yml --
            - date: 2026-02
              title: {title}
              status: planned
              sources: [wire-2026]

            """;

        var page = MiniSite.Build(site).Page("timeline/index.html");
        var row = page[page.IndexOf("<a class=\"tl-row", StringComparison.Ordinal)..];

        Assert.Contains($"<title>February 2026: {title} (planned)</title>", row, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(row[..row.IndexOf("</a>", StringComparison.Ordinal)], "<tspan"));
        Assert.Contains("…</tspan>", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameInputTwice_IdenticalBytes()
    {
        var first = MiniSite.Build(ReaderSite.Text).Site!.Files;
        var second = MiniSite.Build(ReaderSite.Text).Site!.Files;

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs between two builds"));
    }
}
