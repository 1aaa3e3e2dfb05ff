using System.Globalization;
using System.Text;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>One report as the claim chart draws it: who gave it, the figure as they wrote it, its number if it has one, and whether it lies apart from the others.</summary>
internal sealed record ClaimMark(string SourceName, string Value, double? Number, bool Apart);

/// <summary>
/// A claim's reports compared: one row per report, its source and figure as the report gave it, and a mark
/// on one axis. The axis is logarithmic, each gridline ten times the last, so that figures a decade apart
/// and figures a few per cent apart both read: on a linear axis the tenfold one would flatten the others
/// into one point. The marks take the ledger's status colour and claim no more than it does: only a claim
/// the ledger holds contested or corrected has marks drawn apart (hollow diamonds), and a single-source
/// claim's marks are hollow, as one report is not a finding.
/// </summary>
/// <remarks>Two layouts, as the other pictures: wide, with each label left of its track, and narrow, with the label above.</remarks>
internal static class ClaimChartSvg
{
    private const double FontSize = 13;
    private const double LineHeight = 16;
    private const double NarrowWidth = 320;
    private const double WideWidth = 720;
    private const double LabelWidth = 280;
    private const double AxisHeight = 28;
    private const double TrackHeight = 24;
    private const double AxisFont = 12;

    public static TrustedHtml Render(IReadOnlyList<ClaimMark> marks, string status, string currency, string label, UiText text, bool narrow = false)
    {
        var numbers = marks.Where(m => m.Number is not null).Select(m => m.Number!.Value).ToList();
        if (numbers.Count == 0)
        {
            return TrustedHtml.Empty;
        }

        var width = narrow ? NarrowWidth : WideWidth;
        var (low, high) = Decades(numbers);
        // Room for half a gridline's label either side.
        var left = narrow ? 40.0 : LabelWidth + 56;
        var right = width - 44;
        double X(double value) => left + ((Math.Log10(value) - low) / (high - low) * (right - left));

        var rows = marks.Select(m => new Row(m, SvgText.Fit(m.SourceName, FontSize, narrow ? width - 16 : LabelWidth, 1), SvgText.Fit(m.Value, FontSize, narrow ? width - 16 : LabelWidth, 2), narrow)).ToList();
        var scale = SvgText.Fit(text[UiKeys.ChartClaimAxis], AxisFont, narrow ? width - 48 : right - left, 2);
        var height = AxisHeight + rows.Sum(r => r.Height) + 6 + (scale.Count * LineHeight);
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart claim-chart status-").Append(HtmlText.Encode(status)).Append(narrow ? " chart-narrow" : " chart-wide")
            .Append("\" viewBox=\"0 0 ").Append(SvgText.Num(width)).Append(' ').Append(SvgText.Num(height))
            .Append("\" width=\"").Append(SvgText.Num(width)).Append("\" height=\"").Append(SvgText.Num(height))
            .Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Encode(label)).Append("\">");

