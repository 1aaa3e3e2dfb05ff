using System.Buffers;
using System.Net;
using System.Text;

namespace Briefing.Engine.Markdown;

/// <summary>The name an entity link shows for the entity with this id, or null for an unknown id.</summary>
internal delegate string? EntityName(ReadOnlySpan<char> id);

/// <summary>
/// Reads the words a reader reads out of rendered Markdown's HTML, a part at a time: tags dropped, character references
/// decoded, each block on a line of its own and every run of spaces one space. Search indexes this text and cuts its
/// snippets from it, so it is the page's own words, an autolink's address and a <c>&amp;copy;</c> included.
/// </summary>
/// <remarks>
/// It reads the HTML rather than the Markdown tree so that no second copy of a text's words is kept from loading to
/// rendering: at 100,000 briefings that copy was close to a gigabyte. Holes are not HTML it reads; what a page fills
/// into them is <see cref="Append"/>ed (an entity's name) or left out (citation marks, pictures, charts).
/// </remarks>
internal sealed class ReadableText
{
    private static readonly SearchValues<byte> TagOrReference = SearchValues.Create("<&"u8);

    private static readonly SearchValues<byte> QuoteOrEnd = SearchValues.Create("\"'>"u8);

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\n\r\f");

    private static readonly SearchValues<char> OtherSpaces = SearchValues.Create("\t\n\r\f");

    /// <summary>A tag's name is read into this, up to its longest that matters; a longer name is no block's.</summary>
    private readonly char[] _name = new char[16];

    /// <summary>Once the text is longer than this, no more is read (<see cref="Full"/>).</summary>
    private readonly int _atLeast;

    private char[] _buffer;
    private int _length;

    // Where the reading stands when a part ends, so that a tag cut by a hole goes on in the next part.
    private bool _inTag;
    private bool _inName;
    private int _nameLength;
    private byte _quote;

    /// <param name="atLeast">How much of the text is wanted: reading stops once the text is longer, and then only its last character may differ from the whole text's (a space a citation mark or a line's end would drop).</param>
    public ReadableText(char[] buffer, int atLeast = int.MaxValue) => (_buffer, _atLeast) = (buffer, atLeast);

    /// <summary>Whether the text is longer than was wanted, so nothing more is read.</summary>
    public bool Full => _length > _atLeast;

    /// <summary>The buffer written into, made larger when it must be: the caller keeps it for the next text.</summary>
    public char[] Buffer => _buffer;

    /// <summary>The text read, ended with a line break unless it is <see cref="Full"/>; valid until the buffer is written again.</summary>
    public ReadOnlyMemory<char> Finish()
    {
        if (!Full)
        {
            EndLine();
        }

        return _buffer.AsMemory(0, _length);
    }

    /// <summary>Reads a part of the HTML, as UTF-8.</summary>
    public void Read(ReadOnlySpan<byte> html)
    {
        while (!html.IsEmpty && !Full)
        {
            if (_inTag)
            {
                html = ReadTag(html);
                continue;
            }

            var at = html.IndexOfAny(TagOrReference);
            AppendText(at < 0 ? html : html[..at]);
            if (at < 0)
            {
                return;
            }

            if (html[at] == (byte)'<')
            {
                (_inTag, _inName, _nameLength, _quote) = (true, true, 0, 0);
                html = html[(at + 1)..];
                continue;
            }

            html = ReadReference(html[at..]);
        }
    }

