using System.Buffers;
using System.Text;

namespace Briefing.Engine.Markdown;

/// <summary>Escapes the five characters that matter in HTML text and quoted attributes, leaving ¥, é and 日本 readable.</summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>What Markdig escapes in text (not the apostrophe), so words put beside Markdown's read the same.</summary>
    internal const string EscapedLikeMarkdig = "&<>\"";

    /// <summary>Writes <paramref name="text"/> as UTF-8, escaped as <see cref="Encode"/> does.</summary>
    public static void WriteUtf8(IBufferWriter<byte> html, string text) => WriteUtf8(html, text, "&<>\"'");

    /// <summary>Writes <paramref name="text"/> as UTF-8 with each of <paramref name="escaped"/> (some of the five) escaped.</summary>
    internal static void WriteUtf8(IBufferWriter<byte> html, ReadOnlySpan<char> text, ReadOnlySpan<char> escaped)
    {
        while (true)
        {
            var at = text.IndexOfAny(escaped);
            Encoding.UTF8.GetBytes(at < 0 ? text : text[..at], html);
            if (at < 0)
            {
                return;
            }

            html.Write(text[at] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                _ => "&#39;"u8,
            });
            text = text[(at + 1)..];
        }
    }

    /// <summary>
    /// The characters Markdig writes into an address as they are, whatever stands beside them: every printable ASCII
    /// character but space, <c>"&amp;'&lt;&gt;[\]^`{|}~</c>. A fragment's <c>#</c> and an address's <c>:</c> and <c>?</c> are among
    /// them, so almost every address a page fills in is copied rather than passed through Markdig's escaping.
    /// </summary>
    internal static readonly SearchValues<char> PlainUrl = SearchValues.Create("!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>Writes an address into an attribute as Markdig writes one, so a link the page fills in reads as one Markdig wrote.</summary>
    internal static void WriteUrl(IBufferWriter<byte> html, string url)
    {
        if (url.AsSpan().ContainsAnyExcept(PlainUrl))
        {
            var escaped = new StringWriter();
            new Markdig.Renderers.HtmlRenderer(escaped).WriteEscapeUrl(url);
            Encoding.UTF8.GetBytes(escaped.ToString(), html);
        }
        else
        {
            Encoding.UTF8.GetBytes(url, html);
        }
    }
}