        // Gridlines at each power of ten, labelled with the figures' currency and scale; drawn as the timeline's axis is, and so are the rows and marks.
        svg.Append("<g class=\"tl-axis\">");
        var bottom = AxisHeight + rows.Sum(r => r.Height);
        for (var decade = low; decade <= high; decade++)
        {
            var x = X(Math.Pow(10, decade));
            svg.Append("<path d=\"M").Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(AxisHeight - 6)).Append('V').Append(SvgText.Num(bottom)).Append("\"/>");
            svg.Append("<text x=\"").Append(SvgText.Num(x)).Append("\" y=\"16\">").Append(HtmlText.Encode(text.Amount(Math.Pow(10, decade), currency))).Append("</text>");
        }

        SvgText.Lines(svg, scale, narrow ? width / 2 : (left + right) / 2, bottom + 16, LineHeight);
        foreach (var middle in Middles(rows))
        {
            // A guide across the whole axis, not a bar: on a logarithmic scale a bar's length from an arbitrary gridline means nothing.
            svg.Append("<path d=\"M").Append(SvgText.Num(left)).Append(' ').Append(SvgText.Num(middle)).Append('H').Append(SvgText.Num(right)).Append("\"/>");
        }

        foreach (var (_, middle) in rows.Zip(Middles(rows)).Where(r => r.First.Mark.Number is null))
        {
            svg.Append("<text x=\"").Append(SvgText.Num((left + right) / 2)).Append("\" y=\"").Append(SvgText.Num(middle - 4)).Append("\">")
                .Append(HtmlText.Encode(text[UiKeys.ChartClaimNoFigure])).Append("</text>");
        }

        svg.Append("</g>");

        var top = AxisHeight;
        foreach (var row in rows)
        {
            var mark = row.Mark;
            svg.Append("<g class=\"tl-row").Append(mark.Apart ? " apart" : string.Empty).Append("\">");
            var textTop = narrow ? top + 4 : top + ((row.Height - (row.Lines * LineHeight)) / 2);
            svg.Append("<text font-weight=\"600\" x=\"8\" y=\"").Append(SvgText.Num(textTop + FontSize)).Append("\">").Append(HtmlText.Encode(row.Name[0])).Append("</text>");
            SvgText.Lines(svg, row.Value, 8, textTop + FontSize + LineHeight, LineHeight);
            if (mark.Number is { } number)
            {
                svg.Append(Mark(mark.Apart, status == ClaimStatuses.SingleSource, X(number), row.Middle(top)));
            }

            svg.Append("</g>");
            top += row.Height;
        }

        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>What the marks mean, and the ledger's status in its own words, as an HTML list for the caption.</summary>
    public static TrustedHtml Legend(IReadOnlyList<ClaimMark> marks, string status, UiText text)
    {
        var single = status == ClaimStatuses.SingleSource;
        var html = new StringBuilder("<ul class=\"chart-legend\">");
        html.Append("<li><span class=\"status status-").Append(HtmlText.Encode(status)).Append("\">")
            .Append(HtmlText.Encode(text.Format(UiKeys.ChartClaimStatus, ("status", text[UiKeys.ClaimStatusLabel(status)])))).Append("</span></li>");
        html.Append("<li><svg class=\"legend-mark status-").Append(HtmlText.Encode(status)).Append("\" width=\"16\" height=\"16\" aria-hidden=\"true\">")
            .Append(Mark(false, single, 8, 8)).Append("</svg>").Append(HtmlText.Encode(text[UiKeys.ChartClaimReport])).Append("</li>");
        if (marks.Any(m => m.Apart))
        {
            html.Append("<li><svg class=\"legend-mark status-").Append(HtmlText.Encode(status)).Append("\" width=\"16\" height=\"16\" aria-hidden=\"true\">")
                .Append(Mark(true, single, 8, 8)).Append("</svg>").Append(HtmlText.Encode(text[UiKeys.ChartClaimApart])).Append("</li>");
        }

        html.Append("</ul>");
        return new TrustedHtml(html.ToString());
    }

    /// <summary>The powers of ten around the figures, at least one decade apart.</summary>
    private static (int Low, int High) Decades(List<double> numbers)
    {
        var low = (int)Math.Floor(Math.Log10(numbers.Min()));
        var high = (int)Math.Ceiling(Math.Log10(numbers.Max()));
        return (low, Math.Max(high, low + 1));
    }

    /// <summary>Where each row's mark sits, top to bottom.</summary>
    private static IEnumerable<double> Middles(IReadOnlyList<Row> rows)
    {
        var top = AxisHeight;
        foreach (var row in rows)
        {
            yield return row.Middle(top);
            top += row.Height;
        }
    }

    /// <summary>A filled dot for a report; a hollow diamond for one apart from the others; hollow for a single source.</summary>
    private static string Mark(bool apart, bool single, double x, double y) => apart
        ? $"<path class=\"tl-mark open\" d=\"M{SvgText.Num(x)} {SvgText.Num(y - 7)}L{SvgText.Num(x + 7)} {SvgText.Num(y)}L{SvgText.Num(x)} {SvgText.Num(y + 7)}L{SvgText.Num(x - 7)} {SvgText.Num(y)}Z\"/>"
        : $"<circle class=\"tl-mark{(single ? " open" : string.Empty)}\" cx=\"{SvgText.Num(x)}\" cy=\"{SvgText.Num(y)}\" r=\"6\"/>";

    private sealed record Row(ClaimMark Mark, IReadOnlyList<string> Name, IReadOnlyList<string> Value, bool Narrow)
    {
        /// <summary>Lines of text: the source's name, then its figure.</summary>
        public int Lines => 1 + Value.Count;

        public double Height => Narrow ? (Lines * LineHeight) + TrackHeight + 12 : Math.Max(TrackHeight + 12, (Lines * LineHeight) + 14);

        /// <summary>The height of its mark, for a row starting at <paramref name="top"/>: under the text on a phone, beside it on a wide screen.</summary>
        public double Middle(double top) => Narrow ? top + (Lines * LineHeight) + 4 + (TrackHeight / 2) : top + (Height / 2);
    }
}
