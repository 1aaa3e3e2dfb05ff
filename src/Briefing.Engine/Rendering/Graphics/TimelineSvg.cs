using Briefing.Engine.Markdown;
using System.Globalization;
using System.Text;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>An event as the timeline picture draws it, with how many independent reports stand behind it.</summary>
internal sealed record TimelineEntry(ResolvedEvent Event, int Reports);

/// <summary>
/// The timeline as a picture: one row per event and, on a shared time axis, a mark for its date. A date
/// known only to a year, quarter or month is drawn as a band over that period, so the picture shows how
/// precise each date is. Status is told by shape and colour together, certainty by the row's track (solid:
/// two or more independent reports; dashed: one), and the legend names all of them. Long empty stretches
/// of years are drawn short behind a break mark (see <see cref="TimeAxis"/>); a line marks the site's date.
/// Each row links to the event in the list that follows the picture on the page.
/// </summary>
/// <remarks>
/// Two layouts: wide, with each title left of its track, and narrow, for phones, with each title above
/// its track, drawn at the size it is shown at so its text stays at least 12 CSS px.
/// </remarks>
internal static class TimelineSvg
{
    public const double FontSize = 13;
    public const double AxisFont = 12;
    public const double NarrowWidth = 320;
    private const double WideWidth = 720;
    private const double LabelWidth = 296;
    private const double AxisHeight = 30;
    private const double LineHeight = 16;
    private const double RowPadding = 14;
    private const double TrackHeight = 24;
    private const double FootHeight = 20;

    /// <param name="today">The site's date, marked on the axis; null for none.</param>
    /// <param name="narrow">The phone layout: titles above their tracks.</param>
    public static TrustedHtml Render(IReadOnlyList<TimelineEntry> entries, string label, UiText text, DateOnly? today, bool narrow = false)
    {
        if (entries.Count == 0)
        {
            return TrustedHtml.Empty;
        }

        var width = narrow ? NarrowWidth : WideWidth;
        var axis = Axis(entries, today, narrow ? 14 : 316, width - 14);
        var rows = entries.Select(e => new Row(e, SvgText.Fit(e.Event.Event.Title, FontSize, narrow ? width - 16 : LabelWidth, 2), narrow)).ToList();
        var height = AxisHeight + rows.Sum(r => r.Height) + (today is null ? 4 : FootHeight);

        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart ").Append(narrow ? "timeline-narrow chart-narrow" : "timeline-chart chart-wide").Append("\" viewBox=\"0 0 ")
            .Append(SvgText.Num(width)).Append(' ').Append(SvgText.Num(height))
            .Append("\" width=\"").Append(SvgText.Num(width)).Append("\" height=\"").Append(SvgText.Num(height))
            .Append("\" aria-label=\"").Append(HtmlText.Encode(label)).Append("\">");

        DrawAxis(svg, axis, rows, (AxisHeight - 8, AxisHeight + rows.Sum(r => r.Height)), today, height, text);

