using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Model;

/// <summary>The languages the engine can publish an edition in: it knows how each writes dates and numbers and how its search splits words.</summary>
internal static class EditionLanguages
{
    public static readonly IReadOnlyList<string> Supported = ["en", "ja"];

    /// <summary>What every refusal of another language says after naming it: which ones the site can publish.</summary>
    public static string NotSupported(string language) => $"'{language}' is not a language the site can publish (supported: {string.Join(", ", Supported)})";
}

/// <summary>A further language edition named in site.yml's <c>languages</c>, published under <c>/&lt;language&gt;/</c>.</summary>
/// <param name="Location">Where its language is written, for what is said of the edition as a whole.</param>
internal sealed record EditionConfig(string Language, string Title, string Description, string? Publisher, SourceLocation Location);

/// <summary>
/// One record's fields in one further language (<c>translations: { ja: { name: … } }</c>), by field name; only
/// the fields the record's kind lets a writer translate. A field it leaves out shows the original.
/// </summary>
/// <param name="Location">Where the language is written.</param>
internal sealed record Translation(string Language, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, MarkdownText> Markdown, SourceLocation Location)
{
    public string? Text(string field) => Texts.GetValueOrDefault(field);

    public MarkdownText? MarkdownOf(string field) => Markdown.GetValueOrDefault(field);
}

/// <summary>The translations of one record, by language.</summary>
internal sealed class Translations
{
    public static readonly Translations None = new([]);

    private readonly IReadOnlyList<Translation> _items;

    public Translations(IReadOnlyList<Translation> items) => _items = items;

    public IReadOnlyList<Translation> All => _items;

    public Translation? For(string language)
    {
        foreach (var item in _items)
        {
            if (item.Language == language)
            {
                return item;
            }
        }

        return null;
    }
}

/// <summary>Which fields of each kind of record a writer may translate; ids, dates, values, sources and relations never are.</summary>
internal static class TranslatableFields
{
    public static readonly IReadOnlyList<string> Entity = ["name", "short_name", "role", "summary", "sector", "headquarters", "stake"];
    public static readonly IReadOnlyList<string> Source = ["description"];
    public static readonly IReadOnlyList<string> Event = ["title", "body"];
    public static readonly IReadOnlyList<string> Claim = ["question", "figure", "assessment"];
    public static readonly IReadOnlyList<string> Report = ["note"];
    public static readonly IReadOnlyList<string> Topic = ["title", "description"];

    /// <summary>Of those, the fields written in Markdown, with citations and entity links: translated, they are read as Markdown too.</summary>
    public static readonly IReadOnlyList<string> EntityMarkdown = ["summary"];
    public static readonly IReadOnlyList<string> EventMarkdown = ["body"];
    public static readonly IReadOnlyList<string> ClaimMarkdown = ["assessment"];
    public static readonly IReadOnlyList<string> TopicMarkdown = ["description"];
}

/// <summary>
/// A briefing or page in a further language: <c>briefings/overview.ja.md</c> translates <c>briefings/overview.md</c>
/// and keeps its address. Everything but the words (date, entities, topics, order, navigation) is the original's.
/// </summary>
/// <param name="Folder">"briefings/" or "pages/".</param>
/// <param name="Updated">The day the translation was last brought in line with its original; null when it says none.</param>
/// <param name="Location">The start of the file.</param>
internal sealed record TranslatedDocument(string Folder, string Slug, string Language, string Path, string Title, string Summary, DateOnly? Updated, MarkdownText Body, SourceLocation Location)
{
    /// <summary>What other pages can see of the file it was loaded from (<see cref="Loading.InputFace.OfText"/>).</summary>
    public UInt128 Face { get; init; }
}
