using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Rendering;

/// <summary>The last guard against a broken link: every site-relative href and src in the rendered HTML must name a file and an id that exist.</summary>
internal static partial class RenderedLinkChecker
{
    [GeneratedRegex("\\s(?:href|src)=\"([/#][^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    public static void Check(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string> templateOfPage, DiagnosticBag diagnostics)
    {
        var html = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
        var ids = html.ToDictionary(
            p => p.Key,
            p => IdAttribute().Matches(p.Value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        foreach (var (path, text) in html)
        {
            foreach (Match match in LinkAttribute().Matches(text))
            {
                var link = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
                var hash = link.IndexOf('#', StringComparison.Ordinal);
                var target = hash < 0 ? link : link[..hash];
                var fragment = hash < 0 ? null : link[(hash + 1)..];
                var file = target.Length == 0 ? path : Resolution.LinkTargets.Normalise(target) is var normal && normal.EndsWith('/') ? normal.TrimStart('/') + "index.html" : target.TrimStart('/');
                var where = new SourceLocation(templateOfPage.GetValueOrDefault(path, path));
                if (!files.ContainsKey(file))
                {
                    diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, where, $"page /{path} links to '{link}', which the site does not have");
                }
                else if (!string.IsNullOrEmpty(fragment) && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(fragment))
                {
                    diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, where, $"page /{path} links to '{link}', but /{file} has no id '{fragment}'");
                }
            }
        }
    }
}