        var top = AxisHeight;
        foreach (var row in rows)
        {
            var ev = row.Entry.Event.Event;
            svg.Append("<a class=\"tl-row status-").Append(HtmlText.Encode(ev.Status)).Append("\" href=\"#").Append(HtmlText.Encode(row.Entry.Event.Anchor)).Append("\">");

            // A phone has no pointer to show a tip; there the whole title is in the row unless it was cut.
            if (!narrow || string.Join(' ', row.Lines) != ev.Title)
            {
                svg.Append("<title>").Append(HtmlText.Encode(text.Format(UiKeys.ChartEvent, ("date", text.Date(ev.Date)), ("title", ev.Title), ("status", text[UiKeys.EventStatusName(ev.Status)])))).Append("</title>");
            }

            svg.Append("<rect class=\"tl-hit\" x=\"0\" y=\"").Append(SvgText.Num(top)).Append("\" width=\"").Append(SvgText.Num(width))
                .Append("\" height=\"").Append(SvgText.Num(row.Height)).Append("\" rx=\"4\"/>");
            var middle = row.TrackMiddle(top);
            var textMiddle = narrow ? top + 6 + (row.Lines.Count * LineHeight / 2) : middle;
            var firstBaseline = textMiddle - ((row.Lines.Count - 1) * LineHeight / 2) + (FontSize * 0.35);
            SvgText.Lines(svg, row.Lines, 8, firstBaseline, LineHeight);

            var start = axis.X(ev.Date.Start);
            var end = axis.X(End(ev.Date));
            if (ev.Date.Day is null)
            {
                svg.Append("<rect class=\"tl-span\" x=\"").Append(SvgText.Num(start)).Append("\" y=\"").Append(SvgText.Num(middle - 6))
                    .Append("\" width=\"").Append(SvgText.Num(Math.Max(end - start, 2))).Append("\" height=\"12\" rx=\"3\"/>");
                svg.Append(Mark(ev.Status, (start + end) / 2, middle));
            }
            else
            {
                svg.Append(Mark(ev.Status, start, middle));
            }

            svg.Append("</a>");
            top += row.Height;
        }

        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>What the shapes, colours, tracks and marks mean, in words, as an HTML list to sit under the picture.</summary>
    public static TrustedHtml Legend(IReadOnlyList<TimelineEntry> entries, UiText text, DateOnly? today)
    {
        var used = entries.Select(e => e.Event.Event.Status).ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder("<ul class=\"chart-legend\">");
        foreach (var status in EventStatuses.All.Where(used.Contains))
        {
            html.Append("<li><svg class=\"legend-mark status-").Append(status).Append("\" width=\"16\" height=\"16\" aria-hidden=\"true\">")
                .Append(Mark(status, 8, 8)).Append("</svg>")
                .Append(HtmlText.Encode(text[UiKeys.EventStatusLabel(status)])).Append("</li>");
        }

        html.Append("<li><svg class=\"legend-mark\" width=\"24\" height=\"16\" aria-hidden=\"true\"><rect class=\"tl-span\" x=\"1\" y=\"2\" width=\"22\" height=\"12\" rx=\"3\"/></svg>")
            .Append(HtmlText.Encode(text[UiKeys.ChartBand])).Append("</li>");
        Certainty.Legend(html, entries.Select(e => e.Reports), text, "tl-track");
        var axis = Axis(entries, today, 0, 1);
        foreach (var gap in axis.Breaks)
        {
            html.Append("<li><svg class=\"legend-mark\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path class=\"tl-break\" d=\"M3 14L9 2M7 14L13 2\"/></svg>")
                .Append(HtmlText.Encode(text.Format(UiKeys.ChartBreak, ("from", Year(gap.FirstYear)), ("to", Year(gap.EndYear - 1))))).Append("</li>");
        }

        if (today is { } date)
        {
            html.Append("<li><svg class=\"legend-mark\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path class=\"tl-today\" d=\"M8 1V15\"/></svg>")
                .Append(HtmlText.Encode(text.Format(UiKeys.ChartTodayLegend, ("date", text.Date(date))))).Append("</li>");
        }

        html.Append("</ul>");
        return new TrustedHtml(html.ToString());
    }

    /// <summary>The axis for these events and the site's date, from <paramref name="left"/> to <paramref name="right"/>.</summary>
    internal static TimeAxis Axis(IReadOnlyList<TimelineEntry> entries, DateOnly? today, double left, double right) =>
        TimeAxis.For(
            entries.Select(e => (e.Event.Event.Date.Start, End(e.Event.Event.Date)))
                .Concat(today is { } date ? [(date, date.AddDays(1))] : []),
            left,
            right);

    /// <summary>Filled circle: reported. Filled square: announced. Open circle: planned. Open diamond: expected.</summary>
    private static string Mark(string status, double x, double y)
    {
        var cx = SvgText.Num(x);
        var cy = SvgText.Num(y);
        return status switch
        {
            EventStatuses.Announced => $"<rect class=\"tl-mark\" x=\"{SvgText.Num(x - 5.5)}\" y=\"{SvgText.Num(y - 5.5)}\" width=\"11\" height=\"11\"/>",
            EventStatuses.Planned => $"<circle class=\"tl-mark open\" cx=\"{cx}\" cy=\"{cy}\" r=\"5.5\"/>",
            EventStatuses.Expected => $"<path class=\"tl-mark open\" d=\"M{cx} {SvgText.Num(y - 7)}L{SvgText.Num(x + 7)} {cy}L{cx} {SvgText.Num(y + 7)}L{SvgText.Num(x - 7)} {cy}Z\"/>",
            _ => $"<circle class=\"tl-mark\" cx=\"{cx}\" cy=\"{cy}\" r=\"6\"/>",
        };
    }

