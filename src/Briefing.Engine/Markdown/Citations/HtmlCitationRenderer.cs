using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.Citations;

/// <summary>Writes the marks of <see cref="CitationMarkup"/>; a citation of an unknown source (already an error) writes nothing.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        if (renderer is not PageHtmlRenderer page || !renderer.EnableHtmlForInline)
        {
            return;
        }

        var items = obj.Items
            .Select(item => (Target: page.Page.FindCitation(item.SourceId), item.Locator))
            .Where(item => item.Target is not null)
            .Select(item => (item.Target!, item.Locator));
        renderer.Write(CitationMarkup.Html(items));
    }
}
