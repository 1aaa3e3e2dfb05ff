using System.Text;
using System.Text.Json;

namespace Briefing.Tests.Rendering;

public sealed class SearchIndexTests
{
    private static string IndexText => Encoding.UTF8.GetString(ReaderSite.Result.Site!.Files["search-index.json"]);

    private static List<JsonElement> Items()
    {
        using var json = JsonDocument.Parse(IndexText);
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static JsonElement Item(string url) => Items().Single(i => i.GetProperty("u").GetString() == url);

    private static List<string> Strings(JsonElement item, string key) =>
        item.TryGetProperty(key, out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

    [Fact]
    public void Build_Briefing_TitleSummaryTopicsAndHeadings()
    {
        var alpha = Item("/briefings/alpha/");

        Assert.Equal("Briefing", alpha.GetProperty("k").GetString());
        Assert.Equal(ReaderSite.Hostile + " Alpha", alpha.GetProperty("t").GetString());
        Assert.Equal("The alpha briefing.", alpha.GetProperty("s").GetString());
        Assert.Equal(["money"], Strings(alpha, "a"));
        Assert.Equal(["Where the money goes", "About " + ReaderSite.Hostile], Strings(alpha, "h"));
    }

    [Fact]
    public void Build_Entity_KindNameRoleAliasesAndNativeName()
    {
        var lead = Item("/entities/lead/");

        Assert.Equal("Company", lead.GetProperty("k").GetString());
        Assert.Equal("Lead Corp.", lead.GetProperty("t").GetString());
        Assert.Equal("Leads the venture", lead.GetProperty("s").GetString());
        Assert.Equal(["Lead", "リード株式会社"], Strings(lead, "a"));
    }

    [Fact]
    public void Build_EveryPageKind_HasEntries()
    {
        var urls = Items().Select(i => i.GetProperty("u").GetString()!).ToList();

        Assert.Contains("/briefings/beta/", urls);
        Assert.Contains("/entities/loner/", urls);
        Assert.Contains("/sources/wire-2026/", urls);
        Assert.Contains("/claims/#members", urls);
        Assert.Contains(urls, u => u.StartsWith("/timeline/#event-2027-", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_HostileStrings_EscapedInTheJsonAndIntactWhenRead()
    {
        var text = IndexText;

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        Assert.Equal(ReaderSite.Hostile, Item("/entities/evil/").GetProperty("t").GetString());
        Assert.Equal(["<img src=x onerror=alert(3)>"], Strings(Item("/entities/evil/"), "a"));
        Assert.Contains("リード株式会社", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SearchPage_ListsEveryBriefingAndEntityAsPlainLinks()
    {
        var page = ReaderSite.Document("search/index.html");

        var links = page.QuerySelectorAll("#search-browse a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/briefings/alpha/", "/briefings/beta/"], links.Where(l => l!.StartsWith("/briefings/", StringComparison.Ordinal)));
        Assert.Equal(5, links.Count(l => l!.StartsWith("/entities/", StringComparison.Ordinal)));
        Assert.Equal("zh", page.QuerySelector("#search-browse a[href='/entities/loner/'] + .native")!.GetAttribute("lang"));
    }

    [Fact]
    public void Render_SearchPage_FormHiddenUntilTheModuleScriptShowsIt()
    {
        var page = ReaderSite.Document("search/index.html");
        var form = page.QuerySelector("form.search-form")!;
        var script = page.QuerySelector("main script")!;

        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("/search-index.json", form.GetAttribute("data-index"));
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("module", script.GetAttribute("type"));
        Assert.Matches("^/assets/search\\.[0-9a-f]{12}\\.js$", script.GetAttribute("src"));
        Assert.True(ReaderSite.Result.Site!.Files.ContainsKey(script.GetAttribute("src")![1..]));
        Assert.Equal(string.Empty, script.TextContent);
    }
}
