using System.Buffers;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>The HTML of a citation mark, shared by Markdown citations and the marks templates show for structured data.</summary>
internal static class CitationMarkup
{
    /// <summary>
    /// <c>&lt;span class="cites"&gt;[&lt;a class="cite" href="#ref-2"&gt;2&lt;span class="cite-tip"&gt;Nikkei Asia, “Title”&lt;/span&gt;&lt;/a&gt;, para. 3]&lt;/span&gt;</c>;
    /// the tip shows on hover and focus through CSS alone.
    /// </summary>
    /// <returns>The mark as UTF-8; empty when there are no items.</returns>
    public static byte[] Utf8(IEnumerable<(CitationTarget Target, string? Locator)> items)
    {
        var html = new ArrayBufferWriter<byte>(256);
        var first = true;
        foreach (var (target, locator) in items)
        {
            WriteItem(html, target, locator, ref first);
        }

        WriteEnd(html, first);
        return html.WrittenSpan.ToArray();
    }

    /// <summary>Writes one source's mark, opening the marks before the first and separating the rest.</summary>
    /// <param name="first">Whether no mark is written yet; false once one is.</param>
    internal static void WriteItem(IBufferWriter<byte> html, CitationTarget target, string? locator, ref bool first)
    {
        html.Write(first ? "<span class=\"cites\">["u8 : "; "u8);
        first = false;
        html.Write(target.Link);
        if (locator is not null)
        {
            html.Write(", "u8);
            HtmlText.WriteUtf8(html, locator);
        }
    }

    /// <summary>Closes the marks; nothing when none was written.</summary>
    internal static void WriteEnd(IBufferWriter<byte> html, bool first)
    {
        if (!first)
        {
            html.Write("]</span>"u8);
        }
    }

    /// <summary><c>&lt;a class="cite" href="#ref-2"&gt;2&lt;span class="cite-tip"&gt;Nikkei Asia, “Title”&lt;/span&gt;&lt;/a&gt;</c>: one source's link in a mark.</summary>
    internal static byte[] Link(CitationTarget target)
    {
        var html = new ArrayBufferWriter<byte>(128);
        html.Write("<a class=\"cite\" href=\"#ref-"u8);
        WriteNumber(html, target.Number);
        html.Write("\">"u8);
        WriteNumber(html, target.Number);
        html.Write("<span class=\"cite-tip\">"u8);
        HtmlText.WriteUtf8(html, target.Label);
        html.Write("</span></a>"u8);
        return html.WrittenSpan.ToArray();
    }

    private static void WriteNumber(ArrayBufferWriter<byte> html, int number)
    {
        number.TryFormat(html.GetSpan(11), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        html.Advance(written);
    }
}
