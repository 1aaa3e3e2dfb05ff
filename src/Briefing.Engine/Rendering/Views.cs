using Briefing.Engine.Model;
namespace Briefing.Engine.Rendering;

// The records templates see. Strings are escaped when written; only TrustedHtml is not.
// Lists are ValueLists, so views compare by value: an unchanged view means an unchanged page.

internal sealed record LinkView(string Title, string Url);

/// <param name="Count">How many briefings have the topic, in words ("3 briefings").</param>
internal sealed record TopicCard(string Title, string Url, string Count);

internal sealed record TopicView(string Title, TrustedHtml? Description, ValueList<BriefingCard> Briefings, ValueList<ReferenceView> References);

internal sealed record NavItem(string Title, string Url);

/// <summary>
/// A view made once and written on many pages (the site, a briefing's card, a source's reference), and never
/// changed once made: the build cache hashes it once, and each page's hash takes its hash in its place.
/// </summary>
internal interface ISharedView;

/// <param name="Footer">The standalone pages the header does not list, for the footer.</param>
internal sealed record SiteView(string Title, string Description, string Language, string Publisher, string BaseUrl, ValueList<NavItem> Nav, ValueList<NavItem> Footer) : ISharedView
{
    /// <summary>The addresses of the edition's own pages and files, for the links the layouts write.</summary>
    public SiteUrlsView Urls { get; init; } = new(SiteUrls.Main);
}

/// <summary>The addresses of one edition's pages and files the layouts link to.</summary>
internal sealed record SiteUrlsView(string Home, string Briefings, string Entities, string Timeline, string Sources, string Claims, string Search, string Topics, string Feed)
{
    public SiteUrlsView(SiteUrls urls)
        : this(urls.Home, urls.Briefings, urls.Entities, urls.Timeline, urls.Sources, urls.Claims, urls.Search, urls.Topics, urls.Feed)
    {
    }
}

/// <param name="Section">The navigation item the page belongs under, e.g. "/entities/".</param>
/// <param name="Title">The document title: the page's own title, then the site's.</param>
/// <param name="Headline">The page's own title, for link previews.</param>
/// <param name="Type">The OpenGraph type: "website" or "article".</param>
/// <param name="JsonLd">The page's structured data as a complete &lt;script type="application/ld+json"&gt; block, or null.</param>
/// <param name="Downloads">The page's data as files (the ledger as JSON and CSV), or null when it offers none.</param>
internal sealed record PageView(
    string Title,
    string Headline,
    string Description,
    string Url,
    string Canonical,
    string Section,
    string Type,
    bool NoIndex,
    string? Published,
    string? Modified,
    TrustedHtml? JsonLd,
    DownloadsView? Downloads,
    PagingView? Paging,
    BreadcrumbsView? Breadcrumbs = null)
{
    /// <summary>The page's own feed (a topic's, an entity's), linked for autodiscovery and for readers; null for pages that have only the site's.</summary>
    public Resolution.FeedLink? Feed { get; init; }

    /// <summary>The page in every language edition that has it, this one's included, then <c>x-default</c>; none when only one edition has it.</summary>
    public ValueList<AlternateLink> Alternates { get; init; } = ValueList<AlternateLink>.None;

    /// <summary>The links to the other language editions: to this page's translation where it has one.</summary>
    public ValueList<LanguageLinkView> Languages { get; init; } = ValueList<LanguageLinkView>.None;
}

/// <param name="Label">"Download the data:", before the links.</param>
/// <param name="Files">Each file, named by its format ("JSON").</param>
internal sealed record DownloadsView(string Label, ValueList<LinkView> Files);

/// <summary>The way from the home page to this one, shown above the page and told to search engines.</summary>
/// <param name="Label">What the trail is called, for its navigation landmark.</param>
/// <param name="Items">Home first, this page last.</param>
/// <param name="JsonLd">The same trail as a schema.org BreadcrumbList, a complete script block.</param>
internal sealed record BreadcrumbsView(string Label, ValueList<LinkView> Items, TrustedHtml JsonLd);

