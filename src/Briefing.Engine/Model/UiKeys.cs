namespace Briefing.Engine.Model;

/// <summary>The keys the engine asks a theme's language file for; templates may use more of their own.</summary>
internal static class UiKeys
{
    public const string DateDay = "date.day";
    public const string DateMonth = "date.month";
    public const string DateQuarter = "date.quarter";
    public const string DateYear = "date.year";

    public const string DocumentTitle = "page.document_title";

    /// <summary>How many words a reader of the language reads in a minute, for a briefing's reading time; in a language without spaces, characters.</summary>
    public const string ReadingRate = "reading.per_minute";

    /// <summary>Inside a link to a page in another language: " (English)".</summary>
    public const string LinkLanguage = "link.language";

    public const string NavBriefings = "nav.briefings";
    public const string NavEntities = "nav.entities";
    public const string NavTimeline = "nav.timeline";
    public const string NavSources = "nav.sources";
    public const string NavClaims = "nav.claims";

    public const string EntityDescription = "page.entity.description";
    public const string EntityDescriptionWithRole = "page.entity.description_with_role";
    public const string SourceTitle = "page.source.title";
    public const string SourceDescription = "page.source.description";
    public const string SourceTitleUntitled = "page.source.title_untitled";
    public const string SourceLink = "source.link";
    public const string SourceLinkUntitled = "source.link_untitled";
    public const string SourceUntitled = "source.untitled";

    public const string CitationLabel = "citation.label";
    public const string CitationLabelDated = "citation.label_dated";
    public const string CitationLabelUntitled = "citation.label_untitled";
    public const string CitationLabelUntitledDated = "citation.label_untitled_dated";

    public const string ChartTimeline = "chart.timeline";
    public const string ChartEntityTimeline = "chart.entity_timeline";
    public const string ChartGraph = "chart.graph";
    public const string ChartEntityGraph = "chart.entity_graph";
    public const string ChartBand = "chart.band";
    public const string ChartEvent = "chart.event";
    public const string ChartGraphCaption = "chart.graph_caption";
    public const string ChartFirm = "chart.firm";
    public const string ChartSingle = "chart.single";
    public const string ChartSingleLabel = "chart.single_label";
    public const string ChartReports = "chart.reports";
    public const string ChartBreak = "chart.break";
    public const string ChartToday = "chart.today";
    public const string ChartTodayLegend = "chart.today_legend";

    // Charts a writer places in prose.
    public const string ChartTopicTimeline = "chart.topic_timeline";
    public const string ChartClaim = "chart.claim";
    public const string ChartClaimAxis = "chart.claim_axis";
    public const string ChartClaimReport = "chart.claim_report";
    public const string ChartClaimApart = "chart.claim_apart";
    public const string ChartClaimNoFigure = "chart.claim_no_figure";
    public const string ChartClaimStatus = "chart.claim_status";
    public const string ChartClaimLedger = "chart.claim_ledger";
    public const string ChartClaimSource = "chart.claim_source";
    public const string ChartClaimValue = "chart.claim_value";
    public const string ChartClaimNote = "chart.claim_note";
    public const string ChartScaleOne = "chart.scale_one";

    /// <summary>Words for a large amount, by the power of ten they name ("number.scale.9": "{amount} billion"); each language names its own powers.</summary>
    public const string NumberScalePrefix = "number.scale.";
    public const string ChartRegionGraph = "chart.region_graph";
    public const string ChartRegionTimeline = "chart.region_timeline";
    public const string ChartRegionClaim = "chart.region_claim";
    public const string ChartWordsGraph = "chart.words_graph";
    public const string ChartWordsTimeline = "chart.words_timeline";
    public const string ChartWordsClaim = "chart.words_claim";
    public const string StructuredEvent = "structured_data.event";

    public const string SearchBriefing = "search.kind.briefing";
    public const string SearchEvent = "search.kind.event";
    public const string SearchClaim = "search.kind.claim";
    public const string SearchSource = "search.kind.source";
    public const string SearchPage = "search.kind.page";

