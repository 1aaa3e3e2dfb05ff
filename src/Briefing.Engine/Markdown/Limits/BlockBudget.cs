using System.Buffers;
using System.Globalization;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>
/// What one text has spent on paragraphs and headings so far, kept on its document while it is parsed.
/// Each block is measured once it is complete, before Markdig parses its inlines; the parse of the worst
/// inputs grows with characters × marks, so that product is what is capped, per block and per text.
/// </summary>
internal sealed class BlockBudget
{
    /// <summary>Characters that open links, raw HTML, code spans, emphasis and table cells.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("[<`*_~|");

    private static readonly object BudgetKey = new();
    private static readonly object RefusalKey = new();

    private int _blocks;
    private long _work;

    /// <summary>Once the text as a whole is over a limit that has been reported; the remaining blocks are skipped.</summary>
    private bool _exhausted;

    /// <summary>Why the block was refused, for <see cref="Refusals"/>; null if it was not.</summary>
    public static string? RefusalOf(MarkdownObject node) => node.GetData(RefusalKey) as string;

    /// <summary>
    /// Decides, once a paragraph or heading is complete and before its inlines are parsed, whether it is
    /// within bounds; a refused block keeps its text unparsed and records why, for <see cref="Refusals"/>.
    /// </summary>
    public static bool Admit(MarkdownDocument document, LeafBlock block)
    {
        if (document.GetData(BudgetKey) is not BlockBudget budget)
        {
            budget = new BlockBudget();
            document.SetData(BudgetKey, budget);
        }

        var refusal = budget._exhausted ? string.Empty : budget.Refusal(block);
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

    private string? Refusal(LeafBlock block)
    {
        var what = block is HeadingBlock ? "heading" : "paragraph";
        if (++_blocks > MarkdownLimits.MaxBlocks)
        {
            _exhausted = true;
            return string.Create(CultureInfo.InvariantCulture, $"more than {MarkdownLimits.MaxBlocks:N0} paragraphs and headings in one text; split it into several");
        }

        var (chars, marks) = Measure(block.Lines);
        var work = (long)chars * marks;
        if (chars > MarkdownLimits.MaxBlockChars)
        {
            return string.Create(CultureInfo.InvariantCulture, $"this {what} has {chars:N0} characters, more than the {MarkdownLimits.MaxBlockChars:N0} allowed; split it");
        }

        if (work > MarkdownLimits.MaxBlockWork)
        {
            return string.Create(CultureInfo.InvariantCulture, $"this {what} has {chars:N0} characters and {marks:N0} link, code, emphasis or table marks, too many to parse safely; split it into shorter {what}s");
        }

        _work += work;
        if (_work > MarkdownLimits.MaxTextWork)
        {
            _exhausted = true;
            return "the long paragraphs of this text hold too many link, code, emphasis or table marks to parse safely; split the text";
        }

        return null;
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
}
