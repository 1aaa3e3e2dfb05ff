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
/// Everything the checks and views read from a Markdown tree, taken in one walk (<see cref="Loading.OutlineWalker"/>):
/// the marks to resolve in document order, the paragraphs that cite nothing, the headings and the word count.
/// Loading takes it right after parsing, with the HTML, and then lets the tree go.
/// </summary>
internal sealed class MarkdownOutline
{
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
}
