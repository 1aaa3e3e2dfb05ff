using System.Globalization;

namespace Briefing.Engine.Model;

/// <summary>A timeline date known to a year, quarter, month or day.</summary>
internal sealed record PartialDate(int Year, int? Quarter, int? Month, int? Day) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate? date)
    {
        date = null;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            date = new PartialDate(year, null, null, null);
            return true;
        }

        if (parts.Length == 2 && parts[1].Length == 2 && parts[1][0] == 'Q' && parts[1][1] is >= '1' and <= '4')
        {
            date = new PartialDate(year, parts[1][1] - '0', null, null);
            return true;
        }

        if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            date = new PartialDate(year, null, month, null);
            return true;
        }

        // Read as the year and month are rather than by a date format: every dated line of a large site passes here,
        // and a format is matched with the culture's comparer, character by character.
        if (parts[2].Length == 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new PartialDate(year, null, month, day);
            return true;
        }

        return false;
    }

    /// <summary>The first day the date could mean, for ordering.</summary>
    public DateOnly Start => new(Year, Month ?? (Quarter is { } q ? ((q - 1) * 3) + 1 : 1), Day ?? 1);

    /// <summary>The last day the date could mean.</summary>
    public DateOnly End => Day is not null ? Start
        : Month is not null ? Start.AddMonths(1).AddDays(-1)
        : Quarter is not null ? Start.AddMonths(3).AddDays(-1)
        : new DateOnly(Year, 12, 31);

    /// <summary>How precisely the date is known: "day", "month", "quarter" or "year".</summary>
    public string KnownTo => Day is not null ? "day" : Month is not null ? "month" : Quarter is not null ? "quarter" : "year";

    /// <summary>Less precise dates sort after precise ones that start on the same day.</summary>
    private int Precision => Day is not null ? 0 : Month is not null ? 1 : Quarter is not null ? 2 : 3;

    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute.</summary>
    public string Iso => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}";

    public override string ToString() => Quarter is not null ? $"{Year:D4}-Q{Quarter}" : Iso;
}
