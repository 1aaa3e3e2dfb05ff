using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Rendering;

/// <summary>A site-relative link as written in a page, and the output file and #fragment it names.</summary>
internal sealed record PageLink(string Link, string? File, string? Fragment);

/// <summary>The distinct site-relative links and the ids of one rendered page.</summary>
internal sealed record PageLinks(IReadOnlyList<PageLink> Links, IReadOnlySet<string> Ids);

/// <summary>The last guard against a broken link: every site-relative href and src in the rendered HTML must name a file and an id that exist.</summary>
internal static partial class RenderedLinkChecker
{
    [GeneratedRegex("\\s(?:href|src)=\"([/#][^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    /// <param name="scans">Scans of earlier builds by page path; a page whose bytes are the same array is not scanned again.</param>
    public static void Check(
        IReadOnlyDictionary<string, byte[]> files,
        IReadOnlyDictionary<string, string> templateOfPage,
        DiagnosticBag diagnostics,
        ConcurrentDictionary<string, (byte[] Html, PageLinks Links)>? scans = null)
    {
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var links = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            if (scans is not null && scans.TryGetValue(page.Key, out var scanned) && ReferenceEquals(scanned.Html, page.Value))
            {
                links[page.Key] = scanned.Links;
                return;
            }

            var found = Scan(page.Key, page.Value);
            links[page.Key] = found;
            if (scans is not null)
            {
                scans[page.Key] = (page.Value, found);
            }
        });

        if (scans is not null)
        {
            foreach (var gone in scans.Keys.Where(k => !links.ContainsKey(k)))
            {
                scans.TryRemove(gone, out _);
            }
        }

        var existing = files.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (path, page) in links)
        {
            foreach (var (link, file, fragment) in page.Links)
            {
                var target = file ?? path;
                if (!existing.Contains(target))
                {
                    diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, Where(path), $"page /{path} links to '{link}', which the site does not have");
                }
                else if (fragment is not null && links.TryGetValue(target, out var targetPage) && !targetPage.Ids.Contains(fragment))
                {
                    diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, Where(path), $"page /{path} links to '{link}', but /{target} has no id '{fragment}'");
                }
            }
        }

        SourceLocation Where(string page) => new(templateOfPage.GetValueOrDefault(page, page));
    }

    private static PageLinks Scan(string path, byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var links = new List<PageLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in LinkAttribute().Matches(text))
        {
            var link = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
            if (!seen.Add(link))
            {
                continue;
            }

            var hash = link.IndexOf('#', StringComparison.Ordinal);
            var target = hash < 0 ? link : link[..hash];
            var fragment = hash < 0 ? null : link[(hash + 1)..];
            var file = target.Length == 0 ? null : Resolution.LinkTargets.Normalise(target) is var normal && normal.EndsWith('/') ? normal.TrimStart('/') + "index.html" : target.TrimStart('/');
            links.Add(new PageLink(link, file == path ? null : file, string.IsNullOrEmpty(fragment) ? null : fragment));
        }

        var ids = IdAttribute().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return new PageLinks(links, ids);
    }
}
