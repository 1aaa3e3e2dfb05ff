using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Resolution;

/// <summary>
/// Walks one Markdown text: resolves entity links and citations (numbering them on the page),
/// and refuses raw HTML, unsafe URLs and internal links that lead nowhere — each at its own position.
/// </summary>
internal sealed class MarkdownChecker(SiteIndex index, LinkTargets targets, DiagnosticBag diagnostics)
{
    /// <param name="pageUrl">The page the text appears on, for "#fragment" links.</param>
    /// <param name="mentions">Receives the entities the text links, in order.</param>
    public void Check(MarkdownText text, string pageUrl, CitationList citations, ICollection<Entity> mentions, PageLink citedOn)
    {
        foreach (var node in text.Nodes)
        {
            switch (node)
            {
                case EntityLinkInline link:
                    if ((index.KnownEntity(link.EntityId) ?? index.Entity(new Reference(link.EntityId, text.LocationOf(link)))) is { } entity)
                    {
                        mentions.Add(entity);
                    }

                    break;
                case CitationInline citation:
                    foreach (var item in citation.Items)
                    {
                        if ((index.KnownSource(item.SourceId, citedOn) ?? index.Source(new Reference(item.SourceId, text.LocationAt(item.Line, item.Column)), citedOn)) is { } source)
                        {
                            citations.Cite(source);
                        }
                    }

                    break;
                case HtmlBlock or HtmlInline:
                    diagnostics.Report(DiagnosticCodes.RawHtml, text.LocationOf(node), "raw HTML is not allowed in Markdown; use Markdown syntax (e.g. **bold**, [text](/path/)) or remove the tag");
                    break;
                case LinkInline link:
                    CheckUrl(link.Url ?? string.Empty, text.LocationOf(link), pageUrl);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    CheckUrl(autolink.Url, text.LocationOf(autolink), pageUrl);
                    break;
                case AutolinkInline autolink:
                    diagnostics.Report(DiagnosticCodes.UnsafeUrl, text.LocationOf(autolink), $"e-mail link '{autolink.Url}' is not allowed; cite the source instead");
                    break;
            }
        }
    }

    private void CheckUrl(string url, Diagnostics.SourceLocation location, string pageUrl)
    {
        if (UrlPolicy.IsHttps(url))
        {
            return;
        }

        if (!UrlPolicy.IsSiteRelative(url))
        {
            diagnostics.Report(DiagnosticCodes.UnsafeUrl, location, $"link '{url}' must be an https:// address or a path on this site starting with '/'");
            return;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var page = path.Length == 0 ? pageUrl : path;
        if (!targets.HasPage(page))
        {
            diagnostics.Report(DiagnosticCodes.BrokenLink, location, $"link '{url}' leads to no page of this site; check the path (pages are /briefings/<slug>/, /entities/<id>/, /sources/<id>/, /timeline/, /claims/)");
            return;
        }

        if (!string.IsNullOrEmpty(fragment) && !targets.HasFragment(page, fragment))
        {
            diagnostics.Report(DiagnosticCodes.BrokenFragment, location, $"'#{fragment}' is not an anchor on {LinkTargets.Normalise(page)}; link to a heading's id there");
        }
    }
}
