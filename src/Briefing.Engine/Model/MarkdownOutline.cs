using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Markdown.Images;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Model;

/// <summary>What a mark in Markdown asks of the site: a target to resolve or something to refuse.</summary>
internal enum MarkKind
{
    EntityLink,
    Citation,
    RawHtml,
    Link,
    EmailLink,

    /// <summary>A chart placed in prose; its value is the chart's <see cref="Markdown.Charts.ChartSpec.Key"/>, its place the id's.</summary>
    Chart,

    /// <summary>An image; its value is the address as written.</summary>
    Image,
}

/// <summary>One entity link, cited source, raw HTML, link or chart, where the parser found it.</summary>
/// <param name="Value">The entity id, source id, address or chart; empty for raw HTML.</param>
/// <param name="Line">0-based, as Markdig counts; <see cref="MarkdownText.LocationAt"/> maps it back to the file.</param>
/// <param name="Column">0-based, as Markdig counts.</param>
/// <param name="Alt">For an image, its alt text as written (empty when it has none).</param>
internal readonly record struct MarkdownMark(MarkKind Kind, string Value, int Line, int Column, string? Alt = null);

/// <summary>What kind of block cites no source.</summary>
internal enum UncitedKind
{
    Paragraph,
    ListItem,
    Table,
}

/// <summary>A paragraph, list item or table that cites no source, where it starts.</summary>
/// <param name="Line">0-based, as Markdig counts.</param>
/// <param name="Column">0-based, as Markdig counts.</param>
internal readonly record struct UncitedBlock(UncitedKind Kind, int Line, int Column);

/// <summary>A run of a heading's text, or an entity link in it whose shown text may be the entity's name.</summary>
/// <param name="Text">The text shown; null for an entity link that shows the entity's name.</param>
/// <param name="EntityId">The linked entity, for an entity link.</param>
internal readonly record struct HeadingPart(string? Text, string? EntityId);

/// <param name="Id">The anchor the heading defines, if it has one.</param>
internal sealed record OutlineHeading(string? Id, IReadOnlyList<HeadingPart> Parts);

/// <summary>The name an entity link shows for the entity with this id, or null for an unknown id.</summary>
internal delegate string? EntityName(ReadOnlySpan<char> id);

/// <summary>
/// Everything the checks and views read from a Markdown tree, taken in one walk: the marks to resolve
/// in document order, the paragraphs that cite nothing, the headings and the word count. Loading takes
/// it right after parsing, with the HTML, and then lets the tree go.
/// </summary>
internal sealed class MarkdownOutline
{
    /// <summary>Which ASCII characters <see cref="char.IsWhiteSpace(char)"/> accepts: a table lookup per character, where a search per word cost a third of the outline.</summary>
    private static readonly bool[] AsciiSpace = Enumerable.Range(0, 128).Select(c => char.IsWhiteSpace((char)c)).ToArray();

    /// <summary>Starts an entity link in <see cref="Text"/> that shows the entity's name: its id follows, then <see cref="NameHoleEnd"/>.</summary>
    public const char NameHole = '\u0001';

    public const char NameHoleEnd = '\u0002';

    /// <param name="text">The reader's text as UTF-8 (<see cref="Utf8Text"/>).</param>
    internal MarkdownOutline(IReadOnlyList<MarkdownMark> marks, IReadOnlyList<UncitedBlock> uncited, IReadOnlyList<OutlineHeading> headings, int words, ReadOnlyMemory<byte> text)
    {
        Marks = marks;
        Uncited = uncited;
        Headings = headings;
        WordCount = words;
        _utf8 = text;
    }

    // Kept as UTF-8, half the memory of a string: ten thousand briefings' text is otherwise a fifth of a build's.
    private readonly ReadOnlyMemory<byte> _utf8;

    public IReadOnlyList<MarkdownMark> Marks { get; }

    /// <summary><see cref="Text"/> as it is kept, for the build cache.</summary>
    internal ReadOnlySpan<byte> Utf8Text => _utf8.Span;

    /// <summary>
    /// Each paragraph, list item and table that cites no source, in document order. A paragraph in a list
    /// item is judged with the item: the item is cited when one of its own paragraphs cites (a nested list's
    /// items are judged on their own). A table is cited when one of its cells cites or the paragraph right
    /// before it, the one that introduces it, does (the last paragraph of a quote or list right before it counts).
    /// A figure is judged by its caption; a figure without one states nothing to cite.
    /// </summary>
    public IReadOnlyList<UncitedBlock> Uncited { get; }

    public IReadOnlyList<OutlineHeading> Headings { get; }

    /// <summary>Runs of non-space characters in the text's literal text, each Japanese, Chinese or Korean character counted alone.</summary>
    public int WordCount { get; }

    /// <summary>
    /// What a reader reads, without markup or citation marks: one line per block, headings included, for
    /// search. An entity link that shows the entity's name is left as a hole (<see cref="NameHole"/>, id,
    /// <see cref="NameHoleEnd"/>) because names are known only once entities are loaded.
    /// </summary>
    public string Text => System.Text.Encoding.UTF8.GetString(_utf8.Span);

    /// <summary><see cref="Text"/> with each hole filled by <paramref name="name"/> (the id where it gives none).</summary>
    public string TextWithNames(EntityName name)
    {
        // Most texts name no entity: decoded straight into their string, not into a buffer copied again.
        if (_utf8.Span.IndexOf((byte)NameHole) < 0)
        {
            return System.Text.Encoding.UTF8.GetString(_utf8.Span);
        }

        var buffer = Array.Empty<char>();
        return new string(TextWithNames(name, ref buffer).Span);
    }

