using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary>Leaves a hole for the link, which <see cref="WriteLink"/> fills for the page.</summary>
public sealed class HtmlEntityLinkRenderer : HtmlObjectRenderer<EntityLinkInline>
{
    /// <summary>
    /// Writes <c>&lt;a class="entity" href="/entities/sony/"&gt;Sony&lt;/a&gt;</c>; just the text where links
    /// cannot go (an image's description) or the entity is unknown (already an error).
    /// </summary>
    /// <param name="text">The writer's link text, or null to show the entity's name.</param>
    /// <param name="link">Whether a link may be written here.</param>
    /// <param name="page">The page showing the link; null where no site is known, which writes the text or the id.</param>
    internal static void WriteLink(HtmlRenderer renderer, string entityId, string? text, bool link, IPageContext? page)
    {
        var target = page?.FindEntity(entityId);
        var shown = text ?? target?.Name ?? entityId;
        if (target is null || !link)
        {
            renderer.WriteEscape(shown);
            return;
        }

        renderer.Write("<a class=\"entity\" href=\"").WriteEscapeUrl(target.Url).Write("\">").WriteEscape(shown).Write("</a>");
    }

    protected override void Write(HtmlRenderer renderer, EntityLinkInline obj)
    {
        if (renderer is MarkdownHtmlRenderer markdown)
        {
            markdown.Hole(new HtmlHole(HoleKind.EntityLink, obj.EntityId, obj.Text, renderer.EnableHtmlForInline, null));
        }
        else
        {
            // Another renderer (a heading's text, for its id) knows no site.
            WriteLink(renderer, obj.EntityId, obj.Text, renderer.EnableHtmlForInline, null);
        }
    }
}
