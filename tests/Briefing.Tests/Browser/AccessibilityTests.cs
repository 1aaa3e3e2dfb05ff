using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>axe-core's WCAG 2.2 AA rules on one page of every type of the real site, in both colour schemes.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in BrowserSite.PageTypeNames)
        {
            data.Add(type, "light");
            data.Add(type, "dark");
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_EveryPageTypeInEachColourScheme_NoViolations(string pageType, string scheme)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType], scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        var result = await page.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        });

        Assert.True(result.Violations.Length == 0, $"{site.PageTypes[pageType]} ({scheme}):\n" + Describe(result.Violations));
        page.AssertNoProblems();
    }

    /// <summary>The real site has no photographs, so a figure as the engine writes it is placed in a briefing's text.</summary>
    [BrowserTheory]
    [InlineData("light", 360)]
    [InlineData("dark", 360)]
    [InlineData("light", 1280)]
    [InlineData("dark", 1280)]
    public async Task Axe_FigureWithCaptionAndCredit_NoViolationsAndWithinTheText(string scheme, int width)
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.Page.EvaluateAsync("""
            () => document.querySelector('.prose').insertAdjacentHTML('afterbegin',
              '<figure class="media"><picture><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1600" height="1067" alt="A welder at the plant" decoding="async"></picture>' +
              '<figcaption>The plant as reported <small class="credit">Image: Test Photographer · CC BY 4.0</small></figcaption></figure>')
            """);

        var result = await page.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        });
        var overflow = await page.Page.EvaluateAsync<bool>("() => document.querySelector('.media img').getBoundingClientRect().right > document.querySelector('.prose').getBoundingClientRect().right + 1");

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.False(overflow, "the image is wider than the text column");
    }

    [BrowserFact]
    public async Task Axe_PageWithAnInjectedFault_ReportsIt()
    {
        await using var page = await site.OpenAsync("/");
        await page.Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').append(i); }");

        var result = await page.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        Assert.Contains(result.Violations, v => v.Id == "image-alt");
    }

    [BrowserFact]
    public async Task Axe_CitationTipShownByFocus_NoViolations()
    {
        await using var page = await site.OpenAsync(site.PageTypes["briefing"], scheme: ColorScheme.Dark);
        await page.Page.Locator(".prose .cite").First.FocusAsync();

        var result = await page.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    [BrowserFact]
    public async Task Keyboard_FirstTab_ShowsSkipLinkThatMovesToMain()
    {
        await using var page = await site.OpenAsync("/");

        await page.Page.Keyboard.PressAsync("Tab");
        var skip = page.Page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.Y >= 0, $"the focused skip link is off screen at {box.X},{box.Y}");
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);

        // Following the link changes the address a moment after the key is up, so the check waits for it.
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main$"));
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join('\n', violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
}