    /// <summary>Adds words a page fills in where the HTML has a hole, as text, not HTML.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        Fold(_length, text.Length);
    }

    /// <summary>Adds words a page fills in, as UTF-8 text, not HTML.</summary>
    public void AppendUtf8(ReadOnlySpan<byte> text)
    {
        // A UTF-8 text has no more characters than bytes: decoded where it goes, then its spaces folded in place.
        Reserve(text.Length);
        Fold(_length, Encoding.UTF8.GetChars(text, _buffer.AsSpan(_length)));
    }

    /// <summary>A mark that is not read, such as a citation: "leads [@a]." reads "leads.", and the text after it brings its own space.</summary>
    public void DropSpaceBefore()
    {
        if (_length > 0 && _buffer[_length - 1] == ' ')
        {
            _length--;
        }
    }

    private ReadOnlySpan<byte> ReadTag(ReadOnlySpan<byte> html)
    {
        if (_inName)
        {
            var i = 0;
            if (_nameLength == 0 && html[0] == '/')
            {
                i++;
            }

            for (; i < html.Length && IsAsciiLetterOrDigit(html[i]); i++)
            {
                if (_nameLength < _name.Length)
                {
                    _name[_nameLength] = (char)(html[i] | 0x20);
                }

                _nameLength++;
            }

            if (i == html.Length)
            {
                return default;
            }

            _inName = false;
            html = html[i..];
        }

        // Attributes are skipped whole, a quoted value at a time, so a '>' in one does not end the tag.
        while (!html.IsEmpty)
        {
            if (_quote != 0)
            {
                var end = html.IndexOf(_quote);
                if (end < 0)
                {
                    return default;
                }

                _quote = 0;
                html = html[(end + 1)..];
                continue;
            }

            var at = html.IndexOfAny(QuoteOrEnd);
            if (at < 0)
            {
                return default;
            }

            if (html[at] != '>')
            {
                _quote = html[at];
                html = html[(at + 1)..];
                continue;
            }

            _inTag = false;
            EndTag();
            return html[(at + 1)..];
        }

        return default;
    }

    /// <summary>
    /// Ends the line at an element that starts a line of its own, as a browser lays it out. A line break needs no
    /// case: the renderer writes one after each <c>&lt;br /&gt;</c>, and it is read as a space.
    /// </summary>
    private void EndTag()
    {
        // Names are matched by a switch, not looked up in a set: a page has a tag every few words.
        if (_nameLength <= _name.Length && _name.AsSpan(0, _nameLength) is
            "address" or "article" or "aside" or "blockquote" or "caption" or "dd" or "details" or "div" or "dl" or "dt"
            or "figcaption" or "figure" or "footer" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "hr" or "li"
            or "main" or "nav" or "ol" or "p" or "pre" or "section" or "summary" or "table" or "tbody" or "td" or "tfoot" or "th"
            or "thead" or "tr" or "ul")
        {
            EndLine();
        }
    }

    private static bool IsAsciiLetterOrDigit(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9;

    /// <summary>Reads a character reference such as <c>&amp;amp;</c> or <c>&amp;#39;</c>; a lone ampersand is itself.</summary>
    private ReadOnlySpan<byte> ReadReference(ReadOnlySpan<byte> html)
    {
        var end = html[..Math.Min(html.Length, 40)].IndexOf((byte)';');
        if (end < 0)
        {
            AppendText(html[..1]);
            return html[1..];
        }

        var reference = html[..(end + 1)];
        ReadOnlySpan<char> decoded = reference switch
        {
            _ when reference.SequenceEqual("&amp;"u8) => "&",
            _ when reference.SequenceEqual("&lt;"u8) => "<",
            _ when reference.SequenceEqual("&gt;"u8) => ">",
            _ when reference.SequenceEqual("&quot;"u8) => "\"",
            _ when reference.SequenceEqual("&#39;"u8) => "'",
            _ => WebUtility.HtmlDecode(Encoding.UTF8.GetString(reference)),
        };
        Append(decoded);
        return html[(end + 1)..];
    }

    private void AppendText(ReadOnlySpan<byte> utf8)
    {
        if (!utf8.IsEmpty)
        {
            AppendUtf8(utf8);
        }
    }

    /// <summary>Folds the <paramref name="count"/> characters just written at <paramref name="start"/> onto the text: each run of spaces one space, none at a line's start.</summary>
    private void Fold(int start, int count)
    {
        var written = _buffer.AsSpan(start, count);

        // Most runs are words with single spaces between them, left as they are: only from the first tab, line break or
        // double space on is the run copied a character at a time.
        var first = written.IndexOfAny(OtherSpaces);
        var doubled = written.IndexOf("  ");
        if (doubled >= 0 && (first < 0 || doubled < first))
        {
            first = doubled;
        }

        if (count > 0 && written[0] == ' ' && (start == 0 || _buffer[start - 1] is ' ' or '\n'))
        {
            first = 0;
        }

        if (first < 0)
        {
            _length = start + count;
            return;
        }

        var to = start + first;
        var lastWasSpace = to == 0 || _buffer[to - 1] is ' ' or '\n';
        for (var from = start + first; from < start + count; from++)
        {
            var c = _buffer[from];
            if (Spaces.Contains(c))
            {
                if (!lastWasSpace)
                {
                    _buffer[to++] = ' ';
                    lastWasSpace = true;
                }

                continue;
            }

            _buffer[to++] = c;
            lastWasSpace = false;
        }

        _length = to;
    }

    private void EndLine()
    {
        DropSpaceBefore();
        if (_length > 0 && _buffer[_length - 1] != '\n')
        {
            Reserve(1);
            _buffer[_length++] = '\n';
        }
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
        {
            var larger = new char[Math.Max(_length + more, _buffer.Length * 2)];
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = larger;
        }
    }
}
