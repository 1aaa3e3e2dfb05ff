using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Model;

internal sealed record SiteConfig(string Title, string Description, string BaseUrl, string Language, string Publisher);

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
    SourceLocation? UpdatedLocation = null);

public static class EntityKinds
{
    public static readonly IReadOnlyList<string> All =
        ["company", "bank", "agency", "startup", "research", "facility", "program", "person", "organization"];
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
    SourceLocation? WebsiteLocation = null);

internal static class SourceKinds
{
    public static readonly IReadOnlyList<string> All = ["news", "aggregator", "analysis", "government", "company"];
}

internal sealed record Source(
    string Id,
    string Publisher,
    string Title,
    string? Url,
    string? Date,
    string? Language,
    string? Kind,
    Reference? Via,
    SourceLocation Location);

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
    SourceLocation Location);

internal static class ClaimStatuses
{
    public const string Consistent = "consistent";
    public const string Contested = "contested";
    public const string Corrected = "corrected";

    public static readonly IReadOnlyList<string> All = [Consistent, Contested, Corrected];
}

internal sealed record ClaimReport(string Value, Reference Source, string? Note);

internal sealed record Claim(
    string Id,
    string Question,
    IReadOnlyList<ClaimReport> Reports,
    string Status,
    MarkdownText? Assessment,
    SourceLocation Location);

/// <summary>A theme file: a Scriban template or an asset copied to /assets/ under a fingerprinted name.</summary>
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
    /// <summary>Every briefing marked draft, in path order, whether or not <see cref="Briefings"/> includes it.</summary>
    public IReadOnlyList<DraftBriefing> Drafts { get; init; } = [];
}
