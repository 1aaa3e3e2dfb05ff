using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;

namespace Briefing.Engine.Model;

/// <summary>One reader-visible text of a theme's language file, with where it is written.</summary>
internal sealed record UiString(string Text, SourceLocation Location);

/// <summary>A theme's <c>i18n/&lt;language&gt;.yml</c>: every word a reader sees that is not content, by dotted key.</summary>
internal sealed record UiStrings(string Language, string Path, IReadOnlyDictionary<string, UiString> Texts);

/// <summary>
/// The words of one language edition, asked for by key (<c>nav.timeline</c>) with values put in where the text
/// names them (<c>{site}</c>). The engine's keys are listed in <see cref="UiKeys"/>; a theme lacking one fails
/// the build, so a lookup here never falls back to another language.
/// </summary>
internal sealed class UiText(UiStrings strings)
{
    // The same few hundred dates and sources are written for every citation, card and reference of the site.
    private readonly ConcurrentDictionary<PartialDate, string> _dates = new();
    private readonly ConcurrentDictionary<string, string?> _sourceDates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _languageNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Source, string> _labels = new(ReferenceEqualityComparer.Instance);

    public string Language => strings.Language;

    /// <summary>The language file as diagnostics name it ("theme/i18n/en.yml").</summary>
    public string Path => strings.Path;

    /// <summary>The file's texts; the same object while the file is unchanged, so a page made from them can be reused.</summary>
    public UiStrings Strings => strings;

    public bool Has(string key) => strings.Texts.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>; the key itself where the theme lacks it (already reported).</summary>
    public string this[string key] => strings.Texts.TryGetValue(key, out var text) ? text.Text : key;

    /// <summary>The text of <paramref name="key"/> with each <c>{name}</c> replaced by its value.</summary>
    internal string Format(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = this[key];
        if (values.IsEmpty || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 32);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(text, at, text.Length - at);
                break;
            }

