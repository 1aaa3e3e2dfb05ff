namespace Briefing.Engine.Model;

/// <summary>The one place page addresses are made; output file paths follow from them.</summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Briefings = "/briefings/";
    public const string Entities = "/entities/";
    public const string Sources = "/sources/";
    public const string Timeline = "/timeline/";
    public const string Claims = "/claims/";
    public const string Search = "/search/";
    public const string SearchIndex = "/search-index.json";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string NotFound = "/404.html";

    public static string Briefing(string slug) => $"/briefings/{slug}/";

    public static string Entity(string id) => $"/entities/{id}/";

    public static string Source(string id) => $"/sources/{id}/";

    public static string Claim(string id) => $"/claims/#{id}";

    /// <summary>"/briefings/x/" → "briefings/x/index.html"; "/feed.xml" → "feed.xml".</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>Joins the configured base URL and a site path into an absolute address.</summary>
    public static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;
}
