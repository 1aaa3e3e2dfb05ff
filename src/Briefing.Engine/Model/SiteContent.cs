using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Model;

internal sealed record SiteConfig(string Title, string Description, string BaseUrl, string Language, string Publisher)
{
    /// <summary>The most addresses one sitemap lists, as sitemaps.org allows; past it, /sitemap.xml becomes an index of sitemaps.</summary>
    public const int MaxSitemapUrls = 50_000;

    /// <summary>How many addresses one sitemap lists before the sitemap is split (<c>sitemap_limit</c> in site.yml).</summary>
    public int SitemapLimit { get; init; } = MaxSitemapUrls;

    /// <summary>The further language editions, in the order site.yml names them; none for a site in one language.</summary>
    public IReadOnlyList<EditionConfig> Editions { get; init; } = [];
}

/// <param name="UpdatedLocation">Where the 'updated' value is written, when it is.</param>
internal sealed record BriefingDocument(
    string Slug,
    string Path,
    string Title,
    DateOnly Date,
    DateOnly? Updated,
    string Summary,
    IReadOnlyList<Reference> Entities,
    IReadOnlyList<string> Topics,
    bool Draft,
    MarkdownText Body,
    SourceLocation? UpdatedLocation = null)
{
    /// <summary>The place in the reading order: lower comes first; a briefing without one follows those with one.</summary>
    public int? Weight { get; init; }

    /// <summary>Briefings the writer names as read next, by slug, before those the site finds by shared entities and topics.</summary>
    public IReadOnlyList<Reference> Related { get; init; } = [];

    /// <summary>The <see cref="Topics"/> with where each is written.</summary>
    public IReadOnlyList<Reference> TopicReferences { get; init; } = [];

    /// <summary>The corrections made since publication, as written.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>In a translation, the day its original last changed when that is after the translation was brought in line; null otherwise.</summary>
    public DateOnly? OriginalChanged { get; init; }
    /// <summary>What other pages can see of the file it was loaded from (<see cref="Loading.InputFace.OfText"/>).</summary>
    public UInt128 Face { get; init; }
}

/// <summary>A correction made to a briefing after it was published.</summary>
/// <param name="Note">What was wrong and what the briefing says now.</param>
/// <param name="Location">Where its date is written.</param>
internal sealed record Correction(DateOnly Date, string Note, SourceLocation Location);

/// <summary>A standalone page from <c>pages/&lt;slug&gt;.md</c>, at <c>/&lt;slug&gt;/</c>.</summary>
/// <param name="Nav">Whether the header's navigation lists it, after the built-in items.</param>
/// <param name="Weight">Its place among the pages in the navigation: lower first; one without follows those with one.</param>
/// <param name="Location">The start of the file, for what is said of the page as a whole.</param>
internal sealed record PageDocument(string Slug, string Path, string Title, string Summary, bool Nav, int? Weight, DateOnly? Updated, MarkdownText Body, SourceLocation Location)
{
    /// <summary>What the site lists at the end of the page, one of <see cref="PageLists.All"/>; null for none.</summary>
    public string? List { get; init; }

    /// <summary>In a translation, the day its original last changed when that is after the translation was brought in line; null otherwise.</summary>
    public DateOnly? OriginalChanged { get; init; }
    /// <summary>What other pages can see of the file it was loaded from (<see cref="Loading.InputFace.OfText"/>).</summary>
    public UInt128 Face { get; init; }
}

/// <summary>What a standalone page may list after its text.</summary>
internal static class PageLists
{
    /// <summary>Every correction made to a briefing, newest first.</summary>
    public const string Corrections = "corrections";

    public static readonly IReadOnlyList<string> All = [Corrections];
}

public static class EntityKinds
{
    public static readonly IReadOnlyList<string> All =
        ["company", "bank", "agency", "startup", "research", "facility", "program", "person", "organization"];
}

/// <summary>The part an entity plays in the story, by which the site groups entities for readers.</summary>
internal static class EntityGroups
{
    /// <summary>Everyone the writer has not placed: the last group.</summary>
    public const string Other = "other";

