using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>Splits the theme folder into templates (layouts/, partials/), assets (assets/) and the words of each language (i18n/).</summary>
internal static class ThemeLoader
{
    /// <param name="memo">Earlier parses of the language files, reused while a file is unchanged.</param>
    public static Theme Load(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        var templates = new List<ThemeFile>();
        var assets = new List<ThemeFile>();
        var languages = new List<UiStrings>();
        var assetNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (file.RelativePath.StartsWith("assets/", StringComparison.Ordinal))
            {
                var name = file.RelativePath["assets/".Length..];
                if (AssetNameProblem(name, assetNames) is { } problem)
                {
                    diagnostics.Report(DiagnosticCodes.InvalidFileName, new SourceLocation(file.DisplayPath), $"asset '{name}' cannot be published: {problem}");
                    continue;
                }

                assets.Add(new ThemeFile(file.DisplayPath, name, file.Content));
            }
            else if (file.RelativePath.StartsWith("i18n/", StringComparison.Ordinal) && file.RelativePath.EndsWith(".yml", StringComparison.Ordinal))
            {
                if (memo.Parse(file, diagnostics, bag => Strings(file, bag)) is { } strings)
                {
                    languages.Add(strings);
                }
            }
            else if (file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                templates.Add(new ThemeFile(file.DisplayPath, file.RelativePath, file.Content));
            }
        }

        return new Theme(templates, assets, languages);
    }

    /// <summary>Reads a language file's nested keys as dotted ones ("nav.timeline"); list items count from 1 ("date.months.1").</summary>
    private static UiStrings? Strings(InputFile file, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null || YamlTreeReader.Read(text, file.DisplayPath, 0, diagnostics) is not { } root)
        {
            return null;
        }

        var texts = new Dictionary<string, UiString>(StringComparer.Ordinal);
        Flatten(root, string.Empty, texts, file, diagnostics);
        var language = file.RelativePath["i18n/".Length..^".yml".Length];
        return new UiStrings(language, file.DisplayPath, texts);
    }

    private static void Flatten(YamlValue value, string key, Dictionary<string, UiString> texts, InputFile file, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var name = key.Length == 0 ? entry.Key.Text : $"{key}.{entry.Key.Text}";
                    if (texts.ContainsKey(name))
                    {
                        diagnostics.Report(DiagnosticCodes.DuplicateKey, entry.Key.Location, $"'{name}' is already given above; keep one");
                        continue;
                    }

                    Flatten(entry.Value, name, texts, file, diagnostics);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Flatten(sequence.Items[i], $"{key}.{i + 1}", texts, file, diagnostics);
                }

                break;
            case YamlScalar scalar when key.Length == 0:
                diagnostics.Report(DiagnosticCodes.WrongType, scalar.Location, $"{file.DisplayPath} must be a mapping of keys to texts");
                break;
            case YamlScalar scalar:
                texts[key] = new UiString(scalar.Text, scalar.Location);
                break;
        }
    }

    /// <summary>Assets are published under their own path, so it must be a portable one, unique whatever the case.</summary>
    private static string? AssetNameProblem(string name, Dictionary<string, string> seen)
    {
        foreach (var segment in name.Split('/'))
        {
            if (FileNames.Problem(segment) is { } problem)
            {
                return $"its path has {problem}";
            }
        }

        return seen.TryAdd(name, name) ? null : $"it differs only in case from '{seen[name]}', and case-insensitive file systems would keep one";
    }
}
