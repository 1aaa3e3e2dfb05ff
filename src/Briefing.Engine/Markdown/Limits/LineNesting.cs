using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>
/// Nesting that can be seen on a line before parsing, where its position is still known: block quote
/// and list markers, and indentation (each nested list indents further). Markdig would otherwise spend
/// seconds on ten thousand levels before reaching its own limit and throwing without a position.
/// </summary>
internal static class LineNesting
{
    /// <summary>The first line nested past <see cref="MarkdownLimits"/>, at Markdig's 0-based line and column; null when none is.</summary>
    public static MarkdownRefusal? Check(string text)
    {
        var line = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (CheckLine(text.AsSpan(start, end - start), line) is { } refusal)
            {
                return refusal;
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    private static MarkdownRefusal? CheckLine(ReadOnlySpan<char> line, int lineNumber)
    {
        var column = 0;
        var markers = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                column += c == '\t' ? 4 - (column % 4) : 1;
                i++;
                continue;
            }

            // Only text counts: a line of nothing but spaces is blank however long it is.
            if (column > MarkdownLimits.MaxIndent && !char.IsWhiteSpace(c))
            {
                return new MarkdownRefusal(DiagnosticCodes.TooDeep, lineNumber, i, $"line is indented more than {MarkdownLimits.MaxIndent} columns; lists cannot nest that deep");
            }

            var marker = MarkerLength(line[i..]);
            if (marker == 0)
            {
                break;
            }

            markers++;
            if (markers > MarkdownLimits.MaxLineNesting)
            {
                return new MarkdownRefusal(DiagnosticCodes.TooDeep, lineNumber, i, $"more than {MarkdownLimits.MaxLineNesting} block quotes and list markers nest on this line; flatten it");
            }

            i += marker;
            column += marker;
        }

        return null;
    }

    /// <summary>Length of a block quote '>' or a list marker ('-', '*', '+', '1.', '1)') followed by a space.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '>')
        {
            return 1;
        }

        var length = 0;
        if (rest[0] is '-' or '*' or '+')
        {
            length = 1;
        }
        else
        {
            while (length < rest.Length && length < 9 && char.IsAsciiDigit(rest[length]))
            {
                length++;
            }

            if (length == 0 || length >= rest.Length || rest[length] is not ('.' or ')'))
            {
                return 0;
            }

            length++;
        }

        return length < rest.Length && rest[length] is ' ' or '\t' ? length : 0;
    }
}
