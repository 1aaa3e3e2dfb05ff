using Briefing.Engine.Model;

namespace Briefing.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2026", "2026")]
    [InlineData("2026-Q3", "2026")]
    [InlineData("2026-04", "2026-04")]
    [InlineData("2026-04-09", "2026-04-09")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2026-12-31", "2026-12-31")]
    public void TryParse_EachPrecision_FormatsForTimeElements(string text, string iso)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(iso, date!.Iso);
    }

    [Theory]
    [InlineData("26")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-02-30")]
    [InlineData("2026-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-04-00")]
    [InlineData("2026-04-9")]
    [InlineData("2026-04-+9")]
    [InlineData("2026-04-09 ")]
    [InlineData("2026-04-09-01")]
    [InlineData("2026-4")]
    [InlineData("2026/04/01")]
    [InlineData("")]
    public void TryParse_Malformed_Fails(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void CompareTo_MixedPrecision_OrdersByFirstPossibleDayThenPrecision()
    {
        string[] texts = ["2027", "2026-Q2", "2026-04", "2026-04-01", "2026", "2026-03-31"];
        var dates = texts
            .Select(t => PartialDate.TryParse(t, out var d) ? d! : throw new FormatException(t))
            .Order()
            .Select(d => d.ToString());

        Assert.Equal(["2026", "2026-03-31", "2026-04-01", "2026-04", "2026-Q2", "2027"], dates);
    }
}