            result.Append(text, at, open - at);
            var name = text.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (n, value) in values)
            {
                if (name.SequenceEqual(n))
                {
                    result.Append(value);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                result.Append(text, open, close - open + 1);
            }

            at = close + 1;
        }

        return result.ToString();
    }

    /// <summary>The mark this language joins the parts of a line with ("list": ", " in English, "、" in Japanese), HTML-escaped.</summary>
    public string Mark(string name) => HtmlText.Encode(this[UiKeys.PunctuationMark(name)]);

    /// <summary>Whether <paramref name="key"/> is a text that shows a count, written as <c>key_one</c> and <c>key_many</c>.</summary>
    public bool HasCounted(string key) => Has(UiKeys.CountedOne(key)) && Has(UiKeys.CountedMany(key));

    /// <summary>
    /// The text of <paramref name="key"/> for <paramref name="count"/>: <c>key_one</c> for exactly one, <c>key_many</c>
    /// for any other number, so "1 briefings" is never written; a language without plurals gives both the same.
    /// </summary>
    internal string Counted(string key, long count, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var all = new (string Name, string Value)[values.Length + 1];
        all[0] = ("count", Number(count));
        values.CopyTo(all.AsSpan(1));
        return Format(CountedKey(key, count), all);
    }

    /// <summary>Which form of a counted text <paramref name="count"/> takes.</summary>
    public static string CountedKey(string key, long count) => count == 1 ? UiKeys.CountedOne(key) : UiKeys.CountedMany(key);

    /// <summary>A whole number as readers see it: digits only, the same in every language the theme writes.</summary>
    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A large amount in this language's words for powers of ten (<c>number.scale</c>): "$10 billion", or in
    /// Japanese "$100億"; <paramref name="prefix"/> is written before the digits, as a currency sign is.
    /// </summary>
    public string Amount(double value, string prefix)
    {
        var (power, key) = (0, UiKeys.ChartScaleOne);
        foreach (var (k, _) in strings.Texts)
        {
            if (k.StartsWith(UiKeys.NumberScalePrefix, StringComparison.Ordinal)
                && int.TryParse(k.AsSpan(UiKeys.NumberScalePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var p)
                && p > power && value >= Math.Pow(10, p))
            {
                (power, key) = (p, k);
            }
        }

        var amount = prefix + (value / Math.Pow(10, power)).ToString("#,0.###", CultureInfo.InvariantCulture);
        return Format(key, ("amount", amount));
    }

    /// <summary>A date as this language writes it: "28 May 2026".</summary>
    public string Date(DateOnly date) => Date(new PartialDate(date.Year, null, date.Month, date.Day));

    /// <summary>A date known to a day, month, quarter or year, as this language writes it.</summary>
    public string Date(PartialDate date) => _dates.GetOrAdd(date, static (date, text) => text.Written(date), this);

    private string Written(PartialDate date)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is not { } month)
        {
            return date.Quarter is { } quarter
                ? Format(UiKeys.DateQuarter, ("year", year), ("quarter", quarter.ToString(CultureInfo.InvariantCulture)))
                : Format(UiKeys.DateYear, ("year", year));
        }

        var monthName = this[UiKeys.MonthName(month)];
        return date.Day is { } day
            ? Format(UiKeys.DateDay, ("year", year), ("month", monthName), ("day", day.ToString(CultureInfo.InvariantCulture)))
            : Format(UiKeys.DateMonth, ("year", year), ("month", monthName));
    }

    /// <summary>A source's date (yyyy, yyyy-MM or yyyy-MM-dd) as this language writes dates; null when it has none.</summary>
    public string? Date(string? date) =>
        date is null ? null : _sourceDates.GetOrAdd(date, static (date, text) => text.Parsed(date), this);

    private string? Parsed(string date) => PartialDate.TryParse(date, out PartialDate? parsed) && parsed is not null ? Date(parsed) : null;

    /// <summary>How a citation mark's tip names a source: publisher, title (or that it is untitled) and, if known, date, written as pages write dates.</summary>
    public string CitationLabel(Source source) => _labels.GetOrAdd(source, static (source, text) => text.Label(source), this);

    private string Label(Source source) => (source.Untitled, Date(source.Date)) switch
    {
        (false, null) => Format(UiKeys.CitationLabel, ("publisher", source.Publisher), ("title", source.Title)),
        (false, { } date) => Format(UiKeys.CitationLabelDated, ("publisher", source.Publisher), ("title", source.Title), ("date", date)),
        (true, null) => Format(UiKeys.CitationLabelUntitled, ("publisher", source.Publisher), ("description", source.Title)),
        (true, { } date) => Format(UiKeys.CitationLabelUntitledDated, ("publisher", source.Publisher), ("description", source.Title), ("date", date)),
    };

    /// <summary>A source's headline, or for a report whose headline we do not have, the label saying so ("Untitled report: …").</summary>
    public string SourceName(Source source) =>
        source.Untitled ? Format(UiKeys.SourceUntitled, ("description", source.Title)) : source.Title;

    /// <summary>A source named in a link: "Publisher: headline", or the untitled form.</summary>
    public string SourceLink(Source source) => source.Untitled
        ? Format(UiKeys.SourceLinkUntitled, ("publisher", source.Publisher), ("description", source.Title))
        : Format(UiKeys.SourceLink, ("publisher", source.Publisher), ("title", source.Title));

    /// <summary>The name of the language <paramref name="tag"/> names ("English" for <c>en</c>, "Chinese" for <c>zh-Hans</c> when only <c>zh</c> is named), or null.</summary>
    public string? LanguageName(string tag) =>
        _languageNames.GetOrAdd(tag, static (tag, text) => text.Named(tag), this);

    private string? Named(string tag)
    {
        if (strings.Texts.TryGetValue(UiKeys.LanguageName(tag), out var full))
        {
            return full.Text;
        }

        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && strings.Texts.TryGetValue(UiKeys.LanguageName(tag[..dash]), out var primary) ? primary.Text : null;
    }

    /// <summary>Reports a source language the theme has no name for, since a reader would otherwise see a bare tag.</summary>
    public void CheckLanguageName(string tag, DiagnosticBag diagnostics)
    {
        if (LanguageName(tag) is null)
        {
            var key = UiKeys.LanguageName(tag.Split('-')[0]);
            diagnostics.Report(DiagnosticCodes.MissingText, new SourceLocation(strings.Path), $"'{key}' has no text in {strings.Path}, and a source is in '{tag}'; add it, e.g. {UiKeys.Example(key)}");
        }
    }

    /// <summary>The site's words in <paramref name="language"/>; a theme without them is reported and the keys stand in.</summary>
    internal static UiText For(Theme theme, string language, DiagnosticBag diagnostics)
    {
        if (theme.Languages.FirstOrDefault(l => l.Language == language) is { } strings)
        {
            return Check(strings, diagnostics);
        }

        var folder = theme.Templates.FirstOrDefault(t => t.Path.EndsWith(t.Name, StringComparison.Ordinal)) is { } template
            ? template.Path[..^template.Name.Length]
            : "theme/";
        var path = $"{folder}i18n/{language}.yml";
        diagnostics.Report(DiagnosticCodes.MissingText, new SourceLocation(path), $"the theme has no words for the site's language '{language}'; create {path} with a text for each key theme/i18n/en.yml has");
        return new UiText(new UiStrings(language, path, new Dictionary<string, UiString>()));
    }

    /// <summary>Reports each key the engine asks for that the theme's file lacks.</summary>
    private static UiText Check(UiStrings strings, DiagnosticBag diagnostics)
    {
        foreach (var key in UiKeys.Required)
        {
            if (!strings.Texts.ContainsKey(key))
            {
                diagnostics.Report(DiagnosticCodes.MissingText, new SourceLocation(strings.Path), $"'{key}' has no text in {strings.Path}; add it, e.g. {UiKeys.Example(key)}");
            }
        }

        return new UiText(strings);
    }
}
