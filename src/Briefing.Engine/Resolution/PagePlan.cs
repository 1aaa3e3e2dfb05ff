using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>What a page shows; each kind has its layout, <c>layouts/&lt;layout&gt;.html</c>, and its view.</summary>
internal enum PageKind
{
    Home,
    Briefings,
    Entities,
    Sources,
    Timeline,
    Claims,
    Search,
    NotFound,
    Briefing,
    Entity,
    Source,
    Topics,
    Topic,
    Page,
}

/// <summary>A file of the site that is not a page made through a layout.</summary>
internal enum SiteFileKind
{
    SearchTerms,
    SearchDocument,
    Feed,
    Sitemap,
    Robots,
    Asset,
    ClaimsJson,
    ClaimsCsv,
    TimelineJson,
    TimelineCalendar,
    GraphJson,
    /// <summary>One of the sitemaps /sitemap.xml lists once it is an index.</summary>
    SitemapPart,

    /// <summary>One width and format of an image a text shows; its subject is the <see cref="PlannedImage"/>.</summary>
    Image,
}

/// <summary>One page the site will have.</summary>
/// <param name="Title">The page's own title, as its headline and in link previews.</param>
/// <param name="DocumentTitle">The title a browser shows: the page's own, then the site's.</param>
/// <param name="Section">The address of the navigation item the page belongs under.</param>
/// <param name="Subject">What the page's view is made from: the resolved briefing, entity or source; null for a list page, whose view is made from the whole site.</param>
/// <param name="Anchors">The ids the page's own content defines, for links that name a #fragment; read only when one does.</param>
internal sealed record PlannedPage(
    string Url,
    PageKind Kind,
    string Language,
    string Title,
    string DocumentTitle,
    string Description,
    string Section,
    DateOnly? Published,
    DateOnly? Modified,
    object? Subject,
    IEnumerable<string> Anchors)
{
    /// <summary>The path inside the output folder.</summary>
    public string Path => SiteUrls.OutputPath(Url);

    /// <summary>The theme template the page is rendered through.</summary>
    public string Layout => PagePlan.Layout(Kind);

    /// <summary>Which page of its list this is, when the list takes more than one page; null otherwise.</summary>
    public Pagination? Paging { get; init; }

    /// <summary>The page's own feed, for its autodiscovery link and the link readers see; null for a page without one.</summary>
    public FeedLink? Feed { get; init; }
}

/// <summary>
/// One page of a list too long for one page: the briefings, a topic's briefings, an entity's mentions, a
/// source's citations, the search page's list. The first page keeps the list's own address; the others are
/// "page/2/" and on beneath it.
/// </summary>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Count">How many pages the list takes.</param>
/// <param name="First">The address of the list's first page.</param>
/// <param name="Size">How many items a full page shows.</param>
internal sealed record Pagination(int Number, int Count, string First, int Size)
{
    /// <summary>How many items come before this page's.</summary>
    public int Skip => (Number - 1) * Size;

    public string? Previous => Number > 1 ? SiteUrls.ListPage(First, Number - 1) : null;

    public string? Next => Number < Count ? SiteUrls.ListPage(First, Number + 1) : null;

    /// <summary>This page's share of <paramref name="items"/>.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> items) => items.Skip(Skip).Take(Size);
}

/// <summary>The events of one year, on their own page once the timeline is too long for one.</summary>
internal sealed record TimelineYear(int Year, string Url, IReadOnlyList<ResolvedEvent> Events);

/// <summary>The claims of the ledger that have one status, in the ledger's order, for that status's pages.</summary>
internal sealed record ClaimStatusPage(string Status, IReadOnlyList<ResolvedClaim> Claims);

/// <summary>How long a list may grow before it is split over pages; the plan's tests shrink them to split a small site.</summary>
/// <param name="PageSize">How many items a page of a list shows: enough to scan, few enough that a page stays small at any size of site.</param>
/// <param name="TimelineEvents">Above this many events the timeline has a page per year, and /timeline/ leads to them.</param>
/// <param name="IndexPageSize">How many entries a page of an index shows, /entities/ and /sources/, whose entries are a line each: a reader scans a long index more easily than twenty-entry pages.</param>
/// <param name="ClaimsPageSize">How many claims a page of the ledger shows; past it the ledger has pages, each claim's anchor on its own page. A claim with its reports and assessment is a screenful.</param>
internal sealed record PagingLimits(int PageSize, int TimelineEvents, int IndexPageSize, int ClaimsPageSize = 50)
{
    public static PagingLimits Default { get; } = new(20, 200, 200);
}

/// <summary>A page's feed: its address, the title feed readers list it by, and the words of the link to it.</summary>
internal sealed record FeedLink(string Url, string Title, string Label);

/// <summary>
/// The shape of the search index: how many documents search can find and how many files their terms are
/// spread over. The number of files grows with the text, about one per 6,000 words, so that each stays
/// small (a power of two, so a term's file is its hash's low bits).
/// </summary>
internal sealed record SearchPlan(int Documents, int Buckets)
{
    public const int WordsPerBucket = 6000;

    public static SearchPlan For(int documents, long words) =>
        new(documents, (int)Math.Min(4096, System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, (words + WordsPerBucket - 1) / WordsPerBucket))));
}