/// <summary>A standalone page: its own words and the references they cite.</summary>
/// <param name="Corrections">The site's corrections, when the page lists them.</param>
internal sealed record StandaloneView(string Title, string Summary, string? Updated, string? UpdatedDisplay, TrustedHtml Body, ValueList<ReferenceView> References, CorrectionsView? Corrections)
{
    /// <summary>On a translation its original changed after: when, and where to read it.</summary>
    public OriginalChangedView? OriginalChanged { get; init; }
}

/// <summary>A translation's original changed after the translation was last brought in line: when, in which language, and where it is.</summary>
internal sealed record OriginalChangedView(string Date, string DateDisplay, string Url, string Language, string LanguageName);

/// <summary>The same page in another language edition, or that edition's home page where the page has no translation.</summary>
/// <param name="Name">The language's name in that language ("日本語").</param>
/// <param name="SamePage">Whether it leads to this page's translation rather than the edition's home page.</param>
internal sealed record LanguageLinkView(string Language, string Name, string Url, bool SamePage);

/// <summary>One entry of a page's reference list, with where the report comes from.</summary>
/// <param name="Title">The report's headline, or when <paramref name="Untitled"/> the label saying we do not have it.</param>
/// <param name="Provenance">"original", "summary" or "relayed" (then <paramref name="Via"/> names the source it came through).</param>
/// <param name="LanguageName">The report's language in the site's words ("English").</param>
/// <param name="BackLinks">A link back to each place the page cites it, lettered "a", "b" and on.</param>
/// <param name="TitleLanguage">The language of <paramref name="Title"/>, for its lang attribute; null for the untitled label.</param>
/// <param name="PublisherNative">The outlet's name in its own script, written in <paramref name="PublisherNativeLanguage"/>.</param>
internal sealed record ReferenceView(
    int Number,
    string Publisher,
    string? PublisherNative,
    string? PublisherNativeLanguage,
    string Title,
    bool Untitled,
    string? Date,
    string? DateDisplay,
    string? Url,
    string PageUrl,
    string? Language,
    string? LanguageName,
    string? TitleLanguage,
    string Provenance,
    LinkView? Via,
    ValueList<LinkView> BackLinks) : ISharedView;

/// <param name="NativeLanguage">The lang attribute for <paramref name="NativeName"/>: "ja", "zh" or "ko".</param>
internal sealed record EntityChip(string Id, string Name, string Url, string Kind, string? NativeName, string? NativeLanguage, string? Role);

internal sealed record BriefingCard(string Title, string Url, string Date, string DateDisplay, string Summary) : ISharedView;

internal sealed record BriefingView(
    string Title,
    string Summary,
    string Url,
    string Date,
    string DateDisplay,
    string? Updated,
    string? UpdatedDisplay,
    ValueList<EntityChip> Entities,
    ValueList<LinkView> Topics,
    TrustedHtml Body,
    int ReadingMinutes,
    ValueList<BriefingCard> Related,
    ValueList<ReferenceView> References,
    ValueList<CorrectionView> Corrections)
{
    /// <summary>On a translation its original changed after: when, and where to read it.</summary>
    public OriginalChangedView? OriginalChanged { get; init; }
}

/// <summary>A correction made to a briefing after publication.</summary>
/// <param name="Briefing">The briefing corrected, where the correction is listed away from it.</param>
internal sealed record CorrectionView(string Date, string DateDisplay, string Note, LinkView? Briefing);

/// <summary>Every correction made, newest first, or the words saying none has been.</summary>
internal sealed record CorrectionsView(ValueList<CorrectionView> Items, string Empty);

/// <param name="Reports">How many independent reports it rests on, in words, as the graph's line style shows it.</param>
internal sealed record RelationView(string Label, EntityChip Other, TrustedHtml Citations, string Reports);

/// <summary>An entity's relations of one kind, read from the entity: "leads", or "funded by".</summary>
internal sealed record RelationGroup(string Label, ValueList<RelationView> Relations);

