using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary>Writes <c>&lt;a class="entity" href="/entities/sony/"&gt;Sony&lt;/a&gt;</c>.</summary>
public sealed class HtmlEntityLinkRenderer : HtmlObjectRenderer<EntityLinkInline>
{
    protected override void Write(HtmlRenderer renderer, EntityLinkInline obj)
    {
        var target = (renderer as PageHtmlRenderer)?.Page.FindEntity(obj.EntityId);
        var text = obj.Text ?? target?.Name ?? obj.EntityId;
        if (target is null || !renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(text);
            return;
        }

        renderer.Write("<a class=\"entity\" href=\"").WriteEscapeUrl(target.Url).Write("\">").WriteEscape(text).Write("</a>");
    }
}
