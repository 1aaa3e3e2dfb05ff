using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>Leaves a hole for the citation's marks, which <see cref="CitationHole"/> fills for the page.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        // Another renderer (a heading's text, for its id) and places where links cannot go write nothing.
        if (renderer is MarkdownHtmlRenderer markdown && renderer.EnableHtmlForInline)
        {
            markdown.Hole(new CitationHole(obj.Items));
        }
    }
}

/// <summary>Writes the marks of <see cref="CitationMarkup"/>, numbered for the page; a citation of an unknown source (already an error) writes nothing.</summary>
internal sealed record CitationHole(IReadOnlyList<CitationItem> Items) : IHtmlHole
{
    public void Write(HtmlRenderer renderer, IPageContext? page)
    {
        var items = new List<(CitationTarget, string?)>(Items.Count);
        foreach (var item in Items)
        {
            if (page?.FindCitation(item.SourceId) is { } target)
            {
                items.Add((target, item.Locator));
            }
        }

        CitationMarkup.Write(renderer.Writer, items);
    }
}
