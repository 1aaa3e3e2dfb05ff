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

/// <summary>The timeline's axis, its certainty lines and its legend, on a site of its own.</summary>
public sealed class TimelineCertaintyTests
{
    private const string Site = CertaintySources.Text + """
        -- input/timeline.yml --
        - date: 2026-03
          title: Told by two outlets
          status: reported
          sources: [wire, paper]
        - date: 2027
          title: Told by one outlet and its relay
          status: planned
          sources: [wire, relay]
        - date: 2040
          title: A distant goal
          status: planned
          sources: [paper]
        -- input/briefings/one.md --
        ---
        title: One
        date: 2026-06-01
        updated: 2026-09-15
        summary: A briefing.
        ---
        Text [@wire].

        """;

    private static readonly Lazy<string> Page = new(() => MiniSite.Build(Site).Page("timeline/index.html"));

    private static string Svg(string cssClass)
    {
        var start = Page.Value.IndexOf($"<svg class=\"chart {cssClass}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {cssClass} picture");
        return Page.Value[start..(Page.Value.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    [Theory]
    [InlineData("timeline-chart")]
    [InlineData("timeline-narrow")]
    public void Render_EmptyYears_BreakMarkAndNoLabelsInside(string picture)
    {
        var svg = Svg(picture);

        Assert.Contains("<path class=\"tl-break\"", svg, StringComparison.Ordinal);
        Assert.Contains(">2040</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">2035</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">2028</text>", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline-chart")]
    [InlineData("timeline-narrow")]
    public void Render_Today_TheLatestUpdateOfABriefingBetweenItsYearLabels(string picture)
    {
        var svg = Svg(picture);

        double X(string pattern) => double.Parse(System.Text.RegularExpressions.Regex.Match(svg, pattern).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var today = X("<path class=\"tl-today\" d=\"M([0-9.]+) ");
        Assert.Contains(">Today</text>", svg, StringComparison.Ordinal);
        Assert.InRange(today, X("<text x=\"([0-9.]+)\" y=\"16\">2026<"), X("<text x=\"([0-9.]+)\" y=\"16\">2027<"));
    }

    [Fact]
    public void Render_Certainty_SolidForTwoIndependentReportsDashedForOneOrARelay()
    {
        var svg = Svg("timeline-chart");

        var solid = System.Text.RegularExpressions.Regex.Matches(svg, "<path class=\"tl-track\" d=\"([^\"]*)\"").Single().Groups[1].Value;
        var dashed = System.Text.RegularExpressions.Regex.Matches(svg, "<path class=\"tl-track single\" d=\"([^\"]*)\"").Single().Groups[1].Value;

        // The first row's track is solid; the second (a relay counts with its source) and third are dashed.
        Assert.Single(solid.Split('M', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(' ')[1].Split('H')[0]).Distinct());
        Assert.Equal(2, dashed.Split('M', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(' ')[1].Split('H')[0]).Distinct().Count());
    }

    [Fact]
    public void Render_Legend_NamesLinesBreakAndToday()
    {
        var legend = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page.Value).QuerySelector("figcaption .chart-legend")!.TextContent;

        Assert.Contains("Solid line: two or more independent reports", legend, StringComparison.Ordinal);
        Assert.Contains("Dashed line: one report", legend, StringComparison.Ordinal);
        Assert.Contains("Break: no events from 2028 to 2039, drawn short", legend, StringComparison.Ordinal);
        Assert.Contains("Today: 15 September 2026, the latest update", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EventList_SaysHowManyIndependentReports()
    {
        var metas = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page.Value).QuerySelectorAll(".timeline-list .event-meta .reports").Select(m => m.TextContent).ToList();

        Assert.Equal([" · 2 independent reports", " · one report", " · one report"], metas);
    }
}