/// <summary>A site-wide file: the search index, a feed, the sitemap, robots.txt, a theme asset or a data download.</summary>
/// <param name="Content">An asset's bytes as published; the other kinds are made while pages render.</param>
/// <param name="OfferedOn">The address of the page that offers the file as a download of its data, if one does.</param>
internal sealed record PlannedFile(string Path, SiteFileKind Kind, byte[]? Content = null, string? OfferedOn = null)
{
    /// <summary>What the file is made from: the topic or entity page of a feed (null: the site's feed), the number of a sitemap part.</summary>
    public object? Subject { get; init; }
}

/// <summary>
/// Every page and file the site will have, made once after resolution. Both the link checks and rendering
/// read it, so a link can lead only to a page that will be made. A new page type is a new kind here, a layout
/// in the theme and a view in Rendering.
/// </summary>
internal sealed class PagePlan
{
    /// <summary>Anchors every page layout provides.</summary>
    public static readonly IReadOnlyList<string> LayoutAnchors = ["main", "references"];

    /// <summary>The layout every page's own layout is rendered inside.</summary>
    public const string BaseLayout = "layouts/base.html";

    private readonly Dictionary<string, PlannedPage> _byUrl;
    private readonly HashSet<string> _files;

    /// <summary>The page each timeline event or claim is on, by its anchor, once the timeline has pages per year or the ledger has pages; empty until then.</summary>
    private readonly Dictionary<string, string> _pageOfAnchor;

    internal PagePlan(IReadOnlyList<PlannedPage> pages, IReadOnlyList<PlannedFile> files, AssetManifest assets, SearchPlan search)
    {
        Search = search;
        Pages = pages;
        Files = files;
        Assets = assets;
        _byUrl = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        _files = files.Select(f => "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        _pageOfAnchor = pages
            .Where(p => p.Subject is TimelineYear || (p.Kind == PageKind.Claims && p.Subject is null && p.Paging is not null))
            .SelectMany(p => p.Anchors.Select(anchor => (Anchor: anchor, p.Url)))
            .ToDictionary(e => e.Anchor, e => e.Url, StringComparer.Ordinal);
    }

    /// <summary>A timeline event's address: on /timeline/, or on its year's page once each year has one.</summary>
    public string EventUrl(SiteUrls urls, string anchor) => (_pageOfAnchor.GetValueOrDefault(anchor) ?? urls.Timeline) + "#" + anchor;

    /// <summary>A claim's address: on /claims/, or on the ledger's page that holds it once the ledger has pages.</summary>
    public string ClaimUrl(SiteUrls urls, string id) => (_pageOfAnchor.GetValueOrDefault(id) ?? urls.Claims) + "#" + id;

    /// <summary>The page a timeline event or claim moved to when its list was split; null for any other anchor.</summary>
    public string? MovedAnchorPage(string anchor) => _pageOfAnchor.GetValueOrDefault(anchor);

    /// <summary>Every page, in the order they are listed: the site's own pages, then briefings, entities and sources.</summary>
    public IReadOnlyList<PlannedPage> Pages { get; }

    public IReadOnlyList<PlannedFile> Files { get; }

    public SearchPlan Search { get; }

    /// <summary>Every image a text shows, with the files each is published as.</summary>
    /// <summary>Whether this plan's edition publishes the files all editions share: the theme's assets, images and robots.txt.</summary>
    public bool SharedFiles { get; init; } = true;

    public IReadOnlyList<PlannedImage> Images { get; init; } = [];

    internal AssetManifest Assets { get; }

    /// <summary>Every template a page kind needs, with the base layout first.</summary>
    public static IReadOnlyList<string> RequiredLayouts { get; } =
        [BaseLayout, .. Enum.GetValues<PageKind>().Select(Layout)];

    public static string Layout(PageKind kind) => kind switch
    {
        PageKind.NotFound => "layouts/404.html",
        _ => $"layouts/{kind.ToString().ToLowerInvariant()}.html",
    };

    /// <summary>The page at a site path written as a link may write it: "/entities/sony", ".../index.html" or "/entities/sony/".</summary>
    public PlannedPage? FindPage(string path) => _byUrl.GetValueOrDefault(Normalise(path));

    /// <summary>Whether a link to <paramref name="path"/> leads to a page or file of the site.</summary>
    public bool Has(string path) => FindPage(path) is not null || _files.Contains(path);

    /// <summary>
    /// The pages above one that belongs under a section: the home page, then the section's page, then the
    /// page itself ("Home › Briefings › this briefing"); a standalone page sits under the home page alone.
    /// Empty for the home page and the site's list pages, which the header's navigation already places.
    /// </summary>
    public IReadOnlyList<PlannedPage> Trail(PlannedPage page)
    {
        if (page.Kind is not (PageKind.Briefing or PageKind.Entity or PageKind.Topic or PageKind.Source or PageKind.Page) && page.Subject is not ClaimStatusPage)
        {
            return [];
        }

        var home = Pages.First(p => p.Kind == PageKind.Home);
        return page.Section != page.Url && page.Section != home.Url && FindPage(page.Section) is { } section
            ? [home, section, page]
            : [home, page];
    }

    public static bool HasAnchor(PlannedPage page, string fragment) =>
        LayoutAnchors.Contains(fragment) || page.Anchors.Contains(fragment);

    /// <summary>"/entities/sony" and "/entities/sony/index.html" both mean "/entities/sony/".</summary>
    public static string Normalise(string path)
    {
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return path[..^"index.html".Length];
        }

        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return path.EndsWith('/') || lastSegment.Contains('.', StringComparison.Ordinal) ? path : path + "/";
    }
}
