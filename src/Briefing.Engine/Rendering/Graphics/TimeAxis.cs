namespace Briefing.Engine.Rendering.Graphics;

/// <summary>A run of years drawn to scale, or a stretch of empty years drawn short behind a break mark.</summary>
internal sealed record AxisSegment(int FirstYear, int EndYear, double Left, double Right, bool IsBreak);

/// <summary>
/// A time axis of whole years from the first year with an event to the last. Years with nothing in them
/// are drawn to scale when there are few, so gaps still read as gaps; a longer empty stretch is drawn
/// short behind a break mark, so a distant goal (2040) does not squeeze the years that have events into a
/// corner. The same periods always give the same axis.
/// </summary>
internal sealed class TimeAxis
{
    /// <summary>Empty years in a row from which the stretch is drawn short.</summary>
    public const int MinBreak = 3;

    /// <summary>How wide a break is drawn, in years to scale.</summary>
    private const double BreakWidth = 0.7;

    private TimeAxis(IReadOnlyList<AxisSegment> segments) => Segments = segments;

    /// <summary>Left to right, covering every year from the first to the last.</summary>
    public IReadOnlyList<AxisSegment> Segments { get; }

    public int FirstYear => Segments[0].FirstYear;

    /// <summary>The year after the last one drawn.</summary>
    public int EndYear => Segments[^1].EndYear;

    public IEnumerable<AxisSegment> Breaks => Segments.Where(s => s.IsBreak);

    /// <summary>How wide one year to scale is drawn.</summary>
    public double YearWidth => Segments.Where(s => !s.IsBreak).Select(s => (s.Right - s.Left) / (s.EndYear - s.FirstYear)).First();

    /// <param name="periods">Each thing the axis must show, from its first day to the first day after it.</param>
    /// <param name="left">Where the axis starts.</param>
    /// <param name="right">Where it ends.</param>
    public static TimeAxis For(IEnumerable<(DateOnly Start, DateOnly End)> periods, double left, double right)
    {
        var used = new SortedSet<int>();
        foreach (var (start, end) in periods)
        {
            for (var year = start.Year; year <= Math.Max(start.Year, end.AddDays(-1).Year); year++)
            {
                used.Add(year);
            }
        }

        if (used.Count == 0)
        {
            throw new ArgumentException("an axis needs at least one period", nameof(periods));
        }

        // Runs of years: (first, end, empty).
        var runs = new List<(int First, int End, bool Break)>();
        var runStart = used.Min;
        for (var year = used.Min + 1; year <= used.Max + 1; year++)
        {
            var previousUsed = used.Contains(year - 1);
            if (year > used.Max || used.Contains(year) != previousUsed)
            {
                runs.Add((runStart, year, !previousUsed && year - runStart >= MinBreak));
                runStart = year;
            }
        }

        var units = runs.Sum(r => r.Break ? BreakWidth : r.End - r.First);
        var scale = (right - left) / units;
        var segments = new List<AxisSegment>();
        var x = left;
        foreach (var (first, end, isBreak) in runs)
        {
            var width = (isBreak ? BreakWidth : end - first) * scale;
            if (!isBreak && segments.Count > 0 && !segments[^1].IsBreak)
            {
                // Short empty runs stay to scale, part of the segment before them.
                var last = segments[^1];
                segments[^1] = last with { EndYear = end, Right = x + width };
            }
            else
            {
                segments.Add(new AxisSegment(first, end, x, x + width, isBreak));
            }

            x += width;
        }

        return new TimeAxis(segments);
    }

    /// <summary>Where <paramref name="date"/> falls; dates before or after the axis stop at its ends.</summary>
    public double X(DateOnly date)
    {
        var first = Segments[0];
        if (date.Year < first.FirstYear)
        {
            return first.Left;
        }

        foreach (var segment in Segments)
        {
            if (date.Year < segment.EndYear)
            {
                var yearStart = new DateOnly(segment.FirstYear, 1, 1);
                var days = (double)(new DateOnly(segment.EndYear, 1, 1).DayNumber - yearStart.DayNumber);
                return segment.Left + ((date.DayNumber - yearStart.DayNumber) / days * (segment.Right - segment.Left));
            }
        }

        return Segments[^1].Right;
    }

    /// <summary>The middle of a year, where its label goes.</summary>
    public double Middle(int year) => (X(new DateOnly(year, 1, 1)) + X(new DateOnly(year, 12, 31).AddDays(1))) / 2;

    /// <summary>
    /// The years that get a label: every year where there is room, else every second, fifth or tenth, and
    /// always the first year after a break, so each side of a break is dated.
    /// </summary>
    public IEnumerable<int> Labelled(double minGap)
    {
        int[] steps = [1, 2, 5, 10, 20, 50, 100];
        var step = steps.FirstOrDefault(s => s * YearWidth >= minGap, 100);
        foreach (var segment in Segments.Where(s => !s.IsBreak))
        {
            for (var year = segment.FirstYear; year < segment.EndYear; year++)
            {
                if ((year - segment.FirstYear) % step == 0)
                {
                    yield return year;
                }
            }
        }
    }
}
