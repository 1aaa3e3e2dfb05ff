using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Briefing.Engine.Markdown.Images;

/// <summary>Images of <c>input/media/</c>: an image alone in a paragraph becomes a figure, its title the caption; every image is a hole the page fills.</summary>
internal sealed class ImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Figures.Make;
        pipeline.DocumentProcessed += Figures.Make;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlFigureRenderer>())
        {
            // Before the paragraph renderer, which would take a figure for the paragraph it also is.
            html.ObjectRenderers.Insert(0, new HtmlFigureRenderer());
            if (html.ObjectRenderers.Find<LinkInlineRenderer>() is { } links)
            {
                html.ObjectRenderers.Replace<LinkInlineRenderer>(new HtmlImageRenderer(links));
            }
        }
    }
}
