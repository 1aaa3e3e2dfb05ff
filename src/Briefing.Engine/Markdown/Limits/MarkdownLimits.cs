using System.Buffers;
using System.Globalization;
using Briefing.Engine.Diagnostics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>
/// What one Markdown text may ask of the parser. Markdig is linear for ordinary text, but some hostile
/// shapes are not: thousands of unclosed links or code spans in one paragraph are quadratic, tens of
/// thousands of blocks take seconds, and nesting past Markdig's own limit throws. Those are refused
/// with a position instead, so every input builds or fails within a bounded time.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Block quotes and list markers at the start of one line.</summary>
    public const int MaxLineNesting = 32;

    /// <summary>Leading indentation of one line, in columns; deeper indentation only nests lists further.</summary>
    public const int MaxIndent = 256;

    /// <summary>Nesting of the parsed document, blocks and inlines together; Markdig renders up to 128.</summary>
    public const int MaxDepth = 64;

    /// <summary>Paragraphs (tables and link definitions start as paragraphs) and headings in one text.</summary>
    public const int MaxBlocks = 10_000;

    public const int MaxBlockChars = 20_000;

    /// <summary>Characters × marks in one block: the cost of the worst inline parse grows with their product.</summary>
    public const long MaxBlockWork = 20_000_000;

    public const long MaxTextWork = 60_000_000;

    /// <summary>Characters that open links, raw HTML, code spans, emphasis and table cells.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("[<`*_~|");

    private static readonly object RefusalKey = new();
    private static readonly object BudgetKey = new();

    /// <summary>Checks each line's nesting before parsing, where the position of the problem is still known.</summary>
    public static MarkdownRefusal? CheckLines(string text)
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

    /// <summary>The refusals recorded on blocks while parsing, then the first node nested deeper than <see cref="MaxDepth"/>.</summary>
    public static List<MarkdownRefusal> CheckDocument(MarkdownDocument document)
    {
        var refusals = new List<MarkdownRefusal>();
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        MarkdownRefusal? tooDeep = null;
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (node.GetData(RefusalKey) is string message)
            {
                refusals.Add(new MarkdownRefusal(DiagnosticCodes.MarkdownTooComplex, node.Line, node.Column, message));
            }

            if (depth > MaxDepth)
            {
                tooDeep ??= new MarkdownRefusal(DiagnosticCodes.TooDeep, node.Line, node.Column, $"Markdown is nested more than {MaxDepth} levels deep (block quotes, lists, links or emphasis); flatten it");
                continue;
            }

            foreach (var child in Children(node))
            {
                pending.Push((child, depth + 1));
            }
        }

        if (tooDeep is not null)
        {
            refusals.Add(tooDeep);
        }

        return refusals;
    }

    /// <summary>
    /// Decides, once a paragraph or heading is complete and before its inlines are parsed, whether it is
    /// within bounds; a refused block keeps its text unparsed and records why, for <see cref="CheckDocument"/>.
    /// </summary>
    internal static bool Admit(MarkdownDocument document, LeafBlock block)
    {
        if (document.GetData(BudgetKey) is not Budget budget)
        {
            budget = new Budget();
            document.SetData(BudgetKey, budget);
        }

        // Once the text as a whole is over a limit it has been reported; the remaining blocks are skipped.
        var refusal = budget.Exhausted ? string.Empty : Refusal(budget, block);
        if (refusal is null)
        {
            return true;
        }

        block.ProcessInlines = false;
        if (refusal.Length > 0)
        {
            block.SetData(RefusalKey, refusal);
        }

        return false;
    }

    private static string? Refusal(Budget budget, LeafBlock block)
    {
        var what = block is HeadingBlock ? "heading" : "paragraph";
        if (++budget.Blocks > MaxBlocks)
        {
            budget.Exhausted = true;
            return string.Create(CultureInfo.InvariantCulture, $"more than {MaxBlocks:N0} paragraphs and headings in one text; split it into several");
        }

        var (chars, marks) = Measure(block.Lines);
        var work = (long)chars * marks;
        if (chars > MaxBlockChars)
        {
            return string.Create(CultureInfo.InvariantCulture, $"this {what} has {chars:N0} characters, more than the {MaxBlockChars:N0} allowed; split it");
        }

        if (work > MaxBlockWork)
        {
            return string.Create(CultureInfo.InvariantCulture, $"this {what} has {chars:N0} characters and {marks:N0} link, code, emphasis or table marks, too many to parse safely; split it into shorter {what}s");
        }

        budget.Work += work;
        if (budget.Work > MaxTextWork)
        {
            budget.Exhausted = true;
            return "the long paragraphs of this text hold too many link, code, emphasis or table marks to parse safely; split the text";
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
            if (column > MaxIndent && !char.IsWhiteSpace(c))
            {
                return new MarkdownRefusal(DiagnosticCodes.TooDeep, lineNumber, i, $"line is indented more than {MaxIndent} columns; lists cannot nest that deep");
            }

            var marker = MarkerLength(line[i..]);
            if (marker == 0)
            {
                break;
            }

            markers++;
            if (markers > MaxLineNesting)
            {
                return new MarkdownRefusal(DiagnosticCodes.TooDeep, lineNumber, i, $"more than {MaxLineNesting} block quotes and list markers nest on this line; flatten it");
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

    private static (int Chars, int Marks) Measure(StringLineGroup lines)
    {
        var chars = 0;
        var marks = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines.Lines[i].Slice.AsSpan();
            chars += span.Length;
            int next;
            while ((next = span.IndexOfAny(Marks)) >= 0)
            {
                marks++;
                span = span[(next + 1)..];
            }
        }

        return (chars, marks);
    }

    private static IEnumerable<MarkdownObject> Children(MarkdownObject node)
    {
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    yield return child;
                }

                break;
            case LeafBlock { Inline: { } inline }:
                yield return inline;
                break;
            case ContainerInline inline:
                for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                {
                    yield return child;
                }

                break;
        }
    }

    private sealed class Budget
    {
        public int Blocks { get; set; }

        public long Work { get; set; }

        public bool Exhausted { get; set; }
    }
}