    /// <summary>In the order the groups are shown.</summary>
    public static readonly IReadOnlyList<string> All = ["consortium", "investors", "state", "partners", "rivals", Other];
}

internal static class RelationTypes
{
    public static readonly IReadOnlyList<string> All =
        ["leads", "member-of", "invests-in", "partner-of", "funds", "parent-of", "competes-with", "hosts"];
}

internal sealed record Relation(Reference To, string Type, IReadOnlyList<Reference> Sources, SourceLocation Location);

/// <param name="NameLocation">Where the name is written, for what is said of the entity as a whole.</param>
/// <param name="WebsiteLocation">Where the website is written, when it is.</param>
internal sealed record Entity(
    string Id,
    string Path,
    string Name,
    string Kind,
    MarkdownText Summary,
    string? NativeName,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? Sector,
    string? Headquarters,
    string? Website,
    string? Stake,
    IReadOnlyList<Relation> Relations,
    SourceLocation NameLocation,
    SourceLocation? WebsiteLocation = null)
{
    /// <summary>The everyday name prose and lists use ("Honda"); <see cref="Name"/> is the full name its own page gives.</summary>
    public string? ShortName { get; init; }

    /// <summary>The name running text shows: the short name when there is one.</summary>
    public string ShownName => ShortName ?? Name;

    /// <summary>One of <see cref="EntityGroups.All"/>: the part it plays in the story.</summary>
    public string Group { get; init; } = EntityGroups.Other;

    /// <summary>Its fields in further languages.</summary>
    public Translations Translations { get; init; } = Translations.None;
}

internal static class SourceKinds
{
    public const string Aggregator = "aggregator";

    public static readonly IReadOnlyList<string> All = ["news", Aggregator, "analysis", "government", "company"];
}

/// <summary>How a report reaches us: first-hand, as another outlet's summary, or relayed through another source.</summary>
internal static class Provenances
{
    public const string Original = "original";
    public const string Summary = "summary";
    public const string Relayed = "relayed";
}

/// <param name="Title">The report's own headline or, when <paramref name="Untitled"/>, our description of a report whose headline we do not have.</param>
/// <param name="Untitled">True when the source gives a <c>description</c> instead of a <c>title</c>.</param>
/// <param name="PublisherUrl">The home page of the outlet, not of the report.</param>
internal sealed record Source(
    string Id,
    string Publisher,
    string Title,
    bool Untitled,
    string? Url,
    string? PublisherUrl,
    string? Date,
    string? Language,
    string? Kind,
    Reference? Via,
    SourceLocation Location)
{
    /// <summary>Where <see cref="Url"/> is written, for its diagnostics.</summary>
    public SourceLocation UrlLocation { get; init; } = Location;

    /// <summary>Where <see cref="PublisherUrl"/> is written, for its diagnostics.</summary>
    public SourceLocation PublisherUrlLocation { get; init; } = Location;

    /// <summary>The language the title is written in: the report's <see cref="Language"/> unless told otherwise (an English headline of a Chinese report); null for a description, which is in the site's language.</summary>
    public string? TitleLanguage
    {
        get => Untitled ? null : field ?? Language;
        init;
    }

    /// <summary>The outlet's name in its own script ("凤凰科技").</summary>
    public string? PublisherNative { get; init; }

    /// <summary>The language of <see cref="PublisherNative"/>: the outlet's, which need not be that of the report we hold.</summary>
    public string? PublisherLanguage { get; init; }

    /// <summary>First-hand, a summary, or relayed: from <see cref="Via"/> and <see cref="Kind"/>.</summary>
    public string Provenance => Via is not null ? Provenances.Relayed : Kind == SourceKinds.Aggregator ? Provenances.Summary : Provenances.Original;

    /// <summary>Its fields in further languages.</summary>
    public Translations Translations { get; init; } = Translations.None;
}

internal static class EventStatuses
{
    public const string Reported = "reported";
    public const string Announced = "announced";
    public const string Planned = "planned";
    public const string Expected = "expected";

    public static readonly IReadOnlyList<string> All = [Reported, Announced, Planned, Expected];

    /// <summary>Whether an event with this status is still to come: a milestone.</summary>
    public static bool IsAhead(string status) => status is Planned or Expected;
}

