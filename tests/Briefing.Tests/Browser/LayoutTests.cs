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

    /// <summary>
    /// Every picture a phone shows draws its text at 12 CSS px or more: an SVG's text is its font size
    /// scaled by how wide the picture is shown against how wide it is drawn.
    /// </summary>
    [BrowserTheory]
    [InlineData("home")]
    [InlineData("entity")]
    [InlineData("timeline")]
    [InlineData("briefing-graph")]
    [InlineData("briefing-timeline")]
    [InlineData("briefing-claim")]
    public async Task Render_PicturesOnAPhone_TextAtLeast12PxAndALegend(string pageType)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType], width: 360, height: 740);

        var sizes = await page.Page.EvaluateAsync<double[][]>(
            """
            () => [...document.querySelectorAll('figure.chart-figure')].map(figure => {
              const shown = [...figure.querySelectorAll('svg.chart')].filter(svg => svg.getBoundingClientRect().width > 0);
              if (shown.length !== 1) return [-shown.length];
              const svg = shown[0];
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
            })
            """);
        var legends = await page.Page.Locator("figure.chart-figure figcaption .chart-legend").AllTextContentsAsync();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, texts => Assert.True(texts.Length > 0 && texts[0] >= 0, $"{site.PageTypes[pageType]}: a figure shows {-texts.FirstOrDefault()} pictures, not one"));
        var smallest = sizes.SelectMany(t => t).Min();
        Assert.True(smallest >= 11.99, $"{site.PageTypes[pageType]}: picture text renders at {smallest:0.##} px on a 360 px phone");
        Assert.Equal(sizes.Length, legends.Count);
        // Lines say how many reports stand behind them; a claim's marks say what the ledger concluded.
        Assert.All(legends, legend => Assert.True(legend.Contains("line: ", StringComparison.Ordinal) || legend.Contains("Ledger: ", StringComparison.Ordinal), legend));
    }

    [BrowserFact]
    public async Task Render_PicturesOnADesktop_TheWideLayout()
    {
        await using var page = await site.OpenAsync("/", width: 1280);

        await Assertions.Expect(page.Page.Locator(".network svg.chart-wide")).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator(".network svg.chart-narrow")).ToBeHiddenAsync();
        page.AssertNoProblems();
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
