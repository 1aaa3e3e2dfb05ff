using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary>Leaves a hole for the link, which <see cref="EntityLinkHole"/> fills for the page.</summary>
public sealed class HtmlEntityLinkRenderer : HtmlObjectRenderer<EntityLinkInline>
{
    protected override void Write(HtmlRenderer renderer, EntityLinkInline obj)
    {
        var hole = new EntityLinkHole(obj.EntityId, obj.Text, renderer.EnableHtmlForInline);
        if (renderer is MarkdownHtmlRenderer markdown)
        {
            markdown.Hole(hole);
        }
        else
        {
            // Another renderer (a heading's text, for its id) knows no site: the writer's text or the id.
            hole.Write(renderer, null);
        }
    }
}

/// <summary>
/// Writes <c>&lt;a class="entity" href="/entities/sony/"&gt;Sony&lt;/a&gt;</c>; just the text where links
/// cannot go (an image's description) or the entity is unknown (already an error).
/// </summary>
/// <param name="Text">The writer's link text, or null to show the entity's name.</param>
/// <param name="Link">Whether a link may be written here.</param>
internal sealed record EntityLinkHole(string EntityId, string? Text, bool Link) : IHtmlHole
{
    public void Write(HtmlRenderer renderer, IPageContext? page)
    {
        var target = page?.FindEntity(EntityId);
        var text = Text ?? target?.Name ?? EntityId;
        if (target is null || !Link)
        {
            renderer.WriteEscape(text);
            return;
        }

        renderer.Write("<a class=\"entity\" href=\"").WriteEscapeUrl(target.Url).Write("\">").WriteEscape(text).Write("</a>");
    }
}
