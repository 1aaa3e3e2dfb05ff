using System.Text.Json;
using AngleSharp.Dom;

namespace Briefing.Tests.Rendering.Metadata;

public sealed class JsonLdTests
{
    private static JsonElement Data(string path)
    {
        var html = ReaderSite.Page(path);
        var open = "<script type=\"application/ld+json\">";
        var start = html.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{path} has no JSON-LD");
        start += open.Length;
        var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
        return document.RootElement.Clone();
    }

    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public void Render_Briefing_NewsArticleWithDatesAuthorTopicsAndCitations()
    {
        var data = Data("briefings/alpha/index.html");

        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal(ReaderSite.Hostile + " Alpha", data.GetProperty("headline").GetString());
        Assert.Equal("2026-01-05", data.GetProperty("datePublished").GetString());
        Assert.Equal("2026-02-01", data.GetProperty("dateModified").GetString());
        Assert.Equal("https://example.test/briefings/alpha/", data.GetProperty("url").GetString());
        Assert.Equal("Test desk", data.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("money", data.GetProperty("keywords").GetString());
        var about = data.GetProperty("about").EnumerateArray().Select(a => a.GetProperty("url").GetString()).ToList();
        Assert.Equal(["https://example.test/entities/lead/", "https://example.test/entities/evil/"], about);
        var cited = data.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["A wire report", "</script><script>alert(2)</script>"], cited);
    }

    [Fact]
    public void Render_HostileStrings_CannotCloseTheScriptElement()
    {
        var html = ReaderSite.Page("briefings/alpha/index.html");

        Assert.Equal(System.Text.RegularExpressions.Regex.Count(html, "<script"), System.Text.RegularExpressions.Regex.Count(html, "</script>"));
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(2)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Entity_OrganisationTypeByKindWithAlternateNames()
    {
        var lead = Data("entities/lead/index.html");
        var fund = Data("entities/fund/index.html");
        var evil = Data("entities/evil/index.html");

        Assert.Equal("Organization", lead.GetProperty("@type").GetString());
        Assert.Equal("Lead Corp.", lead.GetProperty("name").GetString());
        Assert.Equal(["Lead", "リード株式会社"], lead.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("Leads the venture", lead.GetProperty("description").GetString());
        Assert.Equal("FundingScheme", fund.GetProperty("@type").GetString());
        Assert.Equal(ReaderSite.Hostile, evil.GetProperty("name").GetString());
    }

    [Fact]
    public void Render_Timeline_ItemListOfEveryEventInOrder()
    {
        var data = Data("timeline/index.html");

        Assert.Equal("ItemList", data.GetProperty("@type").GetString());
        Assert.Equal(4, data.GetProperty("numberOfItems").GetInt32());
        var items = data.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal("4 March 2026: Reported on a day", items[0].GetProperty("name").GetString());
        Assert.StartsWith("https://example.test/timeline/#event-2026-03-04-", items[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Home_WebSiteWithSearchAction()
    {
        var data = Data("index.html");

        Assert.Equal("WebSite", data.GetProperty("@type").GetString());
        Assert.Equal("https://example.test/search/?q={search_term_string}", data.GetProperty("potentialAction").GetProperty("target").GetString());
    }

    [Fact]
    public void Render_ListPages_NoStructuredData()
    {
        Assert.DoesNotContain("application/ld+json", ReaderSite.Page("sources/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("application/ld+json", ReaderSite.Page("claims/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Briefing_OpenGraphAndTwitterCardsEscaped()
    {
        var page = ReaderSite.Document("briefings/alpha/index.html");
        var raw = ReaderSite.Page("briefings/alpha/index.html");

        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(ReaderSite.Hostile + " Alpha", Meta(page, "og:title"));
        Assert.Equal("The alpha briefing.", Meta(page, "og:description"));
        Assert.Equal("https://example.test/briefings/alpha/", Meta(page, "og:url"));
        Assert.Equal("Test Desk", Meta(page, "og:site_name"));
        Assert.Equal("2026-01-05", Meta(page, "article:published_time"));
        Assert.Equal("2026-02-01", Meta(page, "article:modified_time"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Contains("content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; Alpha\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryPage_FeedAutodiscoveryAndFavicon()
    {
        var page = ReaderSite.Document("entities/lead/index.html");

        // A company that briefings mention has its own feed, announced before the site's.
        Assert.Equal(["/entities/lead/feed.xml", "/feed.xml"], page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));
        var icon = page.QuerySelector("link[rel=icon]")!;
        Assert.Equal("image/svg+xml", icon.GetAttribute("type"));
        Assert.True(ReaderSite.Result.Site!.Files.ContainsKey(icon.GetAttribute("href")![1..]));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Null(Meta(page, "article:published_time"));
    }
}
