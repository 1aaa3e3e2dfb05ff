using System.Globalization;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading.Yaml;

/// <summary>
/// Typed, located access to one YAML mapping with a fixed set of keys. Every misuse (unknown,
/// duplicate, missing or mistyped key) is reported where it was written; getters then return null.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, YamlEntry> _entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    /// <param name="instead">For keys writers reach for that are not valid here (a synonym, or something not supported): what to say instead of a spelling suggestion.</param>
    public YamlFields(YamlValue? value, string what, SourceLocation fallback, IReadOnlyList<string> keys, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? instead = null)
    {
        _diagnostics = diagnostics;
        Location = value?.Location ?? fallback;
        if (value is not YamlMapping mapping)
        {
            IsValid = false;
            if (value is null)
            {
                return;
            }

            var found = value.KindName;
            diagnostics.Report(DiagnosticCodes.WrongType, Location, $"{what} must be a mapping of keys ({string.Join(", ", keys)}), not {found}");
            return;
        }

        IsValid = true;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Text;
            if (!keys.Contains(key))
            {
                var hint = instead is not null && instead.TryGetValue(key, out var said) ? "; " + said : Suggestions.DidYouMean(key, keys);
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location, $"unknown key '{key}' in {what}{hint}");
                continue;
            }

            if (!_entries.TryAdd(key, entry))
            {
                var first = _entries[key].Key.Location;
                diagnostics.Report(DiagnosticCodes.DuplicateKey, entry.Key.Location, $"key '{key}' appears twice in {what} (first at line {first.Line}); keep one");
            }
        }
    }

    public bool IsValid { get; }

    public SourceLocation Location { get; }

    public SourceLocation KeyLocation(string key) => _entries.TryGetValue(key, out var e) ? e.Key.Location : Location;

    /// <summary>Where the value of <paramref name="key"/> is written; null when the key is not there.</summary>
    public SourceLocation? ValueLocation(string key) => _entries.TryGetValue(key, out var e) ? e.Value.Location : null;

    public YamlValue? Value(string key, bool required)
    {
        if (!IsValid)
        {
            return null;
        }

        if (_entries.TryGetValue(key, out var entry) && !(entry.Value is YamlScalar { IsNull: true }))
        {
            return entry.Value;
        }

        if (required)
        {
            var where = _entries.TryGetValue(key, out var empty) ? empty.Key.Location : Location;
            _diagnostics.Report(DiagnosticCodes.MissingKey, where, $"required key '{key}' is missing or empty");
        }

        return null;
    }

    public YamlScalar? Scalar(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null or YamlScalar)
        {
            return (YamlScalar?)value;
        }

        _diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be text, not {value.KindName}");
        return null;
    }

    public string? Text(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Text.Trim();
        if (text.Length == 0 && required)
        {
            _diagnostics.Report(DiagnosticCodes.MissingKey, scalar.Location, $"required key '{key}' is empty");
            return null;
        }

        return text;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Report(DiagnosticCodes.InvalidDate, scalar.Location, $"'{scalar.Text}' is not a date; write '{key}' as yyyy-MM-dd, e.g. 2026-03-14");
        return null;
    }

    public bool? Bool(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && scalar.Text is "true" or "false")
        {
            return scalar.Text == "true";
        }

        _diagnostics.Report(DiagnosticCodes.WrongType, scalar.Location, $"'{key}' must be true or false, not '{scalar.Text}'");
        return null;
    }

    /// <summary>A whole number, written plainly (no quotes, no decimals).</summary>
    public int? Int(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        _diagnostics.Report(DiagnosticCodes.WrongType, scalar.Location, $"'{key}' must be a whole number, e.g. 10, not '{scalar.Text}'");
        return null;
    }

    public string? Choice(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var text = Text(key, required);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        _diagnostics.Report(DiagnosticCodes.InvalidValue, Scalar(key)!.Location, $"'{text}' is not a valid {key}{Suggestions.DidYouMean(text, allowed)} (allowed: {string.Join(", ", allowed)})");
        return null;
    }

    /// <summary>A language tag, which pages write into lang attributes.</summary>
    public string? Language(string key)
    {
        var text = Text(key);
        if (text is null || IsLanguageTag(text))
        {
            return text;
        }

        _diagnostics.Report(DiagnosticCodes.InvalidValue, Scalar(key)!.Location, $"'{text}' is not a language tag; write one such as 'en', 'ja' or 'zh-Hans'");
        return null;
    }

    private static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        return parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    public string? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null || Ids.Problem(text) is not { } problem)
        {
            return text;
        }

        _diagnostics.Report(DiagnosticCodes.InvalidValue, Scalar(key)!.Location, $"'{text}' is not a valid {key}; {problem}");
        return null;
    }

    public IReadOnlyList<YamlValue> List(string key, bool required = false)
    {
        var value = Value(key, required);
        switch (value)
        {
            case null:
                return [];
            case YamlSequence sequence:
                if (required && sequence.Items.Count == 0)
                {
                    _diagnostics.Report(DiagnosticCodes.MissingKey, sequence.Location, $"'{key}' needs at least one item");
                }

                return sequence.Items;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be a list, not {value.KindName}");
                return [];
        }
    }

    public IReadOnlyList<YamlScalar> ScalarList(string key, bool required = false)
    {
        var result = new List<YamlScalar>();
        foreach (var item in List(key, required))
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                result.Add(scalar);
            }
            else
            {
                _diagnostics.Report(DiagnosticCodes.WrongType, item.Location, $"items of '{key}' must be text, not {item.KindName}");
            }
        }

        return result;
    }

    public IReadOnlyList<string> TextList(string key) => ScalarList(key).Select(s => s.Text.Trim()).ToList();

    public IReadOnlyList<Reference> References(string key, bool required = false)
    {
        var result = new List<Reference>();
        foreach (var scalar in ScalarList(key, required))
        {
            var id = scalar.Text.Trim();
            if (Ids.Problem(id) is { } problem)
            {
                _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location, $"'{id}' in '{key}' is not a valid id; {problem}");
            }
            else
            {
                result.Add(new Reference(id, scalar.Location));
            }
        }

        return result;
    }

    public Reference? Reference(string key, bool required = false)
    {
        var id = Id(key, required);
        return id is null ? null : new Reference(id, Scalar(key)!.Location);
    }
}
