using Briefing.Engine.Markdown;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Preview;

/// <summary>The HTML that tells a writer the latest save did not build: every diagnostic, escaped, over the last good page.</summary>
internal static class ErrorOverlay
{
    public const string Stylesheet = "<link rel=\"stylesheet\" href=\"/__preview/overlay.css\">";

    public static string Html(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append("<section id=\"briefing-preview-errors\" class=\"briefing-preview-errors\" role=\"alert\" aria-labelledby=\"briefing-preview-errors-title\">\n");
        html.Append("<h2 id=\"briefing-preview-errors-title\">The site did not build: ")
            .Append(errors == 1 ? "1 error" : $"{errors} errors")
            .Append("</h2>\n<p>You are looking at the last good build. Fix the problems below and save; this page reloads by itself.</p>\n<ol>\n");
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
            html.Append("<li class=\"").Append(severity).Append("\"><code>").Append(HtmlText.Encode(diagnostic.ToString())).Append("</code></li>\n");
        }

        html.Append("</ol>\n</section>\n");
        return html.ToString();
    }

    /// <summary>A page of its own, for when no build has succeeded yet and there is no page to lay the errors over.</summary>
    public static string Page(IReadOnlyList<Diagnostic> diagnostics, string reloadScript) =>
        $"<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed — Briefing preview</title>\n{Stylesheet}\n{reloadScript}\n</head>\n<body>\n{Html(diagnostics)}</body>\n</html>\n";
}
