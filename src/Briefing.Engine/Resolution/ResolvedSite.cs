using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Where a site link written in a further edition's text leads: its own page, or the main edition's in another language.</summary>
/// <param name="Url">The address, with the fragment as written.</param>
/// <param name="Language">The language of the page it leads to, when that is not the edition's own; null otherwise.</param>
internal sealed record SiteLinkTarget(string Url, string? Language);

/// <summary>A link to a page of the site, as backlink lists show it.</summary>
internal sealed record PageLink(string Title, string Url);

/// <param name="Headings">The plain text of its headings, for search.</param>
internal sealed record BriefingPage(BriefingDocument Briefing, string Url, IReadOnlyList<Entity> Entities, CitationList Citations, IReadOnlyList<string> Headings)
{
    /// <summary>The slugs of the briefings to read next, in the order shown: the writer's <c>related</c> list, then the closest by shared entities and topics.</summary>
    /// <remarks>Slugs rather than pages, so that two briefings naming each other make no cycle of records.</remarks>
    public IReadOnlyList<string> Related { get; init; } = [];
}

internal sealed record ResolvedRelation(Entity From, string Type, Entity To, IReadOnlyList<Source> Sources);

internal sealed record ResolvedEvent(TimelineEvent Event, string Anchor, IReadOnlyList<Entity> Entities, IReadOnlyList<Source> Sources);

internal sealed record EntityPage(
    Entity Entity,
    string Url,
    IReadOnlyList<ResolvedRelation> Outgoing,
    IReadOnlyList<ResolvedRelation> Incoming,
    IReadOnlyList<BriefingPage> MentionedIn,
    IReadOnlyList<ResolvedEvent> Events,
    CitationList Citations);

/// <param name="Chain">The sources it reaches us through, nearest first, ending with the report we hold; empty when we hold it.</param>
internal sealed record SourcePage(Source Source, string Url, Source? Via, IReadOnlyList<Source> Chain, IReadOnlyList<Source> ReportedThrough, IReadOnlyList<PageLink> CitedIn)
{
    /// <summary>The report we hold that the source reaches us through: the end of its chain, or the source itself.</summary>
    public Source Root => Chain.Count > 0 ? Chain[^1] : Source;
}

/// <summary>A topic's page: the briefings that have it, in the site's order.</summary>
/// <param name="Description">What topics.yml says of it, if it says anything.</param>
internal sealed record TopicPage(string Id, string Title, MarkdownText? Description, string Url, IReadOnlyList<BriefingPage> Briefings, CitationList Citations)
{
    /// <summary>"contested-figures" → "Contested figures": the title of a topic that topics.yml does not give one.</summary>
    public static string TitleFromId(string id) => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');
}

/// <summary>A standalone page with its citations numbered.</summary>
internal sealed record StandalonePage(PageDocument Page, string Url, CitationList Citations);

internal sealed record ResolvedClaim(Claim Claim, IReadOnlyList<Source> ReportSources);

/// <summary>Stage 2 result: every reference resolved to the object it names, every page's citations numbered, and the plan of every page and file.</summary>
/// <param name="Text">The words of the site's language.</param>
internal sealed record ResolvedSite(
    SiteConfig Config,
    IReadOnlyList<BriefingPage> Briefings,
    IReadOnlyList<EntityPage> Entities,
    IReadOnlyList<SourcePage> Sources,
    IReadOnlyList<ResolvedEvent> Timeline,
    CitationList TimelineCitations,
    IReadOnlyList<ResolvedClaim> Claims,
    CitationList ClaimCitations,
    Theme Theme,
    UiText Text,
    SiteUrls Urls,
    PagePlan Plan)
{
    /// <summary>Every topic the briefings name, by title.</summary>
    public IReadOnlyList<TopicPage> Topics { get; init; } = [];

    /// <summary>The standalone pages, in path order; one whose address the site already uses is left out.</summary>
    public IReadOnlyList<StandalonePage> Pages { get; init; } = [];

    /// <summary>Where each site link a text writes leads in this edition, by the link as written; empty in the main edition, whose links lead where they say.</summary>
    public IReadOnlyDictionary<string, SiteLinkTarget> LinkTargets { get; init; } = new Dictionary<string, SiteLinkTarget>();

    /// <summary>The language of the main edition: this edition's own, or the one a further edition's untranslated pages are in.</summary>
    public string MainLanguage { get; init; } = Config.Language;

    /// <summary>What every page but a text's own is made from, in every edition (<see cref="Loading.InputFace"/>).</summary>
    public UInt128 InputFace { get; init; }

    /// <summary>The site's language editions, this one among them; set once every edition is resolved.</summary>
    public EditionLinks Editions { get; init; } = EditionLinks.None;

    private readonly Dictionary<string, EntityPage> _entities = Entities.ToDictionary(e => e.Entity.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, SourcePage> _sources = Sources.ToDictionary(s => s.Source.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, BriefingPage> _briefings = Briefings.ToDictionary(b => b.Briefing.Slug, StringComparer.Ordinal);

    public EntityPage? FindEntity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The entity with this id, looked up without making a string of it.</summary>
    public EntityPage? FindEntity(ReadOnlySpan<char> id) => _entities.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var page) ? page : null;

    public BriefingPage? FindBriefing(string slug) => _briefings.GetValueOrDefault(slug);

    /// <summary>The briefing to read first: the lowest <c>weight</c>; null when no briefing has one.</summary>
    public BriefingPage? StartHere => Briefings
        .Where(b => b.Briefing.Weight is not null)
        .OrderBy(b => b.Briefing.Weight)
        .ThenBy(b => b.Briefing.Slug, StringComparer.Ordinal)
        .FirstOrDefault();

    public SourcePage? FindSource(string id) => _sources.GetValueOrDefault(id);
}
