using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>A Japanese page on a phone and a wide screen: nothing scrolls sideways, and every label stays inside its box.</summary>
[Collection(BrowserTests.Name)]
public sealed class JapaneseLayoutTests(BrowserSite site)
{
    public static TheoryData<string, int> Pages() => new()
    {
        { "ja-home", 360 }, { "ja-home", 1280 }, { "ja-entity", 360 }, { "ja-entity", 1280 }, { "ja-timeline", 360 }, { "ja-timeline", 1280 },
        { "ja-briefing-graph", 360 }, { "ja-briefing-claim", 360 }, { "ja-claims", 360 },
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Render_JapanesePage_NoSidewaysScrollAndLabelsWithinTheirBoxes(string pageType, int width)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType], width: width, height: 900);
        await page.ScreenshotAsync($"ja-{pageType}-{width}");

        var scrollWidth = await page.Page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        var language = await page.Page.EvaluateAsync<string>("() => document.documentElement.lang");
        var overflowing = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('svg.chart')].filter(svg => svg.getBoundingClientRect().width > 0).flatMap(svg => [
              ...[...svg.querySelectorAll('a.node')].flatMap(node => {
                const box = node.querySelector('rect').getBBox();
                return [...node.querySelectorAll('tspan')].filter(t => t.getComputedTextLength() > box.width - 4).map(t => `${t.textContent} (${t.getComputedTextLength().toFixed(1)} px in a ${box.width} px box)`);
              }),
              ...[...svg.querySelectorAll('text')].filter(t => { const b = t.getBBox(); return b.x < -0.5 || b.x + b.width > svg.viewBox.baseVal.width + 0.5; }).map(t => `${t.textContent} leaves the picture`),
            ])
            """);
        // A Japanese name that fits two lines of a wide box is shown as it is, not cut and not replaced by an English alias.
        var renamed = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('svg.chart-wide a.node')].filter(n => n.getBoundingClientRect().width > 0)
              .map(n => [n.querySelector('title').textContent, n.querySelector('text').textContent])
              .filter(([name, shown]) => /^[\u3000-\u9fff\uff00-\uffef]{1,20}$/.test(name) && shown !== name).map(([name, shown]) => `${name} shown as ${shown}`)
            """);
        var fonts = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('nav ul, svg.chart')].map(e => getComputedStyle(e).fontFamily)");

        Assert.Equal("ja", language);
        Assert.True(scrollWidth <= width, $"{site.PageTypes[pageType]} is {scrollWidth} px wide on a {width} px screen");
        Assert.Empty(overflowing);
        Assert.Empty(renamed);
        Assert.All(fonts, font => Assert.StartsWith("\"Hiragino Sans\", \"Noto Sans CJK JP\"", font, StringComparison.Ordinal));
        page.AssertNoProblems();
    }
}
