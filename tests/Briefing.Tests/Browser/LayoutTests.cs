using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>Every page type on a 360 px phone and a 1280 px screen: no sideways scrolling, and screenshots to look at.</summary>
[Collection(BrowserTests.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    public static TheoryData<string> PageTypes() => new(BrowserSite.PageTypeNames);

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Render_PhoneWidth_NoHorizontalScroll(string pageType)
    {
        foreach (var width in new[] { 360, 320 })
        {
            await using var page = await site.OpenAsync(site.PageTypes[pageType], width: width, height: 740);

            var (scrollWidth, viewport) = await Widths(page.Page);
            if (width == 360)
            {
                await page.ScreenshotAsync($"{pageType}-360");
            }

            Assert.True(scrollWidth <= viewport, $"{site.PageTypes[pageType]} is {scrollWidth} px wide on a {viewport} px screen");
            page.AssertNoProblems();
        }
    }

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Render_DesktopWidthInBothSchemes_NoHorizontalScroll(string pageType)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var page = await site.OpenAsync(site.PageTypes[pageType], width: 1280, scheme: scheme);

            var (scrollWidth, viewport) = await Widths(page.Page);
            await page.ScreenshotAsync($"{pageType}-1280{(scheme == ColorScheme.Dark ? "-dark" : string.Empty)}");

            Assert.True(scrollWidth <= viewport, $"{site.PageTypes[pageType]} is {scrollWidth} px wide on a {viewport} px screen");
            page.AssertNoProblems();
        }
    }

    [BrowserFact]
    public async Task Render_Charts_WideEnoughToReadAndScrollInsideTheirFrame()
    {
        await using var page = await site.OpenAsync("/", width: 360);
        var frame = page.Page.Locator(".network .chart-scroll");

        var widths = await frame.EvaluateAsync<int[]>("e => [e.clientWidth, e.scrollWidth]");
        var fontSize = await page.Page.Locator("svg.graph-chart a.node text").First.EvaluateAsync<double>(
            "t => t.getBoundingClientRect().height");

        Assert.True(widths[1] > widths[0], "on a phone the diagram keeps a legible size and scrolls inside its frame");
        Assert.True(fontSize >= 9, $"graph labels render {fontSize} px tall on a phone");
    }

    [BrowserTheory]
    [InlineData("claims")]
    [InlineData("sources")]
    [InlineData("entity")]
    [InlineData("briefing")]
    public async Task Render_ArticlePage_HeadingClearOfTheMasthead(string pageType)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType]);

        var gap = await page.Page.EvaluateAsync<double>(
            "() => document.querySelector('main .page-head').getBoundingClientRect().top - document.querySelector('.masthead').getBoundingClientRect().bottom");

        Assert.True(gap >= 28, $"{site.PageTypes[pageType]} starts {gap} px under the masthead");
    }

    [BrowserFact]
    public async Task Render_BriefingCardsOnAWideScreen_NoCardAloneOnTheLastRow()
    {
        await using var page = await site.OpenAsync("/briefings/");

        var tops = await page.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.cards > li')].map(c => c.getBoundingClientRect().top)");

        Assert.True(tops.Length > 3, "enough briefings to fill rows");
        Assert.Equal(tops[^1], tops[^2]);
    }

    [BrowserFact]
    public async Task Render_DatesOnAPhone_NeverWrap()
    {
        await using var page = await site.OpenAsync("/sources/", width: 360);

        var wrapped = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main time')].filter(t => t.getClientRects().length > 1).map(t => t.textContent)");

        Assert.Empty(wrapped);
    }

    [BrowserFact]
    public async Task Render_ColourSchemes_FollowTheReadersPreference()
    {
        await using var light = await site.OpenAsync("/", scheme: ColorScheme.Light);
        await using var dark = await site.OpenAsync("/", scheme: ColorScheme.Dark);

        const string colours = "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]";
        var lightColours = await light.Page.EvaluateAsync<string[]>(colours);
        var darkColours = await dark.Page.EvaluateAsync<string[]>(colours);

        Assert.Equal(["rgb(251, 250, 246)", "rgb(28, 27, 25)"], lightColours);
        Assert.Equal(["rgb(22, 21, 19)", "rgb(236, 235, 230)"], darkColours);
    }

    [BrowserFact]
    public async Task Print_Briefing_DropsNavigationAndSpellsOutLinkAddresses()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], scheme: ColorScheme.Dark);
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Page.Locator("nav[aria-label=Main]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Page.Locator(".site-footer")).ToBeHiddenAsync();
        // The real briefings link out only through their sources, which have no public addresses yet; add a link as a writer would.
        var after = await page.Page.EvaluateAsync<string>(
            "() => { const a = document.createElement('a'); a.href = 'https://example.test/report'; a.textContent = 'report';"
            + " document.querySelector('.prose p').append(a); return getComputedStyle(a, '::after').content; }");
        Assert.Contains("https://example.test/report", after, StringComparison.Ordinal);
        var background = await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(255, 255, 255)", background);
    }

    private static async Task<(int ScrollWidth, int Viewport)> Widths(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