    /// <summary>The built-in list pages, each with a title and a description (which may name <c>{site}</c>).</summary>
    public static readonly IReadOnlyList<string> ListPages = ["briefings", "entities", "sources", "timeline", "claims", "search", "topics", "not_found"];

    public const string TopicDescription = "page.topic.description";

    /// <summary>The page of one status's claims, once the ledger has pages: "Claims marked contested".</summary>
    public const string ClaimStatusTitle = "page.claim_status.title";
    public const string ClaimStatusDescription = "page.claim_status.description";

    /// <summary>"3 briefings": how many briefings a topic has, a counted text.</summary>
    public const string TopicCount = "topic.count";

    /// <summary>The form of a counted text for exactly one ("one briefing").</summary>
    public static string CountedOne(string key) => key + "_one";

    /// <summary>The form of a counted text for any other number ("3 briefings").</summary>
    public static string CountedMany(string key) => key + "_many";

    /// <summary>Each of a counted text's forms, for the keys a theme must have.</summary>
    private static string[] Counted(string key) => [CountedOne(key), CountedMany(key)];

    /// <summary>The punctuation that joins the parts of a line, by what it joins (README: "Add a reader-visible string").</summary>
    public static readonly IReadOnlyList<string> Punctuation = ["list", "group", "separator", "label", "open", "close", "end"];

    public static string PunctuationMark(string name) => $"punctuation.{name}";

    /// <summary>"Download the data:", before the links to a page's data files.</summary>
    public const string DataDownloads = "data.downloads";

    /// <summary>The data files' formats, by extension.</summary>
    public static readonly IReadOnlyList<string> DataFormats = ["json", "csv", "ics"];

    /// <summary>The ways a timeline date can be known: to the day, month, quarter or year.</summary>
    public static readonly IReadOnlyList<string> DatePrecisions = ["day", "month", "quarter", "year"];

    /// <summary>"iCalendar": how the link to a data file in this format reads.</summary>
    public static string DataFormat(string extension) => $"data.format.{extension}";

    /// <summary>"Date known to the quarter: Q1 2027", in the calendar file's description of an event.</summary>
    public static string DatePrecision(string precision) => $"data.precision.{precision}";

    /// <summary>A further page of a list, as its title: "Briefings, page 2".</summary>
    public const string PagingTitle = "paging.title";

    /// <summary>"Page 2 of 5", beside the links to the pages before and after.</summary>
    public const string PagingPosition = "paging.position";
    public const string PagingPrevious = "paging.previous";
    public const string PagingNext = "paging.next";

    /// <summary>What the links between a list's pages are, for a screen reader: "Pages".</summary>
    public const string PagingLabel = "paging.label";

    /// <summary>One year's page of the timeline, as its title: "Timeline, 2026".</summary>
    public const string TimelineYearTitle = "timeline.year_title";
    public const string TimelineEvents = "timeline.events";

    public static string PageTitle(string page) => $"page.{page}.title";

    public static string PageDescription(string page) => $"page.{page}.description";

    public static string MonthName(int month) => $"date.months.{month}";

    /// <summary>"Company": what one entity of this kind is.</summary>
    public static string KindOne(string kind) => $"kind.{kind}.one";

    /// <summary>"Companies": the heading of a group of entities of this kind.</summary>
    public static string KindMany(string kind) => $"kind.{kind}.many";

    /// <summary>"leads", as in "SoftBank Corp. leads the venture".</summary>
    public static string RelationLabel(string type) => $"relation.{type}.label";

    /// <summary>"led by", as in "the venture is led by SoftBank Corp.".</summary>
    public static string RelationInverse(string type) => $"relation.{type}.inverse";

    /// <summary>How an event's status reads in running text ("planned").</summary>
    public static string EventStatusName(string status) => $"event_status.{status}.name";

    /// <summary>How an event's status reads on its own, as in a legend ("Planned").</summary>
    public static string EventStatusLabel(string status) => $"event_status.{status}.label";

    /// <summary>"Investors and banks": the heading of the entities of one group.</summary>
    public static string EntityGroup(string group) => $"group.{group}";

    public static string ClaimStatusLabel(string status) => $"claim_status.{status}";

