using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>The claims ledger as a reader finds their way through it: by status, and on to the sources.</summary>
[Collection(BrowserTests.Name)]
public sealed class ClaimsLedgerTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Filter_AStatusWithoutJavaScript_ShowsThoseClaimsAloneUntilShowAll()
    {
        await using var page = await site.OpenAsync("/claims/", javaScript: false);
        var p = page.Page;
        var total = await p.Locator("article.claim").CountAsync();
        var contested = await p.Locator("article.claim.status-contested").CountAsync();

        await p.Locator(".status-summary a[href='#status-contested']").ClickAsync();

        Assert.InRange(contested, 1, total - 1);
        await Assertions.Expect(p.Locator("article.claim:visible")).ToHaveCountAsync(contested);
        await Assertions.Expect(p.Locator("#status-contested")).ToBeVisibleAsync();
        await Assertions.Expect(p.Locator("#status-consistent")).ToBeHiddenAsync();

        await p.Locator(".status-summary a[href='#by-status']").ClickAsync();
        await Assertions.Expect(p.Locator("article.claim:visible")).ToHaveCountAsync(total);
    }

    [BrowserFact]
    public async Task Index_EveryClaimUnderItsStatus_WithCountsThatAddUp()
    {
        await using var page = await site.OpenAsync("/claims/", javaScript: false);
        var p = page.Page;

        var misplaced = await p.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.status-group')].flatMap(g => [...g.querySelectorAll('li a')]"
            + ".filter(a => !document.querySelector(a.getAttribute('href')).classList.contains(g.id)).map(a => a.textContent))");
        var listed = await p.Locator(".status-group li a").CountAsync();
        var summary = await p.Locator(".status-summary").TextContentAsync();

        Assert.Empty(misplaced);
        Assert.Equal(await p.Locator("article.claim").CountAsync(), listed);
        Assert.StartsWith($"{listed} claims: ", summary, StringComparison.Ordinal);
        await Assertions.Expect(p.Locator(".status-group")).ToHaveCountAsync(4);
        await Assertions.Expect(p.Locator("#status-single-source p")).ToContainTextAsync("One report");
    }

    [BrowserFact]
    public async Task Click_SourceNameInALedgerRow_OpensThatSourcesPage()
    {
        await using var page = await site.OpenAsync("/claims/");
        var p = page.Page;
        var source = p.Locator("article.claim td a").First;
        var href = (await source.GetAttributeAsync("href"))!;

        await source.ClickAsync();

        Assert.StartsWith("/sources/", href, StringComparison.Ordinal);
        Assert.Equal(href, new Uri(p.Url).AbsolutePath);
        await Assertions.Expect(p.Locator(".page-head .provenance")).ToBeVisibleAsync();
        page.AssertNoProblems();
    }
}
