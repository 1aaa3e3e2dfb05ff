using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown;

/// <summary>The one Markdown pipeline, shared by every document: it holds no site state.</summary>
public static class BriefingMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Use<EntityLinkExtension>()
        .Use<CitationExtension>()
        .Build();

    public static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, Pipeline);

    public static string ToHtml(MarkdownDocument document, IPageContext page)
    {
        // HTML runs about one and a half times its Markdown; sized up front, the buffer is not regrown and copied.
        using var writer = new StringWriter(new System.Text.StringBuilder(Math.Max(256, document.Span.Length * 3 / 2)), System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new PageHtmlRenderer(writer, page);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
