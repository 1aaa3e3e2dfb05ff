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

    public string Claim(string id) => $"{prefix}/claims/#{id}";

    public string SearchTerms(int bucket) => $"{SearchTermsFolder}{bucket}.json";

    public string SearchDocument(int number) => $"{SearchDocumentsFolder}{number}.json";

    /// <summary>"/briefings/x/" → "briefings/x/index.html"; "/feed.xml" → "feed.xml".</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>Joins the configured base URL and a site path into an absolute address.</summary>
    public static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;

    /// <summary>The feed of a topic's briefings: "/topics/money/feed.xml".</summary>
    public string TopicFeed(string id) => $"{prefix}/topics/{id}/feed.xml";

    /// <summary>The feed of the briefings that mention an entity: "/entities/sony/feed.xml".</summary>
    public string EntityFeed(string id) => $"{prefix}/entities/{id}/feed.xml";

    /// <summary>One of the sitemaps a sitemap index lists, from 1: "/sitemaps/1.xml".</summary>
    public string SitemapPart(int number) => $"{prefix}/sitemaps/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";
}