    /// <summary>
    /// Year lines and labels, each row's track (solid or dashed by certainty), break marks and the site's
    /// date, as few elements as possible: pages carry a size budget.
    /// </summary>
    private static void DrawAxis(StringBuilder svg, TimeAxis axis, List<Row> rows, (double Top, double Bottom) lane, DateOnly? today, double height, UiText text)
    {
        var grid = new StringBuilder();
        foreach (var segment in axis.Segments.Where(s => !s.IsBreak))
        {
            for (var year = segment.FirstYear; year <= segment.EndYear; year++)
            {
                grid.Append('M').Append(SvgText.Num(axis.X(new DateOnly(year, 1, 1)))).Append(' ').Append(SvgText.Num(lane.Top)).Append('V').Append(SvgText.Num(lane.Bottom));
            }
        }

        var labels = new StringBuilder();
        foreach (var year in axis.Labelled(SvgText.Width("0000", AxisFont) + 8))
        {
            labels.Append("<text x=\"").Append(SvgText.Num(axis.Middle(year))).Append("\" y=\"16\">").Append(Year(year)).Append("</text>");
        }

        var firm = new StringBuilder();
        var single = new StringBuilder();
        var top = AxisHeight;
        foreach (var row in rows)
        {
            var y = SvgText.Num(row.TrackMiddle(top));
            foreach (var segment in axis.Segments.Where(s => !s.IsBreak))
            {
                (Certainty.IsFirm(row.Entry.Reports) ? firm : single).Append('M').Append(SvgText.Num(segment.Left)).Append(' ').Append(y).Append('H').Append(SvgText.Num(segment.Right));
            }

            top += row.Height;
        }

        svg.Append("<g class=\"tl-axis\" aria-hidden=\"true\"><path d=\"").Append(grid).Append("\"/>");
        if (firm.Length > 0)
        {
            svg.Append("<path class=\"tl-track\" d=\"").Append(firm).Append("\"/>");
        }

        if (single.Length > 0)
        {
            svg.Append("<path class=\"tl-track single\" d=\"").Append(single).Append("\"/>");
        }

        foreach (var gap in axis.Breaks)
        {
            var mid = (gap.Left + gap.Right) / 2;
            svg.Append("<path class=\"tl-break\" d=\"M").Append(SvgText.Num(mid - 5)).Append(" 26L").Append(SvgText.Num(mid + 1)).Append(" 8M")
                .Append(SvgText.Num(mid - 1)).Append(" 26L").Append(SvgText.Num(mid + 5)).Append(" 8\"/>");
        }

        svg.Append(labels);
        if (today is { } date)
        {
            var x = axis.X(date);

            var word = text[UiKeys.ChartToday];
            var half = SvgText.Width(word, AxisFont) / 2;
            var labelX = Math.Clamp(x, half + 2, axis.Segments[^1].Right + 12 - half);
            svg.Append("<path class=\"tl-today\" d=\"M").Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(lane.Top)).Append('V').Append(SvgText.Num(lane.Bottom)).Append("\"/><text class=\"tl-today\" x=\"").Append(SvgText.Num(labelX))
                .Append("\" y=\"").Append(SvgText.Num(height - 5)).Append("\">").Append(HtmlText.Encode(word)).Append("</text>");
        }

        svg.Append("</g>");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first day after the period the date names.</summary>
    private static DateOnly End(PartialDate date) =>
        date.Day is not null ? date.Start.AddDays(1)
        : date.Month is not null ? date.Start.AddMonths(1)
        : date.Quarter is not null ? date.Start.AddMonths(3)
        : date.Start.AddYears(1);

    /// <summary>One event's row: its title lines and, wide, the track beside them or, narrow, the track under them.</summary>
    private sealed record Row(TimelineEntry Entry, IReadOnlyList<string> Lines, bool Narrow)
    {
        public double Height => Narrow ? (Lines.Count * LineHeight) + TrackHeight + 10 : (Lines.Count * LineHeight) + RowPadding;

        public double TrackMiddle(double top) => Narrow ? top + Height - 4 - (TrackHeight / 2) : top + (Height / 2);
    }
}
