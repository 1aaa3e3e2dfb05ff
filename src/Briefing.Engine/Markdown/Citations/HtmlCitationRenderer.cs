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

        var items = new List<(CitationTarget, string?)>(obj.Items.Count);
        foreach (var item in obj.Items)
        {
            if (page.Page.FindCitation(item.SourceId) is { } target)
            {
                items.Add((target, item.Locator));
            }
        }

        renderer.Write(CitationMarkup.Html(items));
    }
}
