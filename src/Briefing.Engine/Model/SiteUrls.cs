namespace Briefing.Engine.Model;

/// <summary>
/// The one place page addresses are made; output file paths follow from them. One instance per language
/// edition: the main language's addresses have no prefix, a further language's start with its own ("/ja").
/// </summary>
/// <param name="prefix">"" for the main language, or "/" and a language tag.</param>
internal sealed class SiteUrls(string prefix = "")
{
    /// <summary>The main language's addresses.</summary>
    public static SiteUrls Main { get; } = new();

    public string Home { get; } = prefix + "/";

    public string Briefings { get; } = prefix + "/briefings/";

    public string Entities { get; } = prefix + "/entities/";

    public string Sources { get; } = prefix + "/sources/";

    public string Timeline { get; } = prefix + "/timeline/";

    public string Claims { get; } = prefix + "/claims/";

    public string Search { get; } = prefix + "/search/";

    public string Topics { get; } = prefix + "/topics/";

    /// <summary>The folder of the search index's term files: "/search/terms/".</summary>
    public string SearchTermsFolder { get; } = prefix + "/search/terms/";

    /// <summary>The folder of the search index's document files: "/search/documents/".</summary>
    public string SearchDocumentsFolder { get; } = prefix + "/search/documents/";

    public string Feed { get; } = prefix + "/feed.xml";

    public string Sitemap { get; } = prefix + "/sitemap.xml";

    public string Robots { get; } = prefix + "/robots.txt";

    public string NotFound { get; } = prefix + "/404.html";

    public string Briefing(string slug) => $"{prefix}/briefings/{slug}/";

    public string Entity(string id) => $"{prefix}/entities/{id}/";

    public string Source(string id) => $"{prefix}/sources/{id}/";

    public string Topic(string id) => $"{prefix}/topics/{id}/";

    public string SearchTerms(int bucket) => $"{SearchTermsFolder}{bucket}.json";

    public string SearchDocument(int number) => $"{SearchDocumentsFolder}{number}.json";

    /// <summary>"/briefings/x/" → "briefings/x/index.html"; "/feed.xml" → "feed.xml".</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>Joins the configured base URL and a site path into an absolute address.</summary>
    public static string Absolute(string baseUrl, string url) => string.Concat(Origin(baseUrl), url);

    /// <summary>What an absolute address starts with: the base address without its closing slash, since every site address starts with one.</summary>
    public static ReadOnlySpan<char> Origin(string baseUrl) => baseUrl.AsSpan().TrimEnd('/');

    /// <summary>The claims ledger as data: every claim with each report, for reuse in a newsroom's own tools.</summary>
    public string ClaimsJson { get; } = prefix + "/claims.json";

    /// <summary>The claims ledger as a spreadsheet: one row per report.</summary>
    public string ClaimsCsv { get; } = prefix + "/claims.csv";

    public string TimelineJson { get; } = prefix + "/timeline.json";

    /// <summary>The timeline as an iCalendar file a calendar application subscribes to.</summary>
    public string TimelineCalendar { get; } = prefix + "/timeline.ics";

    /// <summary>The entities and their relations as data.</summary>
    public string GraphJson { get; } = prefix + "/graph.json";

    /// <summary>Page <paramref name="number"/> of the list at <paramref name="first"/>: the list's own address for the first, "/briefings/page/2/" for the second.</summary>
    public static string ListPage(string first, int number) =>
        number == 1 ? first : $"{first}page/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>The pages of one status's claims ("/claims/contested/"), which a ledger of more than one page has.</summary>
    public string ClaimStatus(string status) => $"{Claims}{status}/";

    /// <summary>The page of one year's events, once the timeline has a page per year: "/timeline/2026/".</summary>
    public string TimelineYear(int year) => $"{Timeline}{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>Every address above that is made without an id: the site's own pages, files and folders.</summary>
    public IEnumerable<string> Fixed =>
        typeof(SiteUrls).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(this)!);

    /// <summary>A standalone page: "/about/".</summary>
    public string Page(string slug) => $"{prefix}/{slug}/";

    /// <summary>The feed of a topic's briefings: "/topics/money/feed.xml".</summary>
    public string TopicFeed(string id) => $"{prefix}/topics/{id}/feed.xml";

    /// <summary>The feed of the briefings that mention an entity: "/entities/sony/feed.xml".</summary>
    public string EntityFeed(string id) => $"{prefix}/entities/{id}/feed.xml";

    /// <summary>One of the sitemaps a sitemap index lists, from 1: "/sitemaps/1.xml".</summary>
    public string SitemapPart(int number) => $"{SitemapsFolder}{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";

    /// <summary>The folder of the sitemaps an index lists: "/sitemaps/".</summary>
    public string SitemapsFolder { get; } = prefix + "/sitemaps/";
}
