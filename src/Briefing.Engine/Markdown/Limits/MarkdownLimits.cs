namespace Briefing.Engine.Markdown.Limits;

/// <summary>
/// What one Markdown text may ask of the parser. Markdig is linear for ordinary text, but some hostile
/// shapes are not: thousands of unclosed links or code spans in one paragraph are quadratic, tens of
/// thousands of blocks take seconds, and nesting past Markdig's own limit throws. Those are refused
/// with a position instead, so every input builds or fails within a bounded time:
/// <see cref="LineNesting"/> before parsing, <see cref="BlockBudget"/> while parsing, <see cref="Refusals"/> after.
/// </summary>
internal static class MarkdownLimits
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
}
