using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>Citation marks as a reader uses them: tapped on a phone, hovered on a wide screen, and found again from the references.</summary>
[Collection(BrowserTests.Name)]
public sealed class CitationTests(BrowserSite site)
{
    private const string InView = "e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }";

    [BrowserFact]
    public async Task Tap_CitationMarkOnAPhone_ShowsItsSourceInViewWithoutMovingThePage()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], width: 360, height: 640, touch: true);
        var p = page.Page;
        var mark = p.Locator(".prose .cite").Nth(2);
        var tip = mark.Locator(".cite-tip");
        await mark.EvaluateAsync("e => e.scrollIntoView({ block: 'center', behavior: 'instant' })");
        var url = p.Url;
        var scrolled = await p.EvaluateAsync<double>("() => scrollY");

        await mark.TapAsync();

        Assert.Equal(url, p.Url);
        await Assertions.Expect(tip).ToBeVisibleAsync();
        Assert.Equal(scrolled, await p.EvaluateAsync<double>("() => scrollY"));
        var box = await tip.EvaluateAsync<double[]>(InView);
        Assert.True(box[0] >= 0 && box[1] >= 0 && box[2] <= 360 && box[3] <= 640, $"the tip spans {string.Join(", ", box)} on a 360 × 640 screen");
        await p.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "citation-tap-360.png") });

        // The page's margin, where nothing is a link.
        await p.Touchscreen.TapAsync(6, 320);
        await Assertions.Expect(tip).ToBeHiddenAsync();
        Assert.Equal(scrolled, await p.EvaluateAsync<double>("() => scrollY"));
        page.AssertNoProblems();
    }

    [BrowserFact]
    public async Task Tap_OpenCitationMarkAgain_FollowsItToTheReference()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], width: 360, height: 640, touch: true);
        var mark = page.Page.Locator(".prose .cite").First;
        var reference = (await mark.GetAttributeAsync("href"))!;

        await mark.TapAsync();
        await mark.TapAsync();

        Assert.EndsWith(reference, page.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Page.Locator(reference)).ToBeInViewportAsync();
        await Assertions.Expect(mark.Locator(".cite-tip")).ToBeHiddenAsync();
    }

    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(700)]
    public async Task Hover_EveryCitationMark_TipStaysOnScreen(int width)
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], width: width);
        var marks = page.Page.Locator("main .cite");
        var count = await marks.CountAsync();

        for (var i = 0; i < count; i++)
        {
            await marks.Nth(i).HoverAsync();
            var tip = marks.Nth(i).Locator(".cite-tip");
            await Assertions.Expect(tip).ToBeVisibleAsync();
            var box = await tip.EvaluateAsync<double[]>(InView);
            Assert.True(box[0] >= 0 && box[2] <= width, $"citation tip {i + 1} spans {box[0]}..{box[2]} on a {width} px screen");
            if (i == 2)
            {
                await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"citation-hover-{width}.png") });
            }
        }
    }

    [BrowserFact]
    public async Task BackLinks_EachLetterOfAReference_LeadsToItsMark()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], javaScript: false);
        var p = page.Page;
        var marks = await p.Locator("main .cite").CountAsync();
        var backLinks = p.Locator(".references .back a");

        Assert.Equal(marks, await backLinks.CountAsync());
        var reference = p.Locator(".references li", new() { Has = p.Locator(".back a >> nth=1") }).First;
        var letters = reference.Locator(".back a");
        Assert.Equal("a", await letters.First.TextContentAsync());
        Assert.Equal("b", await letters.Nth(1).TextContentAsync());
        var number = await reference.GetAttributeAsync("id");
        for (var i = 0; i < await letters.CountAsync(); i++)
        {
            var target = (await letters.Nth(i).GetAttributeAsync("href"))!;
            await letters.Nth(i).ClickAsync();
            Assert.EndsWith(target, p.Url, StringComparison.Ordinal);
            var mark = p.Locator(target);
            Assert.Equal($"#{number}", await mark.GetAttributeAsync("href"));
            await Assertions.Expect(mark).ToBeInViewportAsync();
        }
    }

    [BrowserTheory]
    [InlineData("briefing")]
    [InlineData("claims")]
    [InlineData("timeline")]
    public async Task TapTargets_MarksAndBackLinks_AtLeast24By24(string pageType)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType], width: 360, touch: true);

        var small = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main .cite, .references .back a')]"
            + ".map(e => [e, e.getBoundingClientRect()]).filter(([, r]) => r.width < 24 || r.height < 24)"
            + ".map(([e, r]) => `${e.id || e.getAttribute('href')}: ${r.width} × ${r.height}`)");

        Assert.True(small.Length == 0, "targets under 24 × 24 px:\n" + string.Join('\n', small));
    }

    [BrowserFact]
    public async Task Marks_InTimelineHeadings_NotBold()
    {
        await using var page = await site.OpenAsync("/timeline/");

        var weights = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.event h3 .cites')].map(c => getComputedStyle(c).fontWeight)");

        Assert.NotEmpty(weights);
        Assert.All(weights, w => Assert.Equal("400", w));
    }

    [BrowserFact]
    public async Task Print_References_SpellOutTheAddressOfEachSourcesPage()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"]);
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var printed = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.references li')].map(li => getComputedStyle(li.querySelector(':scope > a'), '::after').content)");

        Assert.NotEmpty(printed);
        Assert.All(printed, p => Assert.Contains("/sources/", p, StringComparison.Ordinal));
        await Assertions.Expect(page.Page.Locator(".references .back").First).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Marks_DoNotLoosenTheLinesTheyAreIn()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"]);

        var heights = await page.Page.EvaluateAsync<double[]>(
            "() => { const p = [...document.querySelectorAll('.prose p')].find(p => p.querySelector('.cite'));"
            + " const h = p.getBoundingClientRect().height; p.querySelectorAll('.cites').forEach(c => c.remove());"
            + " return [h, p.getBoundingClientRect().height]; }");

        Assert.True(heights[0] - heights[1] < 2, $"a paragraph is {heights[0]} px tall with its marks and {heights[1]} px without");
    }
}
