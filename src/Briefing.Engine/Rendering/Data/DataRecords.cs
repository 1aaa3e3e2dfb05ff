namespace Briefing.Engine.Rendering.Data;

// What the data files are written from, field for field: the README's "Data downloads" names the same fields.
// Records with ValueLists compare by value, so an unchanged file is not written again in a preview session.
// Addresses are absolute: the files are read away from the site.

/// <param name="Title">The report's own headline; null when we do not have it.</param>
/// <param name="Description">Our description of a report whose headline we do not have; null when it has a headline.</param>
/// <param name="Label">How the spreadsheet names it: the headline, or the site's words for an untitled report.</param>
/// <param name="Via">The id of the source it reaches us through, when we know it only as relayed.</param>
/// <param name="Page">The source's page on the site.</param>
internal sealed record SourceData(string Id, string Publisher, string? Title, string? Description, string Label, string? Url, string? Date, string? Language, string? Via, string Page);

internal sealed record ReportData(string Value, string? Note, SourceData Source);

/// <param name="Assessment">The assessment as plain text, citation marks left out; null when the claim has none.</param>
internal sealed record ClaimData(string Id, string Url, string Question, string Status, string? Figure, string? Assessment, ValueList<ReportData> Reports);

/// <param name="Site">The site's title.</param>
internal sealed record ClaimsData(string Site, string BaseUrl, ValueList<ClaimData> Claims);

internal sealed record EntityRef(string Id, string Name, string Url);

/// <param name="Id">The event's anchor on the timeline page.</param>
/// <param name="Date">As written in timeline.yml: "2027-Q1".</param>
/// <param name="Precision">"day", "month", "quarter" or "year".</param>
/// <param name="Start">The first day the date could mean.</param>
/// <param name="End">The last day the date could mean.</param>
/// <param name="DateText">The date as pages write it: "Q1 2027".</param>
/// <param name="CalendarText">The calendar's description of it, in the site's words: how precisely its date is known, the body, and each source.</param>
/// <param name="Body">The body as plain text, citation marks left out, one line per paragraph; null when the event has none.</param>
internal sealed record EventData(
    string Id,
    string Url,
    string Date,
    string Precision,
    DateOnly Start,
    DateOnly End,
    string DateText,
    string CalendarText,
    string Title,
    string Status,
    string? Body,
    ValueList<EntityRef> Entities,
    ValueList<SourceData> Sources);

/// <param name="Host">The site's host, which makes each calendar event's UID unique beyond the site.</param>
/// <param name="Stamp">The site's date: the latest a briefing was written or updated, so that builds stay byte-identical.</param>
/// <param name="CalendarName">The name a calendar application shows for the subscription.</param>
internal sealed record TimelineData(string Site, string BaseUrl, string Host, DateOnly Stamp, string CalendarName, ValueList<EventData> Events);

internal sealed record EntityData(
    string Id,
    string Name,
    string? ShortName,
    string? NativeName,
    ValueList<string> Aliases,
    string Kind,
    string Group,
    string? Role,
    string? Sector,
    string? Headquarters,
    string? Website,
    string Url);

/// <param name="Label">How the relation reads from <paramref name="From"/>: "leads".</param>
/// <param name="Inverse">How it reads from <paramref name="To"/>: "led by".</param>
/// <param name="IndependentReports">How many of its sources do not reach us through the same report, as the graph draws it (solid from two).</param>
internal sealed record RelationData(string From, string To, string Type, string Label, string Inverse, int IndependentReports, ValueList<SourceData> Sources);

internal sealed record GraphData(string Site, string BaseUrl, ValueList<EntityData> Entities, ValueList<RelationData> Relations);
