using System.Buffers;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>The HTML of a citation mark, shared by Markdown citations and the marks templates show for structured data.</summary>
internal static class CitationMarkup
{
    /// <summary>The longest mark id: "c", two numbers of up to eleven characters each and a hyphen.</summary>
    private const int MarkIdBytes = 24;

    /// <summary>
    /// <c>&lt;span class="cites"&gt;[&lt;a class="cite" id="c2-1" href="#ref-2"&gt;2&lt;span class="cite-tip"&gt;Nikkei Asia, “Title”&lt;/span&gt;&lt;/a&gt;, para. 3]&lt;/span&gt;</c>;
    /// the tip shows on hover and keyboard focus through CSS alone.
    /// </summary>
    /// <param name="items">Each source with its locator and which of its source's marks on the page this is (0: no id).</param>
    /// <returns>The mark as UTF-8; empty when there are no items.</returns>
    public static byte[] Utf8(IEnumerable<(CitationTarget Target, string? Locator, int Mark)> items)
    {
        var html = new ArrayBufferWriter<byte>(256);
        var first = true;
        foreach (var (target, locator, mark) in items)
        {
            WriteItem(html, target, locator, mark, ref first);
        }

        WriteEnd(html, first);
        return html.WrittenSpan.ToArray();
    }

    /// <summary>Writes one source's mark, opening the marks before the first and separating the rest.</summary>
    /// <param name="mark">Which of the source's marks on the page this is, from 1, for the reference's link back to it; 0 writes no id.</param>
    /// <param name="first">Whether no mark is written yet; false once one is.</param>
    internal static void WriteItem(IBufferWriter<byte> html, CitationTarget target, string? locator, int mark, ref bool first)
    {
        html.Write(first ? "<span class=\"cites\">[<a class=\"cite\""u8 : "; <a class=\"cite\""u8);
        first = false;
        if (mark > 0)
        {
            html.Write(" id=\""u8);
            WriteMarkId(html, target.Number, mark);
            html.Write("\""u8);
        }

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

    /// <summary>The id of a source's <paramref name="mark"/>th mark on a page: "c2-1".</summary>
    internal static string MarkId(int number, int mark)
    {
        Span<byte> id = stackalloc byte[MarkIdBytes];
        return System.Text.Encoding.ASCII.GetString(id[..FormatMarkId(id, number, mark)]);
    }

    /// <summary>The address of that mark within its page: "#c2-1".</summary>
    internal static string MarkFragment(int number, int mark)
    {
        Span<byte> fragment = stackalloc byte[1 + MarkIdBytes];
        fragment[0] = (byte)'#';
        return System.Text.Encoding.ASCII.GetString(fragment[..(1 + FormatMarkId(fragment[1..], number, mark))]);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _link;

    /// <summary><c> href="#ref-2"&gt;2&lt;span class="cite-tip"&gt;Nikkei Asia, “Title”&lt;/span&gt;&lt;/a&gt;</c>: the part of one source's link in a mark that every mark of it shares.</summary>
    internal static byte[] Link(CitationTarget target)
    {
        // Made in the thread's buffer, so that only the finished link is a new array: a page makes one for each source it cites.
        var html = _link ??= new ArrayBufferWriter<byte>(256);
        html.ResetWrittenCount();
        html.Write(" href=\"#ref-"u8);
        WriteNumber(html, target.Number);
        html.Write("\">"u8);
        WriteNumber(html, target.Number);
        if (target.Tip)
        {
            html.Write("<span class=\"cite-tip\">"u8);
            HtmlText.WriteUtf8(html, target.Label);
            html.Write("</span>"u8);
        }

        html.Write("</a>"u8);
        return html.WrittenSpan.ToArray();
    }

    private static void WriteMarkId(IBufferWriter<byte> html, int number, int mark) =>
        html.Advance(FormatMarkId(html.GetSpan(MarkIdBytes), number, mark));

    /// <summary>The one place a mark's id is spelled: what the mark carries, what its reference's link back leads to and what the link check finds.</summary>
    /// <returns>How many bytes it took.</returns>
    private static int FormatMarkId(Span<byte> destination, int number, int mark) =>
        System.Text.Unicode.Utf8.TryWrite(destination, System.Globalization.CultureInfo.InvariantCulture, $"c{number}-{mark}", out var written)
            ? written
            : throw new InvalidOperationException("a mark's id is longer than its buffer");

    private static void WriteNumber(ArrayBufferWriter<byte> html, int number)
    {
        number.TryFormat(html.GetSpan(11), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        html.Advance(written);
    }
}
