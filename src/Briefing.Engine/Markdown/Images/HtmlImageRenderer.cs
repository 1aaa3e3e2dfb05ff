using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.Images;

/// <summary>
/// Leaves a hole for an image, which <see cref="ImageMarkup"/> fills for the page, followed by its credit when
/// it stands in running text (a figure shows the credit in its caption). Links go to Markdig's own renderer:
/// Markdig picks one renderer per node type, and a link and an image are both <see cref="LinkInline"/>.
/// </summary>
internal sealed class HtmlImageRenderer(LinkInlineRenderer links) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline obj)
    {
        if (!obj.IsImage)
        {
            links.Write(renderer, obj);
            return;
        }

        // Another renderer (a heading's text, for its id) and places where no element can go write nothing.
        if (renderer is not MarkdownHtmlRenderer markdown || !renderer.EnableHtmlForInline)
        {
            return;
        }

        markdown.Hole(new HtmlHole(HoleKind.Image, obj.Url ?? string.Empty, AltOf(obj), Link: false, null));
        if (obj.Parent?.ParentBlock is not FigureBlock)
        {
            markdown.Hole(new HtmlHole(HoleKind.ImageCredit, obj.Url ?? string.Empty, null, Link: false, null));
        }
    }

    /// <summary>The image's description as plain text; null when it has none.</summary>
    internal static string? AltOf(LinkInline image)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        var alt = text.ToString().Trim();
        return alt.Length == 0 ? null : alt;
    }
}
