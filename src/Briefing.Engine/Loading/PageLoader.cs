using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>A standalone page, <c>pages/&lt;slug&gt;.md</c>: front matter and Markdown read as a briefing's are.</summary>
internal static class PageLoader
{
    internal static readonly string[] Keys = ["title", "summary", "nav", "weight", "updated", "list"];

    /// <summary>Keys from other site generators, and briefing keys a page has no use for.</summary>
    private static readonly Dictionary<string, string> Instead = new(StringComparer.Ordinal)
    {
        ["description"] = "did you mean 'summary'?",
        ["lastmod"] = "did you mean 'updated'?",
        ["modified"] = "did you mean 'updated'?",
        ["date"] = "a page has no publication date; write 'updated' for its last substantive change",
        ["menu"] = "did you mean 'nav'?",
        ["order"] = "did you mean 'weight'?",
        ["author"] = "pages name no author; every page is signed by the publisher in site.yml, so remove it",
        ["authors"] = "pages name no author; every page is signed by the publisher in site.yml, so remove it",
        ["entities"] = "a page lists no entities; link them in the text with [[id]]",
        ["topics"] = "pages have no topics; remove it",
        ["tags"] = "pages have no topics; remove it",
        ["draft"] = "pages have no drafts; keep the file out of input/pages/ until it is ready",
    };

    public static PageDocument? Load(InputFile file, string slug, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        if (MarkdownTextReader.ReadFile(file, "a page starts with front matter: a '---' line, then title and summary, then '---'", diagnostics, memo) is not (var yaml, var body, var face))
        {
            return null;
        }

        var root = YamlTreeReader.Read(yaml, file.DisplayPath, 1, diagnostics);
        var fields = new YamlFields(root, "front matter", new SourceLocation(file.DisplayPath, 1, 1), Keys, diagnostics, Instead);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: true);
        var nav = fields.Bool("nav") ?? false;
        var weight = fields.Int("weight");
        var updated = fields.Date("updated");
        var list = fields.Choice("list", PageLists.All);
        return title is null || summary is null
            ? null
            : new PageDocument(slug, file.DisplayPath, title, summary, nav, weight, updated, body, new SourceLocation(file.DisplayPath, 1, 1)) { List = list, Face = face };
    }
}
