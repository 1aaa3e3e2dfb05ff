using Briefing.Engine.Diagnostics;

namespace Briefing.Tests.Diagnostics;

public sealed class DiagnosticsTests
{
    [Theory]
    [InlineData("sonyy", "sony")]
    [InlineData("honda-motors", "honda")]
    [InlineData("Sony", "sony")]
    public void Closest_NearMiss_Suggests(string wrong, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(wrong, ["sony", "honda", "nec", "softbank-corp"]));
    }

    [Fact]
    public void Closest_NothingNear_SuggestsNothing()
    {
        Assert.Null(Suggestions.Closest("preferred-networks", ["sony", "nec"]));
        Assert.Equal(string.Empty, Suggestions.DidYouMean("zzz", []));
    }

    [Fact]
    public void Sorted_ByPathLineColumnThenCode_AndStrictMakesWarningsErrors()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.UnusedSource, new SourceLocation("input/sources.yml", 3, 3), "w");
        bag.Report(DiagnosticCodes.UnknownEntity, new SourceLocation("input/briefings/b.md", 12, 5), "e2");
        bag.Report(DiagnosticCodes.UnknownEntity, new SourceLocation("input/briefings/b.md", 2, 9), "e1");
        bag.Report(DiagnosticCodes.UnknownEntity, new SourceLocation("input/briefings/a.md", 40, 1), "e0");

        var relaxed = bag.Sorted().Select(d => d.ToString());
        var strict = bag.Sorted(strict: true);

        Assert.Equal(
        [
            "input/briefings/a.md(40,1): error BRF2001: e0",
            "input/briefings/b.md(2,9): error BRF2001: e1",
            "input/briefings/b.md(12,5): error BRF2001: e2",
            "input/sources.yml(3,3): warning BRF2010: w",
        ], relaxed);
        Assert.All(strict, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Catalogue_CodesAreUniqueAndInTheirStageRange()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(DiagnosticCodes.All, c => Assert.Matches("^BRF[1-4][0-9]{3}$", c.Id));
    }
}