    /// <summary>A language's name in the site's language ("English" for <c>en</c>), for a source's language tag.</summary>
    public static string LanguageName(string tag) => $"language.{tag.ToLowerInvariant()}";

    /// <summary>A topic's or entity's feed as feed readers list it: "SoftBank — the site's title".</summary>
    public const string FeedTitle = "feed.title";

    /// <summary>The link to a topic's or entity's feed on its page.</summary>
    public const string FeedLink = "feed.link";

    /// <summary>The heading of the references under a briefing in a feed.</summary>
    public const string FeedReferences = "feed.references";

    /// <summary>The link from a reference in a feed to the report where it was published.</summary>
    public const string FeedOriginal = "feed.original";

    public static IReadOnlyList<string> Required { get; } =
    [
        DateDay, DateMonth, DateQuarter, DateYear, .. Enumerable.Range(1, 12).Select(MonthName),
        DocumentTitle, LinkLanguage, ReadingRate, NavBriefings, NavEntities, NavTimeline, NavSources, NavClaims,
        .. ListPages.SelectMany(p => new[] { PageTitle(p), PageDescription(p) }),
        TopicDescription, .. Counted(TopicCount), ClaimStatusTitle, ClaimStatusDescription, EntityDescription, EntityDescriptionWithRole, SourceTitle, SourceTitleUntitled, SourceDescription, SourceLink, SourceLinkUntitled, SourceUntitled,
        CitationLabel, CitationLabelDated, CitationLabelUntitled, CitationLabelUntitledDated,
        ChartTimeline, ChartEntityTimeline, ChartGraph, ChartEntityGraph, ChartBand, ChartEvent, StructuredEvent,
        ChartGraphCaption, ChartFirm, ChartSingle, ChartSingleLabel, .. Counted(ChartReports), ChartBreak, ChartToday, ChartTodayLegend,
        ChartTopicTimeline, ChartClaim, ChartClaimAxis, ChartClaimReport, ChartClaimApart, ChartClaimNoFigure, ChartClaimStatus, ChartClaimLedger, ChartClaimSource, ChartClaimValue, ChartClaimNote,
        ChartScaleOne, ChartRegionGraph, ChartRegionTimeline, ChartRegionClaim, ChartWordsGraph, ChartWordsTimeline, ChartWordsClaim,
        SearchBriefing, SearchEvent, SearchClaim, SearchSource,
        FeedTitle, FeedLink, FeedReferences, FeedOriginal,
        .. EntityKinds.All.SelectMany(k => new[] { KindOne(k), KindMany(k) }),
        .. EntityGroups.All.Select(EntityGroup),
        .. RelationTypes.All.SelectMany(t => new[] { RelationLabel(t), RelationInverse(t) }),
        .. EventStatuses.All.SelectMany(s => new[] { EventStatusName(s), EventStatusLabel(s) }),
        .. ClaimStatuses.All.Select(ClaimStatusLabel),
        DataDownloads, .. DataFormats.Select(DataFormat), .. DatePrecisions.Select(DatePrecision),
        PagingTitle, PagingPosition, PagingPrevious, PagingNext, PagingLabel, TimelineYearTitle, .. Counted(TimelineEvents),
        BreadcrumbsLabel, BreadcrumbsHome, SearchPage, CorrectionsNone, ImageCredit, .. Punctuation.Select(PunctuationMark),
    ];

    /// <summary>What the trail above a page is called, for its navigation landmark.</summary>
    public const string BreadcrumbsLabel = "breadcrumbs.label";

    /// <summary>The home page as the first step of the trail above a page.</summary>
    public const string BreadcrumbsHome = "breadcrumbs.home";

    /// <summary>What a page listing the site's corrections says when there are none.</summary>
    public const string CorrectionsNone = "corrections.none";

    /// <summary>Who made an image and on what terms it is shown, under the image.</summary>
    public const string ImageCredit = "image.credit";

    /// <summary>How a missing key is written in the language file, for the diagnostic's hint.</summary>
    public static string Example(string key)
    {
        var parts = key.Split('.');
        var example = $"{parts[^1]}: \"…\"";
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            example = $"{parts[i]}: {{ {example} }}";
        }

        return example;
    }
}
