using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Briefing.Engine.Markdown.SiteLinks;

/// <summary>Links to the site's own pages are holes, so a further language edition can lead them to its own pages.</summary>
internal sealed class SiteLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlSiteLinkRenderer>())
        {
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new HtmlSiteLinkRenderer());
        }
    }
}
