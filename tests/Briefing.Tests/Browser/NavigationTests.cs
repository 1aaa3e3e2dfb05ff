using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>A reader's path through the real site, by clicking only: graph → company → briefing → citation → source → timeline → company.</summary>
[Collection(BrowserTests.Name)]
public sealed class NavigationTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Click_HomeToCompanyBriefingSourceAndBackViaTimeline_EveryStepArrives()
    {
        await using var page = await site.OpenAsync("/");
        var p = page.Page;

        // The graph's central box is a link to that company's page.
        var hub = p.Locator("svg.graph-chart a.node.hub");
        var companyName = await hub.Locator("title").TextContentAsync();
        await hub.ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync(companyName!);
        var companyUrl = new Uri(p.Url).AbsolutePath;
        Assert.StartsWith("/entities/", companyUrl, StringComparison.Ordinal);

        // One of the briefings that mention it.
        var mention = p.Locator("section[aria-labelledby=mentioned-in] a").First;
        var briefingTitle = await mention.TextContentAsync();
        await mention.ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync(briefingTitle!);
        var briefingUrl = new Uri(p.Url).AbsolutePath;

        // A citation mark jumps to its reference, whose link opens the source page.
        var cite = p.Locator(".prose .cite").First;
        var reference = (await cite.GetAttributeAsync("href"))!;
        await cite.ClickAsync();
        Assert.EndsWith(reference, p.Url, StringComparison.Ordinal);
        // The first link names the source; a relayed one's second leads to the source it came through.
        var sourceLink = p.Locator($"{reference} a[href^='/sources/']").First;
        await sourceLink.ClickAsync();
        await Assertions.Expect(p.Locator(".page-head .provenance")).ToBeVisibleAsync();
        Assert.StartsWith("/sources/", new Uri(p.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(p.Locator($"section[aria-labelledby=cited-in] a[href='{briefingUrl}']")).ToBeVisibleAsync();

        // Main navigation to the timeline; the chart's rows lead to the list, whose chips lead back to the company.
        await p.Locator("nav[aria-label=Main] a", new() { HasText = "Timeline" }).ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Timeline");
        var row = p.Locator("svg.timeline-chart a.tl-row").First;
        var anchor = (await row.GetAttributeAsync("href"))!;
        await row.ClickAsync();
        Assert.EndsWith(anchor, p.Url, StringComparison.Ordinal);
        await Assertions.Expect(p.Locator(anchor)).ToBeInViewportAsync();
        await p.Locator($".timeline-list a[href='{companyUrl}']").First.ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync(companyName!);

        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task Hover_CitationMarkWithoutJavaScript_ShowsItsSource()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], javaScript: false);
        var cite = page.Page.Locator(".prose .cite").First;
        var tip = cite.Locator(".cite-tip");
        await Assertions.Expect(tip).ToBeHiddenAsync();

        await cite.HoverAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var number = (await cite.GetAttributeAsync("href"))!;
        var publisher = await page.Page.Locator($"{number} > a").First.TextContentAsync();
        await Assertions.Expect(tip).ToContainTextAsync(publisher!);

        await page.Page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(tip).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Focus_CitationMarkOnAPhone_TipStaysOnScreen()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], width: 360, javaScript: false, height: 640);
        var marks = page.Page.Locator(".prose .cite");
        var count = Math.Min(await marks.CountAsync(), 12);

        for (var i = 0; i < count; i++)
        {
            await marks.Nth(i).FocusAsync();
            var tip = marks.Nth(i).Locator(".cite-tip");
            await Assertions.Expect(tip).ToBeVisibleAsync();
            var box = (await tip.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 360, $"citation tip {i + 1} spans {box.X}..{box.X + box.Width} on a 360 px screen");
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 640, $"citation tip {i + 1} spans {box.Y}..{box.Y + box.Height} on a 640 px tall screen");
        }
    }
}
