using Briefing.Engine.Rendering.Graphics;

namespace Briefing.Tests.Rendering.Graphics;

public sealed class TimeAxisTests
{
    private static (DateOnly, DateOnly) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    [Fact]
    public void For_LongEmptyStretch_DrawnShortBehindABreak()
    {
        var axis = TimeAxis.For([Year(2026), Year(2027), Year(2030), Year(2040)], 0, 600);

        Assert.Equal([(2026, 2031, false), (2031, 2040, true), (2040, 2041, false)], axis.Segments.Select(s => (s.FirstYear, s.EndYear, s.IsBreak)));
        var gap = axis.Breaks.Single();
        Assert.True(gap.Right - gap.Left < axis.YearWidth, "nine empty years take less room than one year with an event");
        Assert.Equal(0, axis.X(new DateOnly(2026, 1, 1)));
        Assert.Equal(600, axis.X(new DateOnly(2041, 1, 1)), 6);
    }

    [Fact]
    public void For_TwoEmptyYears_StayToScale()
    {
        var axis = TimeAxis.For([Year(2026), Year(2027), Year(2030)], 0, 500);

        Assert.Empty(axis.Breaks);
        // Days are to scale, so a leap year is a little wider.
        Assert.Equal(2 * axis.YearWidth, axis.X(new DateOnly(2030, 1, 1)) - axis.X(new DateOnly(2028, 1, 1)), 0);
    }

    [Fact]
    public void X_AnyDates_NeverGoesBackwards()
    {
        var axis = TimeAxis.For([Year(2026), (new DateOnly(2040, 5, 1), new DateOnly(2040, 5, 2))], 10, 310);

        var xs = Enumerable.Range(0, (17 * 12) + 1).Select(m => axis.X(new DateOnly(2025, 1, 1).AddMonths(m))).ToList();

        Assert.Equal(xs.Order(), xs);
        Assert.Equal(10, xs[0]);
        Assert.Equal(310, xs[^1], 6);
    }

    [Fact]
    public void Labelled_EveryYearWithEventsAndTheFirstAfterABreak_NoneInside()
    {
        var axis = TimeAxis.For([Year(2026), Year(2028), Year(2040)], 0, 306);

        var years = axis.Labelled(36).ToList();

        Assert.Equal([2026, 2027, 2028, 2040], years);
    }

    [Fact]
    public void Labelled_NoRoomForEveryYear_EverySecondOrFifth()
    {
        var axis = TimeAxis.For([(new DateOnly(2000, 1, 1), new DateOnly(2030, 1, 1))], 0, 300);

        var years = axis.Labelled(36).ToList();

        Assert.Equal([2000, 2005, 2010, 2015, 2020, 2025], years);
    }
}