internal sealed record TimelineEvent(
    PartialDate Date,
    string Title,
    IReadOnlyList<Reference> Sources,
    MarkdownText? Body,
    IReadOnlyList<Reference> Entities,
    string Status,
    SourceLocation Location)
{
    /// <summary>What its anchor is made from: the title as first written, kept by a translation so a link to the event works in every language.</summary>
    public string AnchorText { get; init; } = Title;

    /// <summary>Its fields in further languages.</summary>
    public Translations Translations { get; init; } = Translations.None;
}

internal static class ClaimStatuses
{
    /// <summary>At least two independent reports agree: their sources do not reach us through the same report.</summary>
    public const string Consistent = "consistent";

    /// <summary>The figure rests on one report, or on reports that all reach us through one.</summary>
    public const string SingleSource = "single-source";

    public const string Contested = "contested";
    public const string Corrected = "corrected";

    public static readonly IReadOnlyList<string> All = [Consistent, SingleSource, Contested, Corrected];

    /// <summary>The statuses a key figure may have: it is agreed, or plainly labelled as one outlet's.</summary>
    public static readonly IReadOnlyList<string> Figures = [Consistent, SingleSource];
}

internal sealed record ClaimReport(string Value, Reference Source, string? Note)
{
    /// <summary>Its fields in further languages.</summary>
    public Translations Translations { get; init; } = Translations.None;
}

/// <param name="Figure">The short value shown as a key figure on the home page, or null when the claim is not one.</param>
internal sealed record Claim(
    string Id,
    string Question,
    IReadOnlyList<ClaimReport> Reports,
    string Status,
    string? Figure,
    MarkdownText? Assessment,
    SourceLocation Location)
{
    /// <summary>Where <see cref="Status"/> is written, for its diagnostics.</summary>
    public SourceLocation StatusLocation { get; init; } = Location;

    /// <summary>Its fields in further languages.</summary>
    public Translations Translations { get; init; } = Translations.None;
}

/// <summary>A theme file: a Scriban template or an asset copied to /assets/ under a fingerprinted name.</summary>
/// <summary>A topic from topics.yml: the title and description its page shows.</summary>
internal sealed record Topic(string Id, string Title, MarkdownText? Description, SourceLocation Location)
{
    /// <summary>Its fields in further languages.</summary>
    public Translations Translations { get; init; } = Translations.None;
}

internal sealed record ThemeFile(string Path, string Name, byte[] Content);

/// <param name="Languages">The words of each language the theme is written in, from its i18n/ folder.</param>
internal sealed record Theme(IReadOnlyList<ThemeFile> Templates, IReadOnlyList<ThemeFile> Assets, IReadOnlyList<UiStrings> Languages);

/// <summary>Everything the Loading stage read, parsed and type-checked; references are not yet resolved.</summary>
internal sealed record LoadedSite(
    SiteConfig Config,
    IReadOnlyList<BriefingDocument> Briefings,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Claim> Claims,
    Theme Theme)
{
    /// <summary>The topics of topics.yml; null when the site has no such file, and every topic is named from its id.</summary>
    public IReadOnlyList<Topic>? Topics { get; init; }

    /// <summary>Every briefing marked draft, in path order, whether or not <see cref="Briefings"/> includes it.</summary>
    public IReadOnlyList<DraftBriefing> Drafts { get; init; } = [];

    /// <summary>The standalone pages of pages/, in path order.</summary>
    public IReadOnlyList<PageDocument> Pages { get; init; } = [];

    /// <summary>The briefings and pages written in further languages, in path order.</summary>
    public IReadOnlyList<TranslatedDocument> Translations { get; init; } = [];

    /// <summary>The usable images of media/, in path order.</summary>
    public IReadOnlyList<MediaFile> Media { get; init; } = [];

    /// <summary>The name of every file of media/ but the records, usable or not, so a text showing a refused image is not told it is missing too.</summary>
    public IReadOnlySet<string> MediaNames { get; init; } = new HashSet<string>();

    /// <summary>What every page but a text's own is made from (<see cref="Loading.InputFace"/>).</summary>
    public UInt128 InputFace { get; init; }
}
