using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>"[@id" with no closing bracket, as written, and where it starts (0-based, as Markdig counts).</summary>
internal sealed record UnclosedCitation(string Text, int Line, int Column);

/// <summary>Recognises <c>[@id]</c>, <c>[@a; @b]</c> and <c>[@a, locator]</c>; sources are looked up in Resolution.</summary>
internal sealed class CitationInlineParser : InlineParser
{
    private static readonly SearchValues<char> Stops = SearchValues.Create("[]\n\r");

    public CitationInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar(1) != '@')
        {
            return false;
        }

        // Sources and locators hold no bracket or line break, so the first of those ends the citation
        // or rules it out; looking no further keeps a line of thousands of '[@' linear.
        var text = slice.Text;
        var start = slice.Start;
        var stop = text.AsSpan(start + 1, Math.Max(0, slice.End - start)).IndexOfAny(Stops);
        var close = start + 1 + stop;
        if (stop < 0 || text[close] != ']')
        {
            Unclosed(processor, text, start, stop < 0 ? slice.End + 1 : close);
            return false;
        }

        var items = new List<CitationItem>();
        var partStart = start + 1;
        while (partStart < close)
        {
            var partEnd = text.IndexOf(';', partStart, close - partStart);
            if (partEnd < 0)
            {
                partEnd = close;
            }

            var item = ParseItem(processor, text, partStart, partEnd);
            if (item is null)
            {
                return false;
            }

            items.Add(item);
            partStart = partEnd + 1;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline(items)
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + (close - start)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    /// <summary>
    /// Records "[@id" with no ']' before the line ends (or another '[' begins) on the document, for
    /// Loading to report: shown as it is, it would be text a writer meant as a citation.
    /// </summary>
    /// <param name="end">Where the line, or the text before the next bracket, ends.</param>
    private static void Unclosed(InlineProcessor processor, string text, int start, int end)
    {
        if (start + 2 >= end || !char.IsAsciiLetterOrDigit(text[start + 2]))
        {
            return;
        }

        var shownEnd = text.AsSpan(start, end - start).IndexOfAny(' ', '\t');
        var shown = shownEnd < 0 ? text[start..end] : text.Substring(start, shownEnd);
        processor.GetSourcePosition(start, out var line, out var column);
        if (processor.Document.GetData(UnclosedKey) is not List<UnclosedCitation> found)
        {
            found = [];
            processor.Document.SetData(UnclosedKey, found);
        }

        found.Add(new UnclosedCitation(shown.TrimEnd('\r'), line, column));
    }

    /// <summary>The citations <see cref="Match"/> found opened and never closed in <paramref name="document"/>.</summary>
    public static IReadOnlyList<UnclosedCitation> UnclosedIn(Markdig.Syntax.MarkdownDocument document) =>
        document.GetData(UnclosedKey) as List<UnclosedCitation> ?? [];

    private static readonly object UnclosedKey = new();

    private static CitationItem? ParseItem(InlineProcessor processor, string text, int from, int to)
    {
        var at = from;
        while (at < to && text[at] == ' ')
        {
            at++;
        }

        if (at >= to || text[at] != '@')
        {
            return null;
        }

        var idStart = at + 1;
        var idEnd = idStart;
        while (idEnd < to && text[idEnd] is not (',' or ' '))
        {
            idEnd++;
        }

        if (idEnd == idStart)
        {
            return null;
        }

        string? locator = null;
        var rest = text.AsSpan(idEnd, to - idEnd).Trim();
        if (rest.Length > 0)
        {
            if (rest[0] != ',')
            {
                return null;
            }

            locator = rest[1..].Trim().ToString();
            if (locator.Length == 0)
            {
                return null;
            }
        }

        processor.GetSourcePosition(at, out var line, out var column);
        return new CitationItem(SharedStrings.Ids.Get(text.AsSpan(idStart, idEnd - idStart)), locator, line, column);
    }
}
