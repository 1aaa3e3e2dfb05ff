using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering.Graphics;

public sealed partial class ClaimChartSvgTests
{
    private static readonly Briefing.Engine.Model.UiText Text = ThemeText.English;

    [Theory]
    [InlineData("$6.3 billion", 6.3e9, "$")]
    [InlineData("About $6.16 billion", 6.16e9, "$")]
    [InlineData("Roughly ¥1 trillion over five years", 1e12, "¥")]
    [InlineData("¥1,000,000,000,000", 1e12, "¥")]
    [InlineData("Nine companies, 30 firms", 30, "")]
    public void Figure_ReportValue_ReadsTheFirstNumberWithItsScale(string value, double number, string currency)
    {
        Assert.Equal((number, currency), ChartSubjects.Figure(value));
    }

    [Fact]
    public void Figure_NoNumber_Null()
    {
        Assert.Null(ChartSubjects.Figure("Roughly one trillion parameters"));
    }

    [Fact]
    public void Render_FiguresADecadeApart_EachGridlineTenfoldAndMarksPlacedByLogarithm()
    {
        var svg = ClaimChartSvg.Render(
            [new ClaimMark("A", "$6.3 billion", 6.3e9, false), new ClaimMark("B", "$61.6 billion", 61.6e9, true)],
            "corrected", "$", "label", Text).Value;

        var grid = GridX().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var marks = MarkX().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(3, grid.Count);
        Assert.Equal(grid[1] - grid[0], grid[2] - grid[1], 1);
        Assert.Equal(grid[0] + (Math.Log10(6.3) * (grid[1] - grid[0])), marks[0], 0);
        Assert.Contains(">$1 billion<", svg, StringComparison.Ordinal);
        Assert.Contains(">$100 billion<", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"label\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrected", true)]
    [InlineData("contested", true)]
    [InlineData("consistent", false)]
    [InlineData("single-source", false)]
    public void IsApart_OnlyWhenTheLedgerDisputesTheClaim(string status, bool apart)
    {
        var claim = Claim(status, "$6.3 billion", "$6.16 billion", "$61.6 billion");
        var figures = ChartSubjects.Figures(claim);

        Assert.Equal([false, false, apart], figures.Select(f => ChartSubjects.IsApart(claim, figures, f)));
    }

    [Fact]
    public void Render_SingleSourceClaim_MarksHollowAndTheLegendSaysSo()
    {
        var marks = new List<ClaimMark> { new("A", "$1 billion", 1e9, false), new("A", "$2 billion", 2e9, false) };

        var svg = ClaimChartSvg.Render(marks, "single-source", "$", "label", Text).Value;
        var legend = ClaimChartSvg.Legend(marks, "single-source", Text).Value;

        Assert.Equal(2, Regex.Count(svg, "class=\"tl-mark open\""));
        Assert.Contains("Ledger: single source", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Far from", legend, StringComparison.Ordinal);
    }

    private static ResolvedClaim Claim(string status, params string[] values)
    {
        var location = new Briefing.Engine.Diagnostics.SourceLocation("input/claims.yml", 1, 1);
        var sources = values.Select((_, i) => new Briefing.Engine.Model.Source($"s{i}", $"P{i}", "T", false, "https://x.test/", null, null, null, null, null, location)).ToList();
        var reports = values.Select((v, i) => new Briefing.Engine.Model.ClaimReport(v, new Briefing.Engine.Model.Reference($"s{i}", location), null)).ToList();
        return new ResolvedClaim(new Briefing.Engine.Model.Claim("c", "Q?", reports, status, null, null, location), sources);
    }

    [GeneratedRegex("<path d=\"M([0-9.]+) [0-9.]+V")]
    private static partial Regex GridX();

    [GeneratedRegex("cx=\"([0-9.]+)\"")]
    private static partial Regex MarkX();
}
