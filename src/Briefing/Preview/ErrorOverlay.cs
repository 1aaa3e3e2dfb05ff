using Briefing.Engine.Markdown;
using System.Text;
using Briefing.Engine.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// The HTML that tells a writer what the latest save did: every error, escaped, over the last good page; or, when
/// the site built with warnings, those warnings in a collapsed panel, since the published build treats them as errors.
/// </summary>
internal static class ErrorOverlay
{
    public const string Stylesheet = "<link rel=\"stylesheet\" href=\"/__preview/overlay.css\">";

    /// <summary>The overlay of a failed build: its errors, and its warnings collapsed below them.</summary>
    public static string Html(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity != Severity.Error).ToList();
        var html = new StringBuilder();
        html.Append("<section id=\"briefing-preview-errors\" class=\"briefing-preview-errors\" role=\"alert\" aria-labelledby=\"briefing-preview-errors-title\">\n");
        html.Append("<h2 id=\"briefing-preview-errors-title\">The site did not build: ")
            .Append(errors.Count == 1 ? "1 error" : $"{errors.Count} errors")
            .Append("</h2>\n<p>You are looking at the last good build. Fix the problems below and save; this page reloads by itself.</p>\n");
        List(html, errors);
        if (warnings.Count > 0)
        {
            html.Append("<details class=\"briefing-preview-also\">\n<summary>")
                .Append(WarningCount(warnings.Count))
                .Append(" as well, which the published build treats as errors</summary>\n");
            List(html, warnings);
            html.Append("</details>\n");
        }

        html.Append("</section>\n");
        return html.ToString();
    }

    /// <summary>The panel of a build that succeeded with warnings: collapsed, in a corner, saying the published build refuses them.</summary>
    public static string Warnings(IReadOnlyList<Diagnostic> warnings)
    {
        var html = new StringBuilder();
        html.Append("<aside id=\"briefing-preview-warnings\" class=\"briefing-preview-warnings\" aria-label=\"Build warnings\">\n<details>\n<summary>")
            .Append(WarningCount(warnings.Count))
            .Append(": the published build treats them as errors</summary>\n")
            .Append("<p>The site is published with <code>build --strict</code>, which fails on these. Fix them before you publish; <code>preview --strict</code> shows them as errors here.</p>\n");
        List(html, warnings);
        html.Append("</details>\n</aside>\n");
        return html.ToString();
    }

    /// <summary>A page of its own, for when no build has succeeded yet and there is no page to lay the errors over.</summary>
    public static string Page(IReadOnlyList<Diagnostic> diagnostics, string reloadScript) =>
        $"<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed — Briefing preview</title>\n{Stylesheet}\n{reloadScript}\n</head>\n<body>\n{Html(diagnostics)}</body>\n</html>\n";

    private static string WarningCount(int count) => count == 1 ? "1 warning" : $"{count} warnings";

    private static void List(StringBuilder html, IEnumerable<Diagnostic> diagnostics)
    {
        html.Append("<ol>\n");
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
            html.Append("<li class=\"").Append(severity).Append("\"><code>").Append(HtmlText.Encode(diagnostic.ToString())).Append("</code></li>\n");
        }

        html.Append("</ol>\n");
    }
}