    /// <summary><see cref="TextWithNames(EntityName)"/> written into <paramref name="buffer"/>, made larger if it must be.</summary>
    /// <remarks>
    /// Search reads this for every page of the site into one buffer per worker, so the text is no new string; ids are
    /// looked up as spans, not cut out as strings.
    /// </remarks>
    /// <returns>The part of <paramref name="buffer"/> written, valid until the buffer is written again.</returns>
    public ReadOnlyMemory<char> TextWithNames(EntityName name, ref char[] buffer)
    {
        // A UTF-8 text has no more characters than bytes.
        var text = _utf8.Span;
        if (text.IndexOf((byte)NameHole) < 0)
        {
            Reserve(ref buffer, 0, text.Length);
            return buffer.AsMemory(0, System.Text.Encoding.UTF8.GetChars(text, buffer));
        }

        var decoded = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            ReadOnlySpan<char> rest = decoded.AsSpan(0, System.Text.Encoding.UTF8.GetChars(text, decoded));
            var length = 0;
            while (true)
            {
                var at = rest.IndexOf(NameHole);
                Append(ref buffer, ref length, at < 0 ? rest : rest[..at]);
                if (at < 0)
                {
                    return buffer.AsMemory(0, length);
                }

                rest = rest[(at + 1)..];
                var end = rest.IndexOf(NameHoleEnd);
                var id = rest[..end];
                Append(ref buffer, ref length, name(id) is { } shown ? shown : id);
                rest = rest[(end + 1)..];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(decoded);
        }
    }

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> part)
    {
        Reserve(ref buffer, length, part.Length);
        part.CopyTo(buffer.AsSpan(length));
        length += part.Length;
    }

    /// <summary>Makes <paramref name="buffer"/> hold <paramref name="more"/> characters after its first <paramref name="length"/>.</summary>
    private static void Reserve(ref char[] buffer, int length, int more)
    {
        if (length + more > buffer.Length)
        {
            var larger = new char[Math.Max(length + more, buffer.Length * 2)];
            buffer.AsSpan(0, length).CopyTo(larger);
            buffer = larger;
        }
    }

    /// <remarks>
    /// Walks blocks and then each block's inlines with explicit stacks, in document order: Markdig's
    /// <c>Descendants()</c> made an iterator per node and took as long as parsing the text.
    /// </remarks>
    public static MarkdownOutline Of(MarkdownDocument document)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Clear();
        var (marks, uncited, headings, blocks, inlines, text) = (scratch.Marks, scratch.Uncited, scratch.Headings, scratch.Blocks, scratch.Inlines, scratch.Text);

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
                        var cites = Inlines(root, inlines, marks, text, ref words);
                        text.Append('\n');
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

        return new MarkdownOutline([.. marks], [.. uncited], [.. headings], words, Utf8(text));
    }

    /// <summary>What one walk gathers, on this thread, copied out into arrays and UTF-8 of the outline's own at its end.</summary>
    /// <remarks>
    /// Every briefing's outline lives until the last page is rendered: lists grown by doubling held a third more than
    /// their marks, and a list per heading's parts four slots for the one most headings have. A builder and a string
    /// of the text for every document were garbage as large as the site's text, twice over.
    /// </remarks>
    private sealed class Scratch
    {
        public System.Text.StringBuilder Text { get; } = new(1 << 16);

        public List<MarkdownMark> Marks { get; } = [];

        public List<UncitedBlock> Uncited { get; } = [];

        public List<OutlineHeading> Headings { get; } = [];

        public Stack<Block> Blocks { get; } = new();

        public Stack<Inline> Inlines { get; } = new();

        public List<HeadingPart> Parts { get; } = [];

        public void Clear()
        {
            Text.Clear();
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

    /// <summary>The builder's text as UTF-8, without a string between; a builder of several chunks (a very long text) through one.</summary>
    private static byte[] Utf8(System.Text.StringBuilder text)
    {
        ReadOnlyMemory<char> only = default;
        var chunks = 0;
        foreach (var chunk in text.GetChunks())
        {
            only = chunk;
            chunks++;
        }

        if (chunks > 1)
        {
            return System.Text.Encoding.UTF8.GetBytes(text.ToString());
        }

        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(only.Span)];
        System.Text.Encoding.UTF8.GetBytes(only.Span, bytes);
        return bytes;
    }

    /// <summary>Takes the marks and words of one block's inlines; whether they cite a source.</summary>
    private static bool Inlines(ContainerInline root, Stack<Inline> pending, List<MarkdownMark> marks, System.Text.StringBuilder text, ref int words)
    {
        var cites = false;
        PushChildren(pending, root);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var span = literal.Content.AsSpan();
                    words += Words(span);
                    text.Append(span);
                    break;
                case CodeInline code:
                    text.Append(code.ContentSpan);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case EntityLinkInline link:
                    marks.Add(new MarkdownMark(MarkKind.EntityLink, link.EntityId, link.Line, link.Column));
                    if (link.Text is { } shown)
                    {
                        text.Append(shown);
                    }
                    else
                    {
                        text.Append(NameHole).Append(link.EntityId).Append(NameHoleEnd);
                    }

                    break;
                case CitationInline citation:
                    // A mark is not read: "leads [@a]." reads "leads.", and the text after it brings its own space.
                    if (text.Length > 0 && text[^1] == ' ')
                    {
                        text.Length--;
                    }

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

                    // Its description is alt text, not text of the page.
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
