using System.Globalization;
using System.Text;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>The HTML of a citation mark, shared by Markdown citations and the marks templates show for structured data.</summary>
public static class CitationMarkup
{
    /// <summary>
    /// <c>&lt;span class="cites"&gt;[&lt;a class="cite" href="#ref-2"&gt;2&lt;span class="cite-tip"&gt;Nikkei Asia, “Title”&lt;/span&gt;&lt;/a&gt;, para. 3]&lt;/span&gt;</c>;
    /// the tip shows on hover and focus through CSS alone.
    /// </summary>
    public static string Html(IEnumerable<(CitationTarget Target, string? Locator)> items)
    {
        var html = new StringBuilder("<span class=\"cites\">[");
        var first = true;
        foreach (var (target, locator) in items)
        {
            if (!first)
            {
                html.Append("; ");
            }

            first = false;
            var number = target.Number.ToString(CultureInfo.InvariantCulture);
            html.Append("<a class=\"cite\" href=\"#ref-").Append(number).Append("\">").Append(number)
                .Append("<span class=\"cite-tip\">").Append(HtmlText.Encode(target.Label)).Append("</span></a>");
            if (locator is not null)
            {
                html.Append(", ").Append(HtmlText.Encode(locator));
            }
        }

        return first ? string.Empty : html.Append("]</span>").ToString();
    }
}