/// <param name="StatusName">The status as the page's language writes it.</param>
/// <param name="Reports">How many independent reports it rests on, in words, as the timeline's track shows it.</param>
internal sealed record EventView(string Anchor, string Date, string DateDisplay, int Year, string Title, string Status, string StatusName, TrustedHtml? Body, ValueList<EntityChip> Entities, TrustedHtml Citations, string Reports)
{
    /// <summary>The event's place on the timeline: /timeline/#anchor, or on its year's page once each year has one.</summary>
    public string Url { get; init; } = "";
}

internal sealed record YearGroup(int Year, ValueList<EventView> Events);

internal sealed record EntityView(
    string Id,
    string Name,
    string? NativeName,
    string? NativeLanguage,
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
    ValueList<RelationGroup> Relations,
    ValueList<BriefingCard> MentionedIn,
    ValueList<EventView> Events,
    ChartView? Timeline,
    GraphView? Graph,
    ValueList<ReferenceView> References)
{
    /// <summary>The language <see cref="Aliases"/> are written in when it is not the page's.</summary>
    public string? AliasesLanguage { get; init; }
}

/// <summary>A build-time picture in two layouts, wide and for phones (the stylesheet shows one), and its legend; pages always pair it with a text equivalent.</summary>
internal sealed record ChartView(TrustedHtml Svg, TrustedHtml Narrow, TrustedHtml Legend);

/// <summary>The relation graph: the picture in two layouts, what its lines say, and the same relations as a list of who relates how to whom.</summary>
internal sealed record GraphView(TrustedHtml Svg, TrustedHtml Narrow, string Caption, TrustedHtml Legend, ValueList<GraphEntry> Entries);

internal sealed record GraphEntry(EntityChip Entity, ValueList<GraphRelation> Relations);

internal sealed record GraphRelation(string Label, ValueList<GraphTarget> Others);

/// <summary>The other end of a relation in the list beside the graph, with how many independent reports it rests on, in words.</summary>
internal sealed record GraphTarget(string Name, string Url, string Reports);

/// <summary>A headline number from the claims ledger, with its claim and the sources that give it.</summary>
/// <param name="Sources">For a consistent claim, one source per independent report; for a single-source one, the first report's source and those relaying the same report.</param>
internal sealed record KeyFigure(string Value, string Question, string ClaimUrl, string Status, string StatusName, ValueList<LinkView> Sources);

/// <summary>Where the search page's script finds the index: its term and document folders and how many files each holds.</summary>
internal sealed record SearchIndexView(string TermsUrl, string DocumentsUrl, int Buckets, int Documents);

internal sealed record SearchView(ValueList<BriefingCard> Briefings, ValueList<RoleGroup> EntityGroups, SearchIndexView Index);

/// <summary>The entities that play one part in the story ("Investors and banks"), most prominent first.</summary>
internal sealed record RoleGroup(string Id, string Label, ValueList<EntityChip> Entities);

/// <param name="Title">The report's headline, or when <paramref name="Untitled"/> the label saying we do not have it.</param>
/// <param name="PublisherSite">The host of <paramref name="PublisherUrl"/>, as the link to the outlet shows it.</param>
/// <param name="Provenance">"original", "summary" or "relayed".</param>
/// <param name="Chain">The sources it reaches us through, starting with the report we hold and ending with the one that cites it; empty when we hold it.</param>
internal sealed record SourceView(
    string Id,
    string Publisher,
    string? PublisherNative,
    string? PublisherNativeLanguage,
    string? PublisherUrl,
    string? PublisherSite,
    string Title,
    bool Untitled,
    string? Url,
    string? Date,
    string? DateDisplay,
    string? Language,
    string? LanguageName,
    string? TitleLanguage,
    string? Kind,
    string PageUrl,
    string Provenance,
    LinkView? Via,
    ValueList<LinkView> Chain,
    ValueList<LinkView> ReportedThrough,
    ValueList<LinkView> CitedIn);

