using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>
/// A record's <c>translations</c>: a mapping from language to the record's translatable fields in it. Each field
/// is read as the original is (Markdown where the original is Markdown), so its citations and links are checked
/// where the translation writes them.
/// </summary>
internal static class TranslationReader
{
    public const string Key = "translations";

    /// <param name="fields">The record's own fields.</param>
    /// <param name="translatable">The fields of this kind of record a writer may translate.</param>
    /// <param name="markdown">Those of them written in Markdown.</param>
    /// <param name="what">The record, as messages name it ("an entity").</param>
    public static Translations Read(YamlFields fields, IReadOnlyList<string> translatable, IReadOnlyList<string> markdown, string what, LinedText text, DiagnosticBag diagnostics)
    {
        var value = fields.Value(Key, required: false);
        if (value is null)
        {
            return Translations.None;
        }

        if (value is not YamlMapping languages)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"'{Key}' must map each language to its fields, e.g. {Key}: {{ ja: {{ {translatable[0]}: … }} }}, not {value.KindName}");
            return Translations.None;
        }

        var items = new List<Translation>();
        foreach (var (languageKey, content) in languages.Entries)
        {
            var language = languageKey.Text.Trim();
            if (!EditionLanguages.Supported.Contains(language))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, languageKey.Location, EditionLanguages.NotSupported(language));
                continue;
            }

            if (items.Exists(i => i.Language == language))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, languageKey.Location, $"'{language}' appears twice in '{Key}'; keep one");
                continue;
            }

            var translated = new YamlFields(content, $"the '{language}' translation of {what}", languageKey.Location, translatable, diagnostics, NeverTranslated(translatable));
            if (!translated.IsValid)
            {
                continue;
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var marked = new Dictionary<string, MarkdownText>(StringComparer.Ordinal);
            foreach (var field in translatable)
            {
                if (markdown.Contains(field))
                {
                    if (translated.Scalar(field) is { } scalar && scalar.Text.Trim().Length > 0)
                    {
                        marked[field] = MarkdownTextReader.Read(scalar, text, diagnostics);
                    }
                }
                else if (translated.Text(field) is { Length: > 0 } plain)
                {
                    texts[field] = plain;
                }
            }

            items.Add(new Translation(language, texts, marked, languageKey.Location));
        }

        return items.Count == 0 ? Translations.None : new Translations(items);
    }

    /// <summary>What to tell a writer who translates a field that stays the same in every language.</summary>
    private static Dictionary<string, string> NeverTranslated(IReadOnlyList<string> translatable)
    {
        var said = $"ids, dates, values, sources and relations are the same in every language; translate only {string.Join(", ", translatable)}";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = said, ["date"] = said, ["value"] = said, ["source"] = said, ["sources"] = said,
            ["relations"] = said, ["entities"] = said, ["status"] = said, ["kind"] = said, ["url"] = said, ["via"] = said,
            ["native_name"] = said, ["aliases"] = said, ["website"] = said, ["group"] = said, ["reports"] = said,
        };
    }
}
