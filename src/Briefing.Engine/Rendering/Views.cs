namespace Briefing.Engine.Rendering;

// The records templates see. Strings are escaped when written; only TrustedHtml is not.
// Lists are ValueLists, so views compare by value: an unchanged view means an unchanged page.

public sealed record LinkView(string Title, string Url);

public sealed record NavItem(string Title, string Url);

public sealed record SiteView(string Title, string Description, string Language, string Publisher, string BaseUrl, ValueList<NavItem> Nav);

/// <param name="Section">The navigation item the page belongs under, e.g. "/entities/".</param>
public sealed record PageView(string Title, string Description, string Url, string Canonical, string Section, string Type, bool NoIndex, string? Published, string? Modified);

public sealed record ReferenceView(int Number, string Publisher, string Title, string? Date, string? Url, string PageUrl, string? Language);

public sealed record EntityChip(string Id, string Name, string Url, string Kind, string? NativeName);

public sealed record BriefingCard(string Title, string Url, string Date, string DateDisplay, string Summary);

public sealed record BriefingView(
    string Title,
    string Summary,
    string Url,
    string Date,
    string DateDisplay,
    string? Updated,
    string? UpdatedDisplay,
    ValueList<EntityChip> Entities,
    ValueList<string> Topics,
    TrustedHtml Body,
    int ReadingMinutes,
    ValueList<ReferenceView> References);

public sealed record RelationView(string Label, EntityChip Other, TrustedHtml Citations);

public sealed record EventView(string Anchor, string Date, string DateDisplay, int Year, string Title, string Status, TrustedHtml? Body, ValueList<EntityChip> Entities, TrustedHtml Citations);

public sealed record YearGroup(int Year, ValueList<EventView> Events);

public sealed record EntityView(
    string Id,
    string Name,
    string? NativeName,
    string Kind,
    string KindLabel,
    string? Role,
    string? Sector,
    string? Headquarters,
    string? Website,
    string? Stake,
    ValueList<string> Aliases,
    string Url,
    TrustedHtml Summary,
    ValueList<RelationView> Outgoing,
    ValueList<RelationView> Incoming,
    ValueList<BriefingCard> MentionedIn,
    ValueList<EventView> Events,
    ValueList<ReferenceView> References);

public sealed record KindGroup(string Kind, string Label, ValueList<EntityChip> Entities);

public sealed record SourceView(
    string Id,
    string Publisher,
    string Title,
    string? Url,
    string? Date,
    string? Language,
    string? Kind,
    string PageUrl,
    LinkView? Via,
    ValueList<LinkView> ReportedThrough,
    ValueList<LinkView> CitedIn);

public sealed record ClaimReportView(string Value, string? Note, string SourceName, TrustedHtml Citation);

public sealed record ClaimView(string Id, string Question, string Status, ValueList<ClaimReportView> Reports, TrustedHtml? Assessment);

public sealed record TimelineView(ValueList<YearGroup> Years, ValueList<ReferenceView> References);

public sealed record ClaimsView(ValueList<ClaimView> Claims, ValueList<ReferenceView> References);

public sealed record HomeView(
    ValueList<BriefingCard> Latest,
    ValueList<ClaimView> Contested,
    ValueList<KindGroup> EntityGroups,
    ValueList<EventView> Milestones,
    int BriefingCount,
    int EntityCount,
    int SourceCount,
    int EventCount,
    ValueList<ReferenceView> References);
