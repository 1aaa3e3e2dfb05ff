using System.Buffers;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.SiteLinks;

/// <summary>
/// Leaves a hole for the address of a link to a page of the site ("/briefings/x/"), which the page fills: in a
/// further language edition the same path leads to that edition's page, or, where the page has no translation,
/// to the main edition's, marked with its language. Every other link is Markdig's.
/// </summary>
internal sealed class HtmlSiteLinkRenderer : LinkInlineRenderer
{
    /// <summary>
    /// Writes the address of a site link as <paramref name="page"/> has it: as written (escaped as Markdig escapes
    /// an address) unless the page's edition leads it elsewhere. A link to a page in another language ends the
    /// address's attribute and adds <c>hreflang</c>, so the one attribute Markdig's markup closes is the last.
    /// </summary>
    internal static void WriteAddress(IBufferWriter<byte> html, string url, IPageContext page)
    {
        var target = page.FindSiteLink(url);
        HtmlText.WriteUrl(html, target?.Url ?? url);
        if (target?.Language is { } language)
        {
            html.Write("\" hreflang=\""u8);
            html.Write(Encoding.UTF8.GetBytes(language));
        }
    }

    /// <summary>Writes, inside a link to a page in another language, the words saying which language it is in.</summary>
    internal static void WriteLanguageLabel(IBufferWriter<byte> html, string url, IPageContext page)
    {
        if (page.FindSiteLink(url) is { Language: not null, Label: { } label })
        {
            html.Write("<span class=\"link-language\">"u8);
            HtmlText.WriteUtf8(html, label, HtmlText.EscapedLikeMarkdig);
            html.Write("</span>"u8);
        }
    }

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || renderer is not MarkdownHtmlRenderer markdown || !renderer.EnableHtmlForInline || !IsSitePath(link.Url))
        {
            base.Write(renderer, link);
            return;
        }

        var url = link.Url!;
        renderer.Write("<a href=\"");
        markdown.Hole(new HtmlHole(HoleKind.SiteLink, url, null, Link: true, null));
        renderer.Write('"');
        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"");
            renderer.WriteEscape(link.Title);
            renderer.Write('"');
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        markdown.Hole(new HtmlHole(HoleKind.SiteLinkLanguage, url, null, Link: true, null));
        renderer.Write("</a>");
    }

    /// <summary>A path on this site, which may lead to another page in another edition; a "#fragment" stays on its page.</summary>
    private static bool IsSitePath(string? url) => url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && UrlPolicy.IsSiteRelative(url);
}
