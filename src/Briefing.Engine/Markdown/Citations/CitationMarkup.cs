using System.Globalization;

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
        var html = new StringWriter(CultureInfo.InvariantCulture);
        Write(html, items);
        return html.ToString();
    }

    /// <summary>Writes the mark straight into a page's HTML; nothing when there are no items.</summary>
    public static void Write(TextWriter html, IEnumerable<(CitationTarget Target, string? Locator)> items)
    {
        var first = true;
        foreach (var (target, locator) in items)
        {
            html.Write(first ? "<span class=\"cites\">[" : "; ");
            first = false;
            var number = target.Number.ToString(CultureInfo.InvariantCulture);
            html.Write("<a class=\"cite\" href=\"#ref-");
            html.Write(number);
            html.Write("\">");
            html.Write(number);
            html.Write("<span class=\"cite-tip\">");
            html.Write(HtmlText.Encode(target.Label));
            html.Write("</span></a>");
            if (locator is not null)
            {
                html.Write(", ");
                html.Write(HtmlText.Encode(locator));
            }
        }

        if (!first)
        {
            html.Write("]</span>");
        }
    }
}
