using Briefing.Engine.Markdown;

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


/// <summary>
/// Everything the checks and views read from a Markdown tree, taken in one walk (<see cref="Loading.OutlineWalker"/>):
/// the marks to resolve in document order, the paragraphs that cite nothing, the headings and the word count.
/// Loading takes it right after parsing, with the HTML, and then lets the tree go. The words themselves are read
/// from the HTML when they are needed (<see cref="MarkdownHtml.ReadText(EntityName, ref char[])"/>), so no text is kept twice.
/// </summary>
internal sealed class MarkdownOutline
{
    internal MarkdownOutline(IReadOnlyList<MarkdownMark> marks, IReadOnlyList<UncitedBlock> uncited, IReadOnlyList<OutlineHeading> headings, int words)
    {
        Marks = marks;
        Uncited = uncited;
        Headings = headings;
        WordCount = words;
    }

    public IReadOnlyList<MarkdownMark> Marks { get; }

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
}
