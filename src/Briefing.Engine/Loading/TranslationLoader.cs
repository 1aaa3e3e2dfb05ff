using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>
/// A briefing or page in a further language, <c>&lt;slug&gt;.&lt;language&gt;.md</c> beside its original. Its front
/// matter has only the words; the rest is the original's, so the two cannot drift apart.
/// </summary>
internal static class TranslationLoader
{
    internal static readonly string[] Keys = ["title", "summary", "updated"];

    /// <summary>The original's keys, which a translation takes from it rather than repeating.</summary>
    private static readonly Dictionary<string, string> Instead = BriefingLoader.Keys.Concat(PageLoader.Keys).Except(Keys).Distinct()
        .ToDictionary(key => key, key => $"a translation takes '{key}' from its original; give only title, summary and updated (the day it was last brought in line), so remove it", StringComparer.Ordinal);

    /// <summary>The language of a file named <c>&lt;slug&gt;.&lt;language&gt;</c> (without its extension), or null for an original.</summary>
    /// <remarks>Only letters after the last dot name a language: "a." or "v1.2" is a file name to refuse, not a language to look up.</remarks>
    public static (string Slug, string? Language) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        var language = dot <= 0 ? "" : name[(dot + 1)..];
        return language.Length is >= 2 and <= 8 && language.All(char.IsAsciiLetterLower) ? (name[..dot], language) : (name, null);
    }

    /// <param name="folder">"briefings/" or "pages/".</param>
    public static TranslatedDocument? Load(InputFile file, string folder, string slug, string language, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        if (MarkdownTextReader.ReadFile(file, "a translation starts with front matter: a '---' line, then title and summary, then '---'", diagnostics, memo) is not (var yaml, var body, var face))
        {
            return null;
        }

        var root = YamlTreeReader.Read(yaml, file.DisplayPath, 1, diagnostics);
        var fields = new YamlFields(root, "a translation's front matter", new SourceLocation(file.DisplayPath, 1, 1), Keys, diagnostics, Instead);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: true);
        var updated = fields.Date("updated");
        return title is null || summary is null
            ? null
            : new TranslatedDocument(folder, slug, language, file.DisplayPath, title, summary, updated, body, new SourceLocation(file.DisplayPath, 1, 1)) { Face = face };
    }
}
