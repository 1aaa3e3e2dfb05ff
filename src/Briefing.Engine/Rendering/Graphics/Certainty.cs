using System.Globalization;
using System.Text;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>
/// How many independent reports stand behind a relation or an event, as the pictures draw it (a solid line
/// for two or more, a dashed one for one) and the lists beside them say it. Sources that reach us through
/// the same report count once, as for a claim's status.
/// </summary>
internal static class Certainty
{
    public static int Independent(ResolvedSite site, IEnumerable<Source> sources) =>
        sources.Select(s => site.FindSource(s.Id)?.Root.Id ?? s.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Whether the picture draws it solid: two or more independent reports.</summary>
    public static bool IsFirm(int reports) => reports >= 2;

    /// <summary>"3 independent reports" or "one report", for the text beside a picture.</summary>
    public static string Words(UiText text, int reports) =>
        text.Counted(UiKeys.ChartReports, IsFirm(reports) ? reports : 1);

    /// <summary>Legend entries for the line styles the picture uses, each drawn with the class the picture gives it.</summary>
    public static void Legend(StringBuilder html, IEnumerable<int> reports, UiText text, string lineClass)
    {
        var styles = reports.Select(IsFirm).ToHashSet();
        // A legend's marks are drawn at their size in CSS pixels and never scaled, so they need no viewBox.
        foreach (var firm in styles.OrderDescending())
        {
            html.Append("<li><svg class=\"legend-mark\" width=\"28\" height=\"14\" aria-hidden=\"true\"><path class=\"")
                .Append(lineClass).Append(firm ? string.Empty : " single").Append("\" d=\"M1 7H27\"/></svg>")
                .Append(HtmlText.Encode(text[firm ? UiKeys.ChartFirm : UiKeys.ChartSingle])).Append("</li>");
        }
    }
}
