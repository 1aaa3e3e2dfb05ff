using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Markdown.Images;
using Briefing.Engine.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Loading;

/// <summary>
/// Takes a parsed tree's outline (<see cref="MarkdownOutline"/>) in one walk, as <see cref="MarkdownHtmlRenderer"/>
/// takes its HTML: the two are all Loading keeps of a tree, so the model and the stages after Loading never see the
/// parser's types.
/// </summary>
internal static class OutlineWalker
{
    /// <summary>Which ASCII characters <see cref="char.IsWhiteSpace(char)"/> accepts: a table lookup per character, where a search per word cost a third of the outline.</summary>
    private static readonly bool[] AsciiSpace = Enumerable.Range(0, 128).Select(c => char.IsWhiteSpace((char)c)).ToArray();

    /// <remarks>
    /// Walks blocks and then each block's inlines with explicit stacks, in document order: Markdig's
    /// <c>Descendants()</c> made an iterator per node and took as long as parsing the text.
    /// </remarks>
    public static MarkdownOutline Walk(MarkdownDocument document)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Clear();
        var (marks, uncited, headings, blocks, inlines) = (scratch.Marks, scratch.Uncited, scratch.Headings, scratch.Blocks, scratch.Inlines);

        // Lists and tables are judged once all their paragraphs are seen: each one's block, and whether it cites.
        List<(ContainerBlock Block, bool Cites)>? containers = null;
        (ParagraphBlock? Block, bool Cites) previous = default;
        var words = 0;
        blocks.Push(document);
        while (blocks.TryPop(out var block))
        {
            switch (block)
            {
                case ContainerBlock container:
                    if (container is Markdown.Charts.ChartBlock chart && chart.Spec is { } spec)
                    {
                        marks.Add(new MarkdownMark(MarkKind.Chart, spec.Key, chart.Line, chart.ArgumentsColumn + spec.IdColumn));
                    }

                    if (container is ListItemBlock or Markdig.Extensions.Tables.Table)
                    {
                        var introduced = container is Markdig.Extensions.Tables.Table && previous.Cites && IsJustBefore(previous.Block!, container);
                        (containers ??= []).Add((container, introduced));
                    }

                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        blocks.Push(container[i]);
                    }

                    break;
                case HtmlBlock:
                    marks.Add(new MarkdownMark(MarkKind.RawHtml, string.Empty, block.Line, block.Column));
                    break;
                case LeafBlock leaf:
                    if (leaf is HeadingBlock heading)
                    {
                        headings.Add(new OutlineHeading(heading.TryGetAttributes()?.Id, PartsOf(heading, scratch.Parts)));
                    }

                    if (leaf.Inline is { } root)
                    {
                        var cites = Inlines(root, inlines, marks, ref words);
                        if (leaf is ParagraphBlock paragraph)
                        {
                            previous = (paragraph, cites);
                            if (JudgedWith(paragraph) is { } judge)
                            {
                                if (cites)
                                {
                                    // Its item or table was added last but for any nested lists: looked for from the end, without a closure per paragraph.
                                    var at = containers!.Count - 1;
                                    while (containers[at].Block != judge)
                                    {
                                        at--;
                                    }

                                    containers[at] = (judge, true);
                                }
                            }
                            else if (!cites && leaf is not FigureBlock { Caption: null })
                            {
                                uncited.Add(new UncitedBlock(UncitedKind.Paragraph, leaf.Line, leaf.Column));
                            }
                        }
                    }

                    break;
            }
        }

        if (containers is not null)
        {
            foreach (var (container, cites) in containers)
            {
                // An item that holds no paragraph of its own (only a nested list, or nothing) has nothing to cite.
                if (!cites && (container is Markdig.Extensions.Tables.Table || HasParagraph(container)))
                {
                    var kind = container is Markdig.Extensions.Tables.Table ? UncitedKind.Table : UncitedKind.ListItem;
                    uncited.Add(new UncitedBlock(kind, container.Line, container.Column));
                }
            }

            uncited.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        }

        return new MarkdownOutline([.. marks], [.. uncited], [.. headings], words);
    }

    /// <summary>What one walk gathers, on this thread, copied out into arrays of the outline's own at its end.</summary>
    /// <remarks>
    /// Every briefing's outline lives until the last page is rendered: lists grown by doubling held a third more than
    /// their marks, and a list per heading's parts four slots for the one most headings have.
    /// </remarks>
    private sealed class Scratch
    {
        public List<MarkdownMark> Marks { get; } = [];

        public List<UncitedBlock> Uncited { get; } = [];

        public List<OutlineHeading> Headings { get; } = [];

        public Stack<Block> Blocks { get; } = new();

        public Stack<Inline> Inlines { get; } = new();

        public List<HeadingPart> Parts { get; } = [];

        public void Clear()
        {
            Marks.Clear();
            Uncited.Clear();
            Headings.Clear();
            Blocks.Clear();
            Inlines.Clear();
        }
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    private static bool HasParagraph(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is ParagraphBlock)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The list item or table a paragraph is judged with: its own item, or the table its cell is in.</summary>
    private static ContainerBlock? JudgedWith(ParagraphBlock paragraph) => paragraph.Parent switch
    {
        ListItemBlock item => item,
        Markdig.Extensions.Tables.TableCell { Parent.Parent: Markdig.Extensions.Tables.Table table } => table,
        _ => null,
    };

    /// <summary>Whether <paramref name="paragraph"/> is the block right before <paramref name="block"/>, or the last paragraph read in it (a quote or list introducing a table).</summary>
    private static bool IsJustBefore(ParagraphBlock paragraph, Block block)
    {
        var parent = block.Parent;
        Block? before = paragraph;
        while (before is not null && before.Parent != parent)
        {
            before = before.Parent;
        }

        if (before is null || parent is null)
        {
            return false;
        }

        var index = parent.IndexOf(block);
        return index > 0 && parent[index - 1] == before;
    }

    /// <summary>Takes the marks and words of one block's inlines; whether they cite a source.</summary>
    private static bool Inlines(ContainerInline root, Stack<Inline> pending, List<MarkdownMark> marks, ref int words)
    {
        var cites = false;
        PushChildren(pending, root);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    words += Words(literal.Content.AsSpan());
                    break;
                case EntityLinkInline link:
                    marks.Add(new MarkdownMark(MarkKind.EntityLink, link.EntityId, link.Line, link.Column));
                    break;
                case CitationInline citation:
                    foreach (var item in citation.Items)
                    {
                        marks.Add(new MarkdownMark(MarkKind.Citation, item.SourceId, item.Line, item.Column));
                    }

                    cites = true;
                    break;
                case HtmlInline:
                    marks.Add(new MarkdownMark(MarkKind.RawHtml, string.Empty, inline.Line, inline.Column));
                    break;
                case LinkInline { IsImage: true } image:
                    marks.Add(new MarkdownMark(MarkKind.Image, image.Url ?? string.Empty, image.Line, image.Column, HtmlImageRenderer.AltOf(image) ?? string.Empty));

                    // Its description is alt text, not text of the page: its words are not counted.
                    continue;
                case LinkInline link:
                    marks.Add(new MarkdownMark(MarkKind.Link, link.Url ?? string.Empty, link.Line, link.Column));
                    break;
                case AutolinkInline autolink:
                    marks.Add(new MarkdownMark(autolink.IsEmail ? MarkKind.EmailLink : MarkKind.Link, autolink.Url, autolink.Line, autolink.Column));
                    break;
            }

            if (inline is ContainerInline container)
            {
                PushChildren(pending, container);
            }
        }

        return cites;
    }

    /// <summary>Last child first, so the first is taken first.</summary>
    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private static HeadingPart[] PartsOf(HeadingBlock heading, List<HeadingPart> parts)
    {
        parts.Clear();
        if (heading.Inline is null)
        {
            return [];
        }

        foreach (var inline in heading.Inline.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    parts.Add(new HeadingPart(literal.Content.ToString(), null));
                    break;
                case CodeInline code:
                    parts.Add(new HeadingPart(code.Content, null));
                    break;
                case EntityLinkInline link:
                    parts.Add(new HeadingPart(link.Text, link.EntityId));
                    break;
                case LineBreakInline:
                    parts.Add(new HeadingPart(" ", null));
                    break;
            }
        }

        return [.. parts];
    }

    /// <summary>A word starts at each non-space character that follows a space or the start of the text.</summary>
    /// <remarks>
    /// Eight characters at a time while they are printable ASCII or the spaces tab to carriage return, which
    /// is nearly all text; a run of eight with any other character in it is looked at character by character.
    /// </remarks>
    private static int Words(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        var chars = MemoryMarshal.Cast<char, ushort>(span);
        var i = 0;
        for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
        {
            var v = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
            var space = Vector128.Equals(v, Vector128.Create((ushort)' ')) | Vector128.LessThan(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)5));
            var printable = Vector128.GreaterThan(v, Vector128.Create((ushort)' ')) & Vector128.LessThan(v, Vector128.Create((ushort)0x7F));
            if ((space | printable) != Vector128<ushort>.AllBitsSet)
            {
                foreach (var c in span.Slice(i, Vector128<ushort>.Count))
                {
                    Count(c, ref inWord, ref words);
                }

                continue;
            }

            var nonSpace = ~space.ExtractMostSignificantBits() & 0xFFu;
            var afterSpace = ~((nonSpace << 1) | (inWord ? 1u : 0u));
            words += BitOperations.PopCount(nonSpace & afterSpace);
            inWord = (nonSpace & 0x80u) != 0;
        }

        foreach (var c in span[i..])
        {
            Count(c, ref inWord, ref words);
        }

        return words;
    }

    private static void Count(char c, ref bool inWord, ref int words)
    {
        // Japanese, Chinese and Korean put no space between words: each of their characters counts alone, so a reading time has something to go by.
        if (c >= 0x3040 && (c <= 0x30FF || c is >= (char)0x3400 and <= (char)0x9FFF or >= (char)0xAC00 and <= (char)0xD7AF or >= (char)0xF900 and <= (char)0xFAFF))
        {
            words++;
            inWord = false;
            return;
        }

        var space = c < 128 ? AsciiSpace[c] : char.IsWhiteSpace(c);
        if (!space && !inWord)
        {
            words++;
        }

        inWord = !space;
    }
}
