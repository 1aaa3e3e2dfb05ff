using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>Turns resolved pages into the flat records templates see.</summary>
internal sealed class ViewBuilder(ResolvedSite site)
{
    private const int KeyFigureCount = 6;

    /// <summary>How many milestones, and entities of each group, the home page shows; the timeline and /entities/ list them all.</summary>
    private const int HomeListLength = 12;

    private readonly PictureViews _pictures = new(site);

    private ChartFigures? _charts;

    /// <summary>The charts writers place in prose, made on first use.</summary>
    private ChartFigures Charts => _charts ??= new ChartFigures(site, _pictures);

    private readonly Dictionary<string, TopicPage> _topics = site.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);


    /// <summary>Each briefing's card, made once: the list of briefings, the home page and every company page that mentions it show the same card.</summary>
    private readonly Dictionary<BriefingPage, BriefingCard> _cards = site.Briefings.ToDictionary<BriefingPage, BriefingPage, BriefingCard>(b => b, b => Card(b, site.Text), ReferenceEqualityComparer.Instance);

    private readonly Dictionary<string, EntityTarget> _entities =
        site.Entities.ToDictionary(e => e.Entity.Id, e => new EntityTarget(e.Entity.ShownName, e.Url), StringComparer.Ordinal);

    private readonly Dictionary<string, ImageTarget> _images = ImageTargets.ForPages(site.Plan, site.Text);

    private readonly IReadOnlyDictionary<string, SiteLinkMarkup> _links = SiteLinkMarkups.For(site);

    private readonly UiText _text = site.Text;

    /// <summary>
    /// The language of words every edition shows as the main one records them (a report's value, an entity's other
    /// names), on the pages of an edition in another language; null on the main edition's.
    /// </summary>
    private readonly string? _recordedLanguage = site.MainLanguage == site.Config.Language ? null : site.MainLanguage;

    /// <summary>Words a minute, as the language file gives it; a file without a usable number was reported, and an English reader's pace stands in.</summary>
    private readonly double _readingRate = double.TryParse(site.Text[UiKeys.ReadingRate], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate : 220;
    private readonly SiteUrls _urls = site.Urls;
    private readonly ConcurrentDictionary<(Source Source, int Number, int Marks), ReferenceView> _references = new(ReferenceKey.Comparer);

    /// <summary>"Companies": the heading of a group of entities of this kind.</summary>
    public string KindLabel(string kind) => _text[UiKeys.KindMany(kind)];

    /// <summary>"Company": what one entity of this kind is.</summary>
    public string KindName(string kind) => _text[UiKeys.KindOne(kind)];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Display(DateOnly date) => _text.Date(date);

    private EntityChip Chip(Entity entity) => Chip(entity, _urls);

    public static EntityChip Chip(Entity entity, SiteUrls urls) =>
        new(entity.Id, entity.ShownName, urls.Entity(entity.Id), entity.Kind, entity.NativeName, NativeNames.Language(entity.NativeName, entity.Headquarters), entity.Role);

    /// <summary>Every briefing's card, newest first.</summary>
    public ValueList<BriefingCard> Cards() => site.Briefings.Select(CardOf).ToValueList();

    private BriefingCard CardOf(BriefingPage page) => _cards.GetValueOrDefault(page) ?? Card(page, _text);

    private static BriefingCard Card(BriefingPage page, UiText text) =>
        new(page.Briefing.Title, page.Url, Iso(page.Briefing.Date), text.Date(page.Briefing.Date), page.Briefing.Summary);

    /// <summary>The page's references, each with links back to its marks; asked for once every mark of the page is made.</summary>
    private ValueList<ReferenceView> References(PageContext context) =>
        context.Citations.Sources.Select(c => Reference(c.Number, c.Source, context.MarkCount(c.Number))).ToValueList();

    /// <summary>
    /// A source's reference as the <paramref name="number"/>th of a page that marks it <paramref name="marks"/> times:
    /// the same view on every such page, so made once (a thousand pages cite most sources).
    /// </summary>
    private ReferenceView Reference(int number, Source source, int marks) =>
        _references.GetOrAdd((source, number, marks), static (key, views) => views.NewReference(key.Number, key.Source, key.Marks), this);

    private ReferenceView NewReference(int number, Source source, int marks) =>
        new(
            number,
            source.Publisher,
            source.PublisherNative,
            PublisherNativeLanguage(source),
            _text.SourceName(source),
            source.Untitled,
            source.Date,
            _text.Date(source.Date),
            source.Url,
            _urls.Source(source.Id),
            source.Language,
            source.Language is { } tag ? _text.LanguageName(tag) : null,
            source.TitleLanguage,
            source.Provenance,
            site.FindSource(source.Id)?.Via is { } via ? new LinkView(via.Publisher, _urls.Source(via.Id)) : null,
            BackLinks(number, marks));

    /// <summary>A link back to each of a source's <paramref name="marks"/> marks on the page, named by <see cref="BackLinkLetter"/>.</summary>
    private static ValueList<LinkView> BackLinks(int number, int marks)
    {
        var links = new LinkView[marks];
        for (var i = 0; i < marks; i++)
        {
            links[i] = new LinkView(BackLinkLetter(i), CitationMarkup.MarkFragment(number, i + 1));
        }

        return new ValueList<LinkView>(links);
    }

    // Every reference of every page names its marks with these.
    private static readonly string[] Letters = [.. Enumerable.Range(0, 26).Select(i => ((char)('a' + i)).ToString())];

    /// <summary>"a" to "z", then "aa": how a reference names each place it is cited, as Wikipedia does.</summary>
    private static string BackLinkLetter(int index) =>
        index < 26 ? Letters[index] : BackLinkLetter((index / 26) - 1) + BackLinkLetter(index % 26);

    /// <summary>The outlet's own name is in the outlet's language; failing that, its script says which.</summary>
    private static string? PublisherNativeLanguage(Source source) =>
        source.PublisherNative is null ? null : source.PublisherLanguage ?? NativeNames.Language(source.PublisherNative, null);

    private LinkView TopicLink(string id) =>
        new(_topics.TryGetValue(id, out var topic) ? topic.Title : TopicPage.TitleFromId(id), site.Urls.Topic(id));

    /// <summary>Every topic with how many briefings have it, by title.</summary>
    public ValueList<TopicCard> Topics() =>
        site.Topics.Select(t => new TopicCard(t.Title, t.Url, _text.Counted(UiKeys.TopicCount, t.Briefings.Count))).ToValueList();

    /// <summary>The words and links between a list's pages; null for a page that is not one of several.</summary>
    public PagingView? Paging(Pagination? paging) =>
        paging is null
            ? null
            : new PagingView(
                paging.Number,
                paging.Count,
                _text.Format(UiKeys.PagingPosition, ("number", Number(paging.Number)), ("count", Number(paging.Count))),
                _text[UiKeys.PagingLabel],
                paging.Previous is { } previous ? new LinkView(_text[UiKeys.PagingPrevious], previous) : null,
                paging.Next is { } next ? new LinkView(_text[UiKeys.PagingNext], next) : null);

    private static string Number(int n) => UiText.Number(n);

    /// <summary>Every briefing's card, or one page's share of them.</summary>
    public ValueList<BriefingCard> Cards(Pagination? paging) =>
        paging is null ? Cards() : paging.Of(site.Briefings).Select(CardOf).ToValueList();

    /// <summary>A topic's page; further pages list only the briefings, the description staying on the first.</summary>
    public TopicView Topic(TopicPage page, Pagination? paging = null)
    {
        var briefings = (paging is null ? page.Briefings : paging.Of(page.Briefings)).Select(CardOf).ToValueList();
        if (paging is { Number: > 1 })
        {
            return new TopicView(page.Title, null, briefings, ValueList<ReferenceView>.None);
        }

        var context = new PageContext(_entities, page.Citations, Charts, _images, _links);
        return new TopicView(page.Title, page.Description is null ? null : context.Markdown(page.Description), briefings, References(context));
    }

    public BriefingView Briefing(BriefingPage page)
    {
        var context = new PageContext(_entities, page.Citations, Charts, _images, _links);
        var briefing = page.Briefing;
        var body = context.Markdown(briefing.Body);
        var words = briefing.Body.Outline.WordCount;
        return new BriefingView(
            briefing.Title,
            briefing.Summary,
            page.Url,
            Iso(briefing.Date),
            Display(briefing.Date),
            briefing.Updated is { } u ? Iso(u) : null,
            briefing.Updated is { } d ? Display(d) : null,
            page.Entities.Select(Chip).ToValueList(),
            briefing.Topics.Select(TopicLink).ToValueList(),
            body,
            Math.Max(1, (int)Math.Round(words / _readingRate)),
            page.Related.Select(site.FindBriefing).OfType<BriefingPage>().Select(CardOf).ToValueList(),
            References(context),
            briefing.Corrections.OrderByDescending(c => c.Date).Select(c => Correction(c, null)).ToValueList())
        {
            OriginalChanged = OriginalChanged(briefing.OriginalChanged, page.Url),
        };
    }

    /// <summary>What a translation says when its original changed after it was last brought in line.</summary>
    private OriginalChangedView? OriginalChanged(DateOnly? changed, string url) =>
        changed is { } date
            ? new OriginalChangedView(Iso(date), Display(date), url[(_urls.Home.Length - 1)..], site.MainLanguage, _text.LanguageName(site.MainLanguage) ?? site.MainLanguage)
            : null;

    private CorrectionView Correction(Correction correction, LinkView? briefing) =>
        new(Iso(correction.Date), Display(correction.Date), correction.Note, briefing);

    /// <summary>Every correction made to a briefing, newest first; on a day, in the order of the briefings.</summary>
    private CorrectionsView AllCorrections() =>
        new(
            site.Briefings
                .SelectMany(b => b.Briefing.Corrections.Select(c => (Page: b, Correction: c)))
                .OrderByDescending(c => c.Correction.Date)
                .Select(c => Correction(c.Correction, new LinkView(c.Page.Briefing.Title, c.Page.Url)))
                .ToValueList(),
            _text[UiKeys.CorrectionsNone]);

    public StandaloneView Standalone(StandalonePage page)
    {
        var context = new PageContext(_entities, page.Citations, Charts, _images, _links);
        var p = page.Page;
        var body = context.Markdown(p.Body);
        return new StandaloneView(p.Title, p.Summary, p.Updated is { } u ? Iso(u) : null, p.Updated is { } d ? Display(d) : null, body, References(context), p.List == PageLists.Corrections ? AllCorrections() : null)
        {
            OriginalChanged = OriginalChanged(p.OriginalChanged, page.Url),
        };
    }

    /// <summary>The trail above a page below a section: the home page, the section, the page.</summary>
    /// <param name="names">What the header calls the pages it lists, for the section: the trail names it the same way.</param>
    public ValueList<LinkView> Breadcrumbs(IReadOnlyList<PlannedPage> trail, IReadOnlyDictionary<string, string> names) =>
        trail.Select((p, i) => new LinkView(
            p.Kind == PageKind.Home ? _text[UiKeys.BreadcrumbsHome] : i < trail.Count - 1 && names.TryGetValue(p.Url, out var name) ? name : p.Title,
            p.Url)).ToValueList();

    /// <summary>
    /// An entity's page. Its profile, relations and events are on the first page only; when the briefings that
    /// mention it take more than one page, the further pages list only the rest of them.
    /// </summary>
    public EntityView Entity(EntityPage page, Pagination? paging = null)
    {
        var e = page.Entity;
        var mentions = (paging is null ? page.MentionedIn : paging.Of(page.MentionedIn)).Select(CardOf).ToValueList();
        if (paging is { Number: > 1 })
        {
            return new EntityView(
                e.Id, e.Name, e.NativeName, NativeNames.Language(e.NativeName, e.Headquarters), e.Kind, KindName(e.Kind), e.Role, null, null, null, null, ValueList<string>.None, page.Url,
                TrustedHtml.Empty, ValueList<RelationGroup>.None, mentions, ValueList<EventView>.None, null, null, ValueList<ReferenceView>.None);
        }

        var context = new PageContext(_entities, page.Citations, Charts, _images, _links);
        return new EntityView(
            e.Id,
            e.Name,
            e.NativeName,
            NativeNames.Language(e.NativeName, e.Headquarters),
            e.Kind,
            KindName(e.Kind),
            e.Role,
            e.Sector,
            e.Headquarters,
            e.Website,
            e.Stake,
            e.Aliases.ToValueList(),
            page.Url,
            context.Markdown(e.Summary),
            RelationGroups(page, context),
            mentions,
            page.Events.Select(ev => Event(ev, context)).ToValueList(),
            _pictures.Timeline(page.Events, _text.Format(UiKeys.ChartEntityTimeline, ("name", e.Name)), narrowOnly: true),
            _pictures.NeighbourGraph(page),
            References(context))
        {
            AliasesLanguage = _recordedLanguage,
        };
    }

    /// <summary>
    /// The entity's relations as the entity sees them ("leads", "funded by"), strongest ties first, the
    /// entity's own relations before those others hold towards it.
    /// </summary>
    /// <remarks>Marks are made once the relations are in the order shown, so the references' links back are in reading order.</remarks>
    private ValueList<RelationGroup> RelationGroups(EntityPage page, PageContext context) =>
        page.Outgoing.Select(r => (Order: GraphLayout.TypeOrder(r.Type) * 2, Label: _text[UiKeys.RelationLabel(r.Type)], Other: r.To, r.Sources))
            .Concat(page.Incoming.Select(r => (Order: (GraphLayout.TypeOrder(r.Type) * 2) + 1, Label: _text[UiKeys.RelationInverse(r.Type)], Other: r.From, r.Sources)))
            .GroupBy(r => r.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Min(r => r.Order))
            .ToList()
            .Select(g => new RelationGroup(g.Key, g.Select(r => new RelationView(r.Label, Chip(r.Other), context.Cite(r.Sources), Reports(r.Sources))).ToValueList()))
            .ToValueList();

    private EventView Event(ResolvedEvent resolved, PageContext context)
    {
        var ev = resolved.Event;
        // The heading's marks come before the body's on the page.
        var citations = context.Cite(resolved.Sources);
        return new EventView(
            resolved.Anchor,
            ev.Date.Iso,
            _text.Date(ev.Date),
            ev.Date.Year,
            ev.Title,
            ev.Status,
            _text[UiKeys.EventStatusName(ev.Status)],
            ev.Body is null ? null : context.Markdown(ev.Body),
            resolved.Entities.Select(Chip).ToValueList(),
            citations,
            Reports(resolved.Sources))
        {
            Url = site.Plan.EventUrl(_urls, resolved.Anchor),
        };
    }

    /// <summary>"2 independent reports" or "one report": what the pictures' line styles mean, said beside them.</summary>
    private string Reports(IReadOnlyList<Source> sources) => Certainty.Words(_text, Certainty.Independent(site, sources));

    /// <summary>
    /// The timeline once each year has its page: /timeline/ leads to the years with how many events each holds,
    /// and a year's page shows its events, its picture and the references they cite.
    /// </summary>
    public TimelineView Timeline(object? subject, Pagination? paging = null)
    {
        if (subject is IReadOnlyList<TimelineYear> years)
        {
            return new TimelineView(ValueList<YearGroup>.None, null, ValueList<ReferenceView>.None) { YearPages = YearLinks(years) };
        }

        if (subject is not TimelineYear year)
        {
            return Timeline();
        }

        // Numbered afresh for the page, in the order its events cite them: a mark's heading sources, then its body's.
        var shown = (paging is null ? year.Events : paging.Of(year.Events)).ToList();
        var citations = new CitationList(_text.CitationLabel);
        foreach (var e in shown)
        {
            foreach (var source in e.Sources)
            {
                citations.Cite(source);
            }

            foreach (var id in e.Event.Body?.Html.CitedSources() ?? [])
            {
                if (site.FindSource(id) is { } cited)
                {
                    citations.Cite(cited.Source);
                }
            }
        }

        var context = new PageContext(_entities, citations, Charts, _images, _links);
        var events = shown.Select(e => Event(e, context)).ToValueList();
        var chart = _pictures.Timeline(shown, _text[UiKeys.ChartTimeline]);
        var all = site.Plan.FindPage(_urls.Timeline)?.Subject as IReadOnlyList<TimelineYear> ?? [year];
        return new TimelineView(new ValueList<YearGroup>([new YearGroup(year.Year, events)]), chart, References(context)) { YearPages = YearLinks(all) };
    }

    private ValueList<YearLink> YearLinks(IEnumerable<TimelineYear> years) =>
        years.Select(y => new YearLink(y.Year, y.Url, _text.Counted(UiKeys.TimelineEvents, y.Events.Count))).ToValueList();

    public TimelineView Timeline()
    {
        var context = new PageContext(_entities, site.TimelineCitations, Charts, _images, _links);
        var years = site.Timeline
            .Select(e => Event(e, context))
            .GroupBy(e => e.Year)
            .Select(g => new YearGroup(g.Key, g.ToValueList()))
            .ToValueList();
        var chart = _pictures.Timeline(site.Timeline, _text[UiKeys.ChartTimeline]);
        return new TimelineView(years, chart, References(context));
    }

    /// <summary>
    /// The claims ledger, or one page of it once it has pages, or one status's claims (a page of them). The index
    /// by status is on the ledger's first page only: while the ledger is one page it lists each status's claims,
    /// after that it leads to each status's pages. A page's references are those its own claims cite.
    /// </summary>
    public ClaimsView Claims(Pagination? paging = null, ClaimStatusPage? status = null)
    {
        var all = status?.Claims ?? site.Claims;
        var shown = paging?.Of(all) ?? all;
        var context = new PageContext(_entities, paging is null && status is null ? site.ClaimCitations : CitationsOf(shown), Charts, _images, _links);
        var claims = shown.Select(c => Claim(c, context)).ToValueList();
        var statuses = status is not null || paging is { Number: > 1 }
            ? ValueList<ClaimStatusGroup>.None
            : ClaimStatuses.All
                .Select(s => paging is null
                    ? new ClaimStatusGroup(s, _text[UiKeys.ClaimStatusLabel(s)], site.Claims.Where(c => c.Claim.Status == s).Select(c => new LinkView(c.Claim.Question, "#" + c.Claim.Id)).ToValueList())
                    : new ClaimStatusGroup(s, _text[UiKeys.ClaimStatusLabel(s)], ValueList<LinkView>.None, site.Plan.FindPage(_urls.ClaimStatus(s))?.Url) { Count = site.Claims.Count(c => c.Claim.Status == s) })
                .ToValueList();
        return new ClaimsView(claims, statuses, References(context), all.Count)
        {
            Status = status is null ? null : new ClaimStatusGroup(status.Status, _text[UiKeys.ClaimStatusLabel(status.Status)], ValueList<LinkView>.None),
            StatusPages = paging is not null && status is null,
        };
    }

    /// <summary>The sources a page of the ledger cites, numbered as the whole ledger numbers them: each claim's reports, then its assessment's citations.</summary>
    private CitationList CitationsOf(IEnumerable<ResolvedClaim> claims)
    {
        var citations = new CitationList(_text.CitationLabel);
        foreach (var claim in claims)
        {
            foreach (var source in claim.ReportSources)
            {
                citations.Cite(source);
            }

            foreach (var id in claim.Claim.Assessment?.Html.CitedSources() ?? [])
            {
                if (site.ClaimCitations.Find(id) is { } cited)
                {
                    citations.Cite(cited.Source);
                }
            }
        }

        return citations;
    }

    private ClaimView Claim(ResolvedClaim resolved, PageContext context)
    {
        var claim = resolved.Claim;
        var reports = new List<ClaimReportView>();
        foreach (var report in claim.Reports)
        {
            var source = resolved.ReportSources.FirstOrDefault(s => s.Id == report.Source.Id);
            if (source is not null)
            {
                reports.Add(new ClaimReportView(report.Value, report.Note, source.Publisher, _urls.Source(source.Id), context.Mark(source)) { ValueLanguage = _recordedLanguage });
            }
        }

        return new ClaimView(claim.Id, claim.Question, claim.Status, _text[UiKeys.ClaimStatusLabel(claim.Status)], new ValueList<ClaimReportView>(reports), claim.Assessment is null ? null : context.Markdown(claim.Assessment), site.Plan.ClaimUrl(_urls, claim.Id));
    }

    public HomeView Home()
    {
        var context = new PageContext(_entities, new CitationList(_text.CitationLabel), Charts, _images, _links);
        var claims = site.Claims.Where(c => c.Claim.Status is ClaimStatuses.Contested or ClaimStatuses.Corrected).ToList();

        // The home page names the first of them; the ledger has them all, however many a large site records.
        var contested = claims.Take(HomeListLength).Select(c => Claim(c, context)).ToValueList();
        var milestones = site.Timeline.Where(e => EventStatuses.IsAhead(e.Event.Status)).Take(HomeListLength).Select(e => Event(e, context)).ToValueList();
        var start = site.StartHere;
        return new HomeView(
            KeyFigures(ClaimStatuses.Consistent),
            KeyFigures(ClaimStatuses.SingleSource),
            _pictures.Graph(),
            start is null ? null : CardOf(start),
            site.Briefings.Where(b => !ReferenceEquals(b, start)).Take(6).Select(CardOf).ToValueList(),
            contested,
            EntityGroups().Select(g => g.Entities.Count > HomeListLength ? g with { Entities = g.Entities.Take(HomeListLength).ToValueList() } : g).ToValueList(),
            milestones,
            site.Briefings.Count,
            site.Entities.Count,
            site.Sources.Count,
            site.Timeline.Count,
            References(context))
        {
            ContestedCount = claims.Count,
        };
    }

    /// <summary>
    /// The claims of this status that name a <c>figure</c>, in ledger order. A consistent figure is credited to
    /// one source per independent report (sources reaching us through the same report count once); a
    /// single-source figure to the first report's source and those that reach us through the same report.
    /// </summary>
    public ValueList<KeyFigure> KeyFigures(string status) =>
        site.Claims
            .Where(c => c.Claim.Status == status && c.Claim.Figure is not null && c.ReportSources.Count > 0)
            .Take(KeyFigureCount)
            .Select(c => new KeyFigure(
                c.Claim.Figure!,
                c.Claim.Question,
                site.Plan.ClaimUrl(_urls, c.Claim.Id),
                c.Claim.Status,
                _text[UiKeys.ClaimStatusLabel(c.Claim.Status)],
                (status == ClaimStatuses.Consistent ? c.ReportSources.DistinctBy(Root) : c.ReportSources.Where(s => Root(s) == Root(c.ReportSources[0])).DistinctBy(s => s.Id))
                    .Select(s => new LinkView(s.Publisher, _urls.Source(s.Id)))
                    .ToValueList()))
            .ToValueList();

    /// <summary>The id of the report we hold that <paramref name="source"/> reaches us through.</summary>
    private string Root(Source source) => site.FindSource(source.Id)?.Root.Id ?? source.Id;

    /// <summary>
    /// Entities by the part they play, in the groups' order; within a group the most prominent first: those with
    /// the most briefings, relations and events, ties by name.
    /// </summary>
    public ValueList<RoleGroup> EntityGroups() =>
        Model.EntityGroups.All
            .Select(group => new RoleGroup(
                group,
                _text[UiKeys.EntityGroup(group)],
                site.Entities
                    .Where(e => e.Entity.Group == group)
                    .OrderByDescending(Prominence)
                    .ThenBy(e => e.Entity.ShownName, StringComparer.OrdinalIgnoreCase)
                    .Select(e => Chip(e.Entity))
                    .ToValueList()))
            .Where(g => g.Entities.Count > 0)
            .ToValueList();

    /// <summary>One page's share of the entities, in the same order, under the headings of the groups it reaches into.</summary>
    public ValueList<RoleGroup> EntityGroups(Pagination? paging) =>
        paging is null
            ? EntityGroups()
            : paging.Of(EntityGroups().SelectMany(g => g.Entities.Select(e => (Group: g, Entity: e))))
                .GroupBy(x => x.Group.Id, StringComparer.Ordinal)
                .Select(g => g.First().Group with { Entities = g.Select(x => x.Entity).ToValueList() })
                .ToValueList();

    private static int Prominence(EntityPage page) =>
        page.MentionedIn.Count + page.Outgoing.Count + page.Incoming.Count + page.Events.Count;

    public SourceView Source(SourcePage page)
    {
        var s = page.Source;
        return new SourceView(
            s.Id,
            s.Publisher,
            s.PublisherNative,
            PublisherNativeLanguage(s),
            s.PublisherUrl,
            s.PublisherUrl is not null && Uri.TryCreate(s.PublisherUrl, UriKind.Absolute, out var home) ? home.Host : null,
            _text.SourceName(s),
            s.Untitled,
            s.Url,
            s.Date,
            _text.Date(s.Date),
            s.Language,
            s.Language is { } tag ? _text.LanguageName(tag) : null,
            s.TitleLanguage,
            s.Kind,
            page.Url,
            s.Provenance,
            page.Via is null ? null : SourceLink(page.Via),
            page.Chain.Reverse().Select(SourceLink).ToValueList(),
            page.ReportedThrough.Select(SourceLink).ToValueList(),
            page.CitedIn.Select(c => new LinkView(c.Title, c.Url)).ToValueList());
    }

    private LinkView SourceLink(Source source) => new(_text.SourceLink(source), _urls.Source(source.Id));
}

/// <summary>A reference's view is told apart by the source itself, not by its fields' values, and by its number and marks on the page.</summary>
file sealed class ReferenceKey : IEqualityComparer<(Source Source, int Number, int Marks)>
{
    public static readonly ReferenceKey Comparer = new();

    public bool Equals((Source Source, int Number, int Marks) x, (Source Source, int Number, int Marks) y) =>
        ReferenceEquals(x.Source, y.Source) && x.Number == y.Number && x.Marks == y.Marks;

    public int GetHashCode((Source Source, int Number, int Marks) key) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(key.Source), key.Number, key.Marks);
}
