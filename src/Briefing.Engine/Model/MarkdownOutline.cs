using System.Buffers;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Model;

/// <summary>What a mark in Markdown asks of the site: a target to resolve or something to refuse.</summary>
public enum MarkKind
{
    EntityLink,
    Citation,
    RawHtml,
    Link,
    EmailLink,
}

/// <summary>One entity link, cited source, raw HTML or link, where the parser found it.</summary>
/// <param name="Value">The entity id, source id or address; empty for raw HTML.</param>
/// <param name="Line">0-based, as Markdig counts; <see cref="MarkdownText.LocationAt"/> maps it back to the file.</param>
/// <param name="Column">0-based, as Markdig counts.</param>
public readonly record struct MarkdownMark(MarkKind Kind, string Value, int Line, int Column);

/// <summary>A run of a heading's text, or an entity link in it whose shown text may be the entity's name.</summary>
/// <param name="Text">The text shown; null for an entity link that shows the entity's name.</param>
/// <param name="EntityId">The linked entity, for an entity link.</param>
public readonly record struct HeadingPart(string? Text, string? EntityId);

/// <param name="Id">The anchor the heading defines, if it has one.</param>
public sealed record OutlineHeading(string? Id, IReadOnlyList<HeadingPart> Parts);

/// <summary>
/// Everything the checks and views read from a Markdown tree, taken in one walk: the marks to resolve
/// in document order, the paragraphs that cite nothing, the headings and the word count. A one-shot
/// build keeps this and drops the tree, so only rendering the page's HTML parses the text again.
/// </summary>
public sealed class MarkdownOutline
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, for vectorised searches through long texts.</summary>
    private static readonly SearchValues<char> WhiteSpace = SpacesBelow(char.MaxValue + 1);

    /// <summary>The same, for text that is all ASCII: a far quicker search than one that must also find wide spaces.</summary>
    private static readonly SearchValues<char> AsciiWhiteSpace = SpacesBelow(128);

    private static SearchValues<char> SpacesBelow(int end) =>
        SearchValues.Create(Enumerable.Range(0, end).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    private MarkdownOutline(IReadOnlyList<MarkdownMark> marks, IReadOnlyList<(int Line, int Column)> uncited, IReadOnlyList<OutlineHeading> headings, int words)
    {
        Marks = marks;
        UncitedParagraphs = uncited;
        Headings = headings;
        WordCount = words;
    }

    public IReadOnlyList<MarkdownMark> Marks { get; }

    /// <summary>Where each paragraph that cites no source starts (0-based, as Markdig counts). Table cells are data, cited by the paragraph that introduces the table.</summary>
    public IReadOnlyList<(int Line, int Column)> UncitedParagraphs { get; }

    public IReadOnlyList<OutlineHeading> Headings { get; }

    /// <summary>Runs of non-space characters in the text's literal text.</summary>
    public int WordCount { get; }

    public static MarkdownOutline Of(MarkdownDocument document)
    {
        var marks = new List<MarkdownMark>();
        var paragraphs = new List<ParagraphBlock>();
        var cited = new HashSet<LeafBlock>();
        var headings = new List<OutlineHeading>();
        var words = 0;
        foreach (var node in document.Descendants())
        {
            switch (node)
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

                    if (BlockOf(citation) is { } block)
                    {
                        cited.Add(block);
                    }

                    break;
                case HtmlBlock or HtmlInline:
                    marks.Add(new MarkdownMark(MarkKind.RawHtml, string.Empty, node.Line, node.Column));
                    break;
                case LinkInline link:
                    marks.Add(new MarkdownMark(MarkKind.Link, link.Url ?? string.Empty, link.Line, link.Column));
                    break;
                case AutolinkInline autolink:
                    marks.Add(new MarkdownMark(autolink.IsEmail ? MarkKind.EmailLink : MarkKind.Link, autolink.Url, autolink.Line, autolink.Column));
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null && paragraph.Parent is not Markdig.Extensions.Tables.TableCell:
                    paragraphs.Add(paragraph);
                    break;
                case HeadingBlock heading:
                    headings.Add(new OutlineHeading(heading.TryGetAttributes()?.Id, PartsOf(heading)));
                    break;
            }
        }

        var uncited = new List<(int, int)>();
        foreach (var paragraph in paragraphs)
        {
            if (!cited.Contains(paragraph))
            {
                uncited.Add((paragraph.Line, paragraph.Column));
            }
        }

        return new MarkdownOutline(marks, uncited, headings, words);
    }

    private static List<HeadingPart> PartsOf(HeadingBlock heading)
    {
        var parts = new List<HeadingPart>();
        if (heading.Inline is null)
        {
            return parts;
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

        return parts;
    }

    /// <summary>The paragraph (or other leaf block) an inline sits in.</summary>
    private static LeafBlock? BlockOf(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is { } outer)
        {
            container = outer;
        }

        return container?.ParentBlock;
    }

    /// <summary>A word starts at each run of non-space characters; jump from run to run rather than test each character.</summary>
    private static int Words(ReadOnlySpan<char> span)
    {
        var spaces = System.Text.Ascii.IsValid(span) ? AsciiWhiteSpace : WhiteSpace;
        var words = 0;
        while (span.IndexOfAnyExcept(spaces) is var start and >= 0)
        {
            words++;
            var end = span[start..].IndexOfAny(spaces);
            if (end < 0)
            {
                break;
            }

            span = span[(start + end)..];
        }

        return words;
    }
}
