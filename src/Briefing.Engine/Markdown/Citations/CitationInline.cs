using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>One cited source: <c>@id</c> with an optional locator such as "para. 3".</summary>
internal sealed record CitationItem(string SourceId, string? Locator, int Line, int Column);

/// <summary><c>[@a]</c>, <c>[@a; @b]</c> or <c>[@a, para. 3]</c>.</summary>
internal sealed class CitationInline(IReadOnlyList<CitationItem> items) : LeafInline
{
    public IReadOnlyList<CitationItem> Items { get; } = items;
}
