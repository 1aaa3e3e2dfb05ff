using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>Leaves a hole for the citation's marks, which <see cref="CitationMarkup"/> fills for the page; a citation of an unknown source (already an error) writes nothing.</summary>
internal sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        // Another renderer (a heading's text, for its id) and places where links cannot go write nothing.
        if (renderer is MarkdownHtmlRenderer markdown && renderer.EnableHtmlForInline)
        {
            markdown.Hole(new HtmlHole(HoleKind.Citation, null, null, Link: true, obj.Items));
        }
    }
}
