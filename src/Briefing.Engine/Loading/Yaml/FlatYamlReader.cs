using System.Buffers;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Loading.Yaml;

/// <summary>
/// Reads the shape nearly every front matter has, one mapping of one-line values, without the full YAML
/// parser: <c>key: plain text</c>, <c>key: "quoted"</c>, <c>key: 'quoted'</c> and <c>key: [a, b]</c>.
/// Anything else, or anything it is not sure of, is left to <see cref="YamlTreeReader"/> by returning
/// null, so what a file means and every message about it stay the full parser's.
/// </summary>
/// <remarks>
/// Building the parser's token and event stream cost more than parsing the briefing's Markdown body for
/// its metadata: about a twentieth of a 10,000-briefing build went on seven lines per file.
/// </remarks>
internal static class FlatYamlReader
{
    /// <summary>The longest key read here; YAML limits implicit keys to 1024 characters and the parser explains why.</summary>
    private const int MaxKeyLength = 128;

    /// <summary>What may follow a key's first letter.</summary>
    private static readonly SearchValues<char> KeyCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>Characters that begin something other than plain text when they start a value (lists, tags, anchors, block text …).</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    /// <summary>What a plain item of a one-line list may hold: letters, digits and a few marks that mean nothing in a flow list.</summary>
    private static readonly SearchValues<char> ListItemCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./ ");

    /// <param name="lineOffset">Lines above the YAML text in its file (the front-matter fence).</param>
    /// <returns>The mapping, or null when the text is not of the flat shape and the full parser must read it.</returns>
    public static YamlMapping? TryRead(string text, string path, int lineOffset)
    {
        if (!IsPlainText(text))
        {
            return null;
        }

        var entries = new List<YamlEntry>();
        SourceLocation? first = null;
        var line = 0;
        var start = 0;
        while (start < text.Length)
        {
            line++;
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            var content = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            if (content.IsEmpty)
            {
                start = next;
                continue;
            }

            if (Entry(text, start, content, path, line + lineOffset) is not { } entry)
            {
                return null;
            }

            first ??= entry.Key.Location;
            entries.Add(entry);
            start = next;
        }

        return first is null ? null : new YamlMapping(entries, first);
    }

    /// <summary>Spaces only, or nothing: YAML's white space is space and tab, and tabs never get this far.</summary>
    private static bool OnlySpaces(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(' ') < 0;

    /// <summary>True when the text holds no tab, carriage return, control character or character YAML treats specially (line breaks beyond '\n', byte order marks, surrogates).</summary>
    private static bool IsPlainText(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c != '\n' : c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One <c>key: value</c> line starting at <paramref name="lineStart"/>, or null when it is anything else.</summary>
    private static YamlEntry? Entry(string text, int lineStart, ReadOnlySpan<char> content, string path, int line)
    {
        var keyLength = content.IndexOfAnyExcept(KeyCharacters);
        if (keyLength < 1 || keyLength > MaxKeyLength || !char.IsAsciiLetter(content[0]) || content[keyLength] != ':')
        {
            return null;
        }

        var afterColon = keyLength + 1;
        var valueAt = afterColon < content.Length ? content[afterColon..].IndexOfAnyExcept(' ') : -1;
        if (valueAt < 1)
        {
            // "key:" with nothing after it may open an indented mapping or list on the next lines.
            return null;
        }

        valueAt += afterColon;
        var key = new YamlScalar(text.Substring(lineStart, keyLength), IsPlain: true, IsBlock: false, new SourceLocation(path, line, 1));
        var rest = content[valueAt..];
        var location = new SourceLocation(path, line, valueAt + 1);
        YamlValue? value = rest[0] switch
        {
            '"' => DoubleQuoted(rest, location),
            '\'' => SingleQuoted(rest, location),
            '[' => FlowList(rest, location),
            _ => Plain(rest, location),
        };
        return value is null ? null : new YamlEntry(key, value);
    }

    /// <summary>Text without quotes, to the end of the line.</summary>
    private static YamlScalar? Plain(ReadOnlySpan<char> rest, SourceLocation location)
    {
        // A value that starts with an indicator, or holds ": " or " #", means more than text.
        if (Indicators.Contains(rest[0]) || rest.Contains(": ", StringComparison.Ordinal) || rest.Contains(" #", StringComparison.Ordinal))
        {
            return null;
        }

        var value = rest.TrimEnd(' ');
        return value[^1] == ':' ? null : new YamlScalar(value.ToString(), IsPlain: true, IsBlock: false, location);
    }

    /// <summary>"Text" with no escapes, followed by nothing but spaces.</summary>
    private static YamlScalar? DoubleQuoted(ReadOnlySpan<char> rest, SourceLocation location)
    {
        var close = rest[1..].IndexOfAny('"', '\\');
        if (close < 0 || rest[close + 1] != '"' || !OnlySpaces(rest[(close + 2)..]))
        {
            return null;
        }

        return new YamlScalar(rest.Slice(1, close).ToString(), IsPlain: false, IsBlock: false, location);
    }

    /// <summary>'Text', where '' is one quote, followed by nothing but spaces.</summary>
    private static YamlScalar? SingleQuoted(ReadOnlySpan<char> rest, SourceLocation location)
    {
        var close = 1;
        var doubled = false;
        while (true)
        {
            var quote = rest[close..].IndexOf('\'');
            if (quote < 0)
            {
                return null;
            }

            close += quote;
            if (close + 1 < rest.Length && rest[close + 1] == '\'')
            {
                doubled = true;
                close += 2;
                continue;
            }

            break;
        }

        if (!OnlySpaces(rest[(close + 1)..]))
        {
            return null;
        }

        var inner = rest[1..close].ToString();
        return new YamlScalar(doubled ? inner.Replace("''", "'", StringComparison.Ordinal) : inner, IsPlain: false, IsBlock: false, location);
    }

    /// <summary>[a, b, c]: plain items of letters, digits, spaces and "_-./", followed by nothing but spaces.</summary>
    private static YamlSequence? FlowList(ReadOnlySpan<char> rest, SourceLocation location)
    {
        var close = rest.IndexOf(']');
        if (close < 0 || !OnlySpaces(rest[(close + 1)..]))
        {
            return null;
        }

        var items = new List<YamlValue>();
        var inside = rest[1..close];
        if (OnlySpaces(inside))
        {
            return new YamlSequence(items, location);
        }

        foreach (var range in inside.Split(','))
        {
            var item = inside[range];
            var lead = item.IndexOfAnyExcept(' ');
            if (lead < 0 || item.ContainsAnyExcept(ListItemCharacters) || !char.IsAsciiLetterOrDigit(item[lead]))
            {
                return null;
            }

            var value = item[lead..].TrimEnd(' ');
            items.Add(new YamlScalar(value.ToString(), IsPlain: true, IsBlock: false, location with { Column = location.Column + 1 + range.Start.Value + lead }));
        }

        return new YamlSequence(items, location);
    }
}