/// <param name="SourceName">Links to the source's page and stands as the report's citation: the page's references link back to it.</param>
/// <param name="MarkId">The id of that link, for the reference's link back; null where the page lists no references.</param>
internal sealed record ClaimReportView(string Value, string? Note, string SourceName, string SourceUrl, string? MarkId)
{
    /// <summary>The language the value is written in when it is not the page's: a further edition shows the value as the ledger records it.</summary>
    public string? ValueLanguage { get; init; }
}

/// <param name="StatusName">The status as the page's language writes it.</param>
/// <param name="Url">Where the claim is in the ledger, from any page.</param>
internal sealed record ClaimView(string Id, string Question, string Status, string StatusName, ValueList<ClaimReportView> Reports, TrustedHtml? Assessment, string Url);

internal sealed record TimelineView(ValueList<YearGroup> Years, ChartView? Chart, ValueList<ReferenceView> References)
{
    /// <summary>Each year's page, once the timeline has a page per year; empty until then.</summary>
    public ValueList<YearLink> YearPages { get; init; } = ValueList<YearLink>.None;
}

/// <summary>The claims of one status, for the ledger's index; every status is listed, with or without claims.</summary>
/// <param name="Name">The status as the page's language writes it.</param>
/// <param name="Claims">Each claim's question and its place on the page; empty once the status has pages of its own.</param>
/// <param name="Url">The status's own pages, once the ledger has pages and the status has claims; null otherwise.</param>
internal sealed record ClaimStatusGroup(string Status, string Name, ValueList<LinkView> Claims, string? Url = null)
{
    /// <summary>How many claims have the status: those listed, or all of them once the status has pages of its own.</summary>
    public int Count { get; init; } = Claims.Count;
}

/// <param name="Statuses">The ledger's claims by status, in the order statuses are defined; empty on the ledger's further pages and on a status's pages.</param>
/// <param name="Total">How many claims the ledger, or the status, holds on all its pages.</param>
internal sealed record ClaimsView(ValueList<ClaimView> Claims, ValueList<ClaimStatusGroup> Statuses, ValueList<ReferenceView> References, int Total)
{
    /// <summary>On a status's pages, that status (its <see cref="ClaimStatusGroup.Claims"/> empty); null on the ledger's own pages.</summary>
    public ClaimStatusGroup? Status { get; init; }

    /// <summary>Whether each status has pages of its own, which the index leads to, rather than listing its claims.</summary>
    public bool StatusPages { get; init; }
}

/// <param name="StartHere">The first briefing of the reading order, or null when no briefing has a weight.</param>
/// <param name="Latest">The newest briefings, without <paramref name="StartHere"/>.</param>
/// <param name="KeyFigures">Figures independent reports agree on.</param>
/// <param name="OneOutletFigures">Figures that rest on one outlet's reporting, shown apart and labelled.</param>
internal sealed record HomeView(
    ValueList<KeyFigure> KeyFigures,
    ValueList<KeyFigure> OneOutletFigures,
    GraphView? Graph,
    BriefingCard? StartHere,
    ValueList<BriefingCard> Latest,
    ValueList<ClaimView> Contested,
    ValueList<RoleGroup> EntityGroups,
    ValueList<EventView> Milestones,
    int BriefingCount,
    int EntityCount,
    int SourceCount,
    int EventCount,
    ValueList<ReferenceView> References)
{
    /// <summary>How many claims the reports disagree on or corrected, of which <see cref="Contested"/> lists the first.</summary>
    public int ContestedCount { get; init; }
}

/// <summary>Where a page stands in a list split over pages, and the links to the pages either side.</summary>
/// <param name="Position">"Page 2 of 5".</param>
/// <param name="Label">What the links are, for the navigation landmark's name.</param>
/// <param name="Previous">The page before, or null on the first.</param>
/// <param name="Next">The page after, or null on the last.</param>
internal sealed record PagingView(int Number, int Count, string Position, string Label, LinkView? Previous, LinkView? Next);

/// <summary>A year of the timeline, once each year has its page: where it is and how many events it holds, in words.</summary>
internal sealed record YearLink(int Year, string Url, string Count);
