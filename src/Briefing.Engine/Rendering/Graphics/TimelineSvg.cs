using Briefing.Engine.Markdown;
using System.Text;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>
/// The timeline as a picture: one row per event, its title on the left and, on a shared time axis, a
/// mark for its date. A date known only to a year, quarter or month is drawn as a band over that period,
/// so the picture shows how precise each date is. Status is told by shape and colour together (the
/// legend names both). Each row links to the event in the list that follows the picture on the page.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 720;
    private const double LabelWidth = 296;
    private const double AxisLeft = 316;
    private const double AxisRight = 706;
    private const double AxisHeight = 30;
    private const double FontSize = 13;
    private const double LineHeight = 16;
    private const double RowPadding = 14;

    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100];

    public static TrustedHtml Render(IReadOnlyList<ResolvedEvent> events, string label, UiText text)
    {
        if (events.Count == 0)
        {
            return TrustedHtml.Empty;
        }

        var first = new DateOnly(events.Min(e => e.Event.Date.Start).Year, 1, 1);
        var lastEnd = events.Max(e => End(e.Event.Date));
        var last = lastEnd == new DateOnly(lastEnd.Year, 1, 1) ? lastEnd : new DateOnly(lastEnd.Year + 1, 1, 1);
        double X(DateOnly date) => AxisLeft + ((date.DayNumber - first.DayNumber) * (AxisRight - AxisLeft) / (last.DayNumber - first.DayNumber));

        var rows = events.Select(e => (Event: e, Lines: SvgText.Fit(e.Event.Title, FontSize, LabelWidth, 2))).ToList();
        var height = AxisHeight + rows.Sum(r => RowHeight(r.Lines.Count)) + 4;

        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart timeline-chart ").Append(SvgText.WidthClass(Width)).Append("\" viewBox=\"0 0 ")
            .Append(SvgText.Num(Width)).Append(' ').Append(SvgText.Num(height))
            .Append("\" width=\"").Append(SvgText.Num(Width)).Append("\" height=\"").Append(SvgText.Num(height))
            .Append("\" aria-label=\"").Append(HtmlText.Encode(label)).Append("\">");

        Axis(svg, first, last, height, X, rows.Select(r => RowHeight(r.Lines.Count)).ToList());

        var top = AxisHeight;
        foreach (var (resolved, lines) in rows)
        {
            var ev = resolved.Event;
            var rowHeight = RowHeight(lines.Count);
            var middle = top + (rowHeight / 2);
            svg.Append("<a class=\"tl-row status-").Append(HtmlText.Encode(ev.Status)).Append("\" href=\"#").Append(HtmlText.Encode(resolved.Anchor)).Append("\">")
                .Append("<title>").Append(HtmlText.Encode(text.Format(UiKeys.ChartEvent, ("date", text.Date(ev.Date)), ("title", ev.Title), ("status", text[UiKeys.EventStatusName(ev.Status)])))).Append("</title>")
                .Append("<rect class=\"tl-hit\" x=\"0\" y=\"").Append(SvgText.Num(top)).Append("\" width=\"").Append(SvgText.Num(Width))
                .Append("\" height=\"").Append(SvgText.Num(rowHeight)).Append("\" rx=\"4\"/>");
            var firstBaseline = middle - ((lines.Count - 1) * LineHeight / 2) + (FontSize * 0.35);
            SvgText.Lines(svg, lines, 8, firstBaseline, LineHeight);

            var start = X(ev.Date.Start);
            var end = X(End(ev.Date));
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
            top += rowHeight;
        }

        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>What the shapes and colours mean, in words, as an HTML list to sit under the picture.</summary>
    public static TrustedHtml Legend(IEnumerable<string> statuses, UiText text)
    {
        var used = statuses.ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder("<ul class=\"chart-legend\">");
        foreach (var status in EventStatuses.All.Where(used.Contains))
        {
            html.Append("<li><svg class=\"legend-mark status-").Append(status).Append("\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">")
                .Append(Mark(status, 8, 8)).Append("</svg>")
                .Append(HtmlText.Encode(text[UiKeys.EventStatusLabel(status)])).Append("</li>");
        }

        html.Append("<li><svg class=\"legend-mark\" viewBox=\"0 0 24 16\" width=\"24\" height=\"16\" aria-hidden=\"true\"><rect class=\"tl-span\" x=\"1\" y=\"2\" width=\"22\" height=\"12\" rx=\"3\"/></svg>")
            .Append(HtmlText.Encode(text[UiKeys.ChartBand])).Append("</li></ul>");
        return new TrustedHtml(html.ToString());
    }

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

    /// <summary>Year lines and labels, and a dotted track along each row, as few elements as possible: pages carry a size budget.</summary>
    private static void Axis(StringBuilder svg, DateOnly first, DateOnly last, double height, Func<DateOnly, double> x, IReadOnlyList<double> rowHeights)
    {
        var years = last.Year - first.Year;
        var step = YearSteps.First(s => (years / (double)s * 40) <= AxisRight - AxisLeft || s == 100);
        var grid = new StringBuilder();
        var labels = new StringBuilder();
        for (var year = first.Year; year <= last.Year; year++)
        {
            var at = SvgText.Num(x(new DateOnly(year, 1, 1)));
            grid.Append('M').Append(at).Append(' ').Append(SvgText.Num(AxisHeight - 8)).Append('V').Append(SvgText.Num(height));
            if (year < last.Year && (year == first.Year || (year % step == 0 && year - first.Year >= (step + 1) / 2)))
            {
                labels.Append("<text x=\"").Append(at).Append("\" y=\"16\">").Append(year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</text>");
            }
        }

        var tracks = new StringBuilder();
        var top = AxisHeight;
        foreach (var rowHeight in rowHeights)
        {
            tracks.Append('M').Append(SvgText.Num(AxisLeft)).Append(' ').Append(SvgText.Num(top + (rowHeight / 2))).Append('H').Append(SvgText.Num(AxisRight));
            top += rowHeight;
        }

        svg.Append("<g class=\"tl-axis\" aria-hidden=\"true\"><path d=\"").Append(grid).Append("\"/><path class=\"tl-track\" d=\"").Append(tracks).Append("\"/>")
            .Append(labels).Append("</g>");
    }

    private static double RowHeight(int lines) => (lines * LineHeight) + RowPadding;

    /// <summary>The first day after the period the date names.</summary>
    private static DateOnly End(PartialDate date) =>
        date.Day is not null ? date.Start.AddDays(1)
        : date.Month is not null ? date.Start.AddMonths(1)
        : date.Quarter is not null ? date.Start.AddMonths(3)
        : date.Start.AddYears(1);
}
