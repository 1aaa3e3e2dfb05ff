using System.Buffers;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary>Leaves a hole for the link, which <see cref="WriteLink"/> fills for the page.</summary>
internal sealed class HtmlEntityLinkRenderer : HtmlObjectRenderer<EntityLinkInline>
{
    /// <summary>
    /// Writes <c>&lt;a class="entity" href="/entities/sony/"&gt;Sony&lt;/a&gt;</c>; just the text where links
    /// cannot go (an image's description) or the entity is unknown (already an error).
    /// </summary>
    /// <param name="text">The writer's link text, or null to show the entity's name.</param>
    /// <param name="link">Whether a link may be written here.</param>
    /// <param name="page">The page showing the link; null where no site is known, which writes the text or the id.</param>
    internal static void WriteLink(IBufferWriter<byte> html, string entityId, string? text, bool link, IPageContext? page)
    {
        var target = page?.FindEntity(entityId);
        var shown = text ?? target?.Name ?? entityId;
        if (target is null || !link)
        {
            HtmlText.WriteUtf8(html, shown, HtmlText.EscapedLikeMarkdig);
            return;
        }

        html.Write("<a class=\"entity\" href=\""u8);
        HtmlText.WriteUrl(html, target.Url);
        html.Write("\">"u8);
        HtmlText.WriteUtf8(html, shown, HtmlText.EscapedLikeMarkdig);
        html.Write("</a>"u8);
    }

    protected override void Write(HtmlRenderer renderer, EntityLinkInline obj)
    {
        if (renderer is MarkdownHtmlRenderer markdown)
        {
            markdown.Hole(new HtmlHole(HoleKind.EntityLink, obj.EntityId, obj.Text, renderer.EnableHtmlForInline, null));
            return;
        }

        // Another renderer (a heading's text, for its id) knows no site.
        var html = new ArrayBufferWriter<byte>();
        WriteLink(html, obj.EntityId, obj.Text, renderer.EnableHtmlForInline, null);
        renderer.Write(Encoding.UTF8.GetString(html.WrittenSpan));
    }
}
