using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>The search page: a form that filters as you type with its script, and a complete list of links without.</summary>
[Collection(BrowserTests.Name)]
public sealed class SearchTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Type_CompanyName_ListsThatCompany()
    {
        await using var page = await site.OpenAsync("/search/");
        var p = page.Page;
        var company = p.Locator("#search-browse section[aria-labelledby=browse-entities] a").Last;
        var name = (await company.TextContentAsync())!;
        var url = (await company.GetAttributeAsync("href"))!;

        await p.GetByLabel("Search the site").PressSequentiallyAsync(name);

        var result = p.Locator($"#search-results a[href='{url}']");
        await Assertions.Expect(result).ToContainTextAsync(name);
        await Assertions.Expect(p.Locator("#search-status")).ToContainTextAsync("for “" + name + "”");
        await Assertions.Expect(p.Locator("#search-browse")).ToBeHiddenAsync();
        Assert.Contains("q=", p.Url, StringComparison.Ordinal);
        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task Search_CompanyName_PutsTheCompanyFirstThenTheBriefingsThatMentionIt()
    {
        await using var page = await site.OpenAsync("/search/?q=honda");
        var results = page.Page.Locator("#search-results > li");

        await Assertions.Expect(results.First.Locator("a")).ToHaveAttributeAsync("href", "/entities/honda/");
        var hrefs = await results.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/briefings/members-and-stakes/", hrefs);
        var snippet = results.Filter(new() { Has = page.Page.Locator("a[href='/briefings/members-and-stakes/']") }).Locator("p");
        await Assertions.Expect(snippet.Locator("mark").First).ToHaveTextAsync("Honda");
        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task Search_Figure_FindsTheClaimThatReportsIt()
    {
        await using var page = await site.OpenAsync("/search/?q=61.6");
        var claim = page.Page.Locator("#search-results a[href='/claims/#nedo-fund-usd']");

        await Assertions.Expect(claim).ToBeVisibleAsync();
        var result = page.Page.Locator("#search-results li", new() { Has = page.Page.Locator("a[href='/claims/#nedo-fund-usd']") });
        await Assertions.Expect(result.Locator("mark").First).ToHaveTextAsync("61.6");
    }

    [BrowserFact]
    public async Task Search_ManyResults_ShowsTenAndThenMoreOnRequest()
    {
        await using var page = await site.OpenAsync("/search/?q=the");
        var results = page.Page.Locator("#search-results > li");
        var more = page.Page.GetByRole(AriaRole.Button, new() { Name = "Show more results" });

        await Assertions.Expect(results).ToHaveCountAsync(10);
        await more.ClickAsync();
        await Assertions.Expect(results).ToHaveCountAsync(20);
        await Assertions.Expect(results.Nth(10).Locator("a")).ToBeFocusedAsync();
        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task Type_NativeJapaneseName_FindsTheCompany()
    {
        await using var page = await site.OpenAsync("/search/");
        var native = page.Page.Locator("#search-browse .native[lang=ja]").First;
        var text = (await native.TextContentAsync())!;
        var url = (await native.Locator("xpath=preceding-sibling::a[1]").GetAttributeAsync("href"))!;

        await page.Page.GetByLabel("Search the site").FillAsync(text);

        await Assertions.Expect(page.Page.Locator($"#search-results a[href='{url}']")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task SearchJapaneseEdition_WordDeepInABriefing_ShowsTheTextAroundIt()
    {
        // Japanese text has no spaces: a snippet that began at the next space after its start had none to begin at.
        await using var page = await site.OpenAsync("/ja/search/?q=" + Uri.EscapeDataString("シャープ"));
        var result = page.Page.Locator("#search-results > li", new() { Has = page.Page.Locator("a[href='/ja/briefings/data-residency-sakai/']") });

        await Assertions.Expect(result.Locator("p mark").First).ToHaveTextAsync("シャープ");
        await Assertions.Expect(result.Locator("p")).ToContainTextAsync("液晶工場");
        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task SearchJapaneseEdition_PairOfTheWordInsideAnother_SnippetShowsTheWordItselfAsLongAsAnEnglishOne()
    {
        // The briefing says グループ before it says シャープ: both hold the pair ープ, by which the word is found.
        await using var page = await site.OpenAsync("/ja/search/?q=" + Uri.EscapeDataString("シャープ"));
        var snippet = page.Page.Locator("#search-results > li", new() { Has = page.Page.Locator("a[href='/ja/briefings/softbank-paradox/']") }).Locator("p");

        await Assertions.Expect(snippet.Locator("mark").First).ToHaveTextAsync("シャープ");
        Assert.All(await snippet.Locator("mark").AllTextContentsAsync(), mark => Assert.Equal("シャープ", mark));
        Assert.Contains("シャープの旧工場", await snippet.TextContentAsync(), StringComparison.Ordinal);

        // A kanji or kana is as wide as two letters: the snippet has half the characters of an English one.
        Assert.InRange((await snippet.TextContentAsync())!.Length, 60, 135);
        page.AssertNoProblems();
    }

    [BrowserTheory]
    [InlineData("堺")]
    [InlineData("ソフトバンク 堺")]
    public async Task SearchJapaneseEdition_OneCharacterAlone_FindsThePagesThatHaveIt(string query)
    {
        // 堺 (Sakai) is a word of one character; the text writes it inside longer runs (大阪近郊の堺で).
        await using var page = await site.OpenAsync("/ja/search/?q=" + Uri.EscapeDataString(query));
        var result = page.Page.Locator("#search-results > li", new() { Has = page.Page.Locator("a[href='/ja/briefings/data-residency-sakai/']") });

        await Assertions.Expect(result.Locator("p mark", new() { HasTextString = "堺" }).First).ToBeVisibleAsync();
        page.AssertNoProblems();
    }

    [BrowserTheory]
    [InlineData("ソフトバンク", "/ja/entities/softbank-corp/")]
    [InlineData("経済産業省", "/ja/entities/meti/")]
    public async Task SearchJapaneseEdition_WordWithoutSpaces_FindsItsCompanyAndTheBriefingsThatMentionIt(string word, string company)
    {
        await using var page = await site.OpenAsync("/ja/search/?q=" + Uri.EscapeDataString(word));
        var results = page.Page.Locator("#search-results > li");
        var more = page.Page.Locator("#search-more");

        // Every result, not the first ten: the briefings come after the company, its events and its claims.
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var count = await results.CountAsync();
        while (await page.Page.Locator("#search-more-row").IsVisibleAsync())
        {
            await more.ClickAsync();
            await Assertions.Expect(results).Not.ToHaveCountAsync(count);
            count = await results.CountAsync();
        }

        var hrefs = await results.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var mentioning = Directory.GetDirectories(Path.Combine(site.Folder, "ja", "briefings"))
            .Where(d => File.Exists(Path.Combine(d, "index.html")) && File.ReadAllText(Path.Combine(d, "index.html")).Contains(word, StringComparison.Ordinal))
            .Select(d => $"/ja/briefings/{Path.GetFileName(d)}/")
            .ToList();
        Assert.NotEmpty(mentioning);
        Assert.Contains(company, hrefs);
        Assert.All(mentioning, briefing => Assert.Contains(briefing, hrefs));
        Assert.All(hrefs, href => Assert.StartsWith("/ja/", href, StringComparison.Ordinal));
        await Assertions.Expect(page.Page.Locator("#search-results mark", new() { HasTextString = word }).First).ToBeVisibleAsync();
        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task Type_WordsThatMatchNothing_SaysSoAndShowsTheLists()
    {
        await using var page = await site.OpenAsync("/search/?q=zzzqqxx");

        await Assertions.Expect(page.Page.Locator("#search-status")).ToHaveTextAsync("No results for “zzzqqxx”.");
        await Assertions.Expect(page.Page.GetByLabel("Search the site")).ToHaveValueAsync("zzzqqxx");
        await Assertions.Expect(page.Page.Locator("#search-results")).ToBeHiddenAsync();

        await page.Page.GetByLabel("Search the site").FillAsync(string.Empty);
        await Assertions.Expect(page.Page.Locator("#search-browse")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Open_WithoutJavaScript_ListsEveryBriefingAndCompany()
    {
        await using var page = await site.OpenAsync("/search/", javaScript: false);
        var briefings = Directory.GetDirectories(Path.Combine(site.Folder, "briefings")).Select(d => $"/briefings/{Path.GetFileName(d)}/").Order().ToList();
        var entities = Directory.GetDirectories(Path.Combine(site.Folder, "entities")).Select(d => $"/entities/{Path.GetFileName(d)}/").Order().ToList();

        await Assertions.Expect(page.Page.Locator("form.search-form")).ToBeHiddenAsync();
        var listed = await page.Page.Locator("#search-browse a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(briefings, listed.Where(h => h.StartsWith("/briefings/", StringComparison.Ordinal)).Order());
        Assert.Equal(entities, listed.Where(h => h.StartsWith("/entities/", StringComparison.Ordinal)).Order());
        await Assertions.Expect(page.Page.Locator("noscript, .section-note").First).ToBeAttachedAsync();
        page.AssertNoProblems();
    }
}
