using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>Leaves a hole for the citation's marks, which <see cref="WriteMarks"/> fills for the page.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <summary>Writes the marks of <see cref="CitationMarkup"/>, numbered for the page; a citation of an unknown source (already an error) writes nothing.</summary>
    internal static void WriteMarks(HtmlRenderer renderer, IReadOnlyList<(string SourceId, string? Locator)> items, IPageContext page)
    {
        var marks = new List<(CitationTarget, string?)>(items.Count);
        foreach (var (source, locator) in items)
        {
            if (page.FindCitation(source) is { } target)
            {
                marks.Add((target, locator));
            }
        }

        CitationMarkup.Write(renderer.Writer, marks);
    }

    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        // Another renderer (a heading's text, for its id) and places where links cannot go write nothing.
        if (renderer is MarkdownHtmlRenderer markdown && renderer.EnableHtmlForInline)
        {
            markdown.Hole(new HtmlHole(HoleKind.Citation, null, null, Link: true, obj.Items));
        }
    }
}
