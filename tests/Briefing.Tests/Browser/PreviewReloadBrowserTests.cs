using Briefing.Publishing;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Preview;
using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>The reload script in a real browser under a strict content security policy: an open page follows saves, shows the error overlay and recovers, with no console errors.</summary>
public sealed class PreviewReloadBrowserTests
{
    private const string Site = MiniSite.Basics + """
        -- input/briefings/a.md --
        ---
        title: First look
        date: 2026-01-05
        summary: What happened.
        ---

        Original text [@wire-2026].

        """;

    private const string Briefing = "input/briefings/a.md";

    [Fact]
    public async Task OpenPage_SaveBreakAndFix_ReloadsByItself()
    {
        if (Chromium.Find() is not { } chromium)
        {
            return;
        }

        using var site = new TempSite(Site);

        // The strict policy the site is published with: the reload script and overlay must work under it.
        var policy = new HeaderRule("/*", new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'" });
        await using var preview = await PreviewClient.StartAsync(site, [.. HeaderRule.Defaults, policy]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, chromium);
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The theme has no favicon, which browsers ask for on their own; that is not the preview's doing.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add(message.Text + " " + message.Location);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        var timeout = (float)PreviewClient.Timeout.TotalMilliseconds;
        page.SetDefaultTimeout(timeout);

        await page.GotoAsync(new Uri(preview.Server.Address, "/briefings/a/").ToString());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Original text");
        await WaitForConnectionAsync(preview);

        site.Write(Briefing, site.Read(Briefing).Replace("Original text", "Edited text", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Edited text", new() { Timeout = timeout });

        site.Write(Briefing, site.Read(Briefing).Replace("[@wire-2026]", "[@wire-2062]", StringComparison.Ordinal));
        var overlay = page.Locator("#briefing-preview-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = timeout });
        await Assertions.Expect(overlay).ToContainTextAsync("error BRF2002: unknown source 'wire-2062'");

        site.Write(Briefing, site.Read(Briefing).Replace("[@wire-2062]", "[@wire-2026]", StringComparison.Ordinal).Replace("Edited text", "Fixed text", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Fixed text", new() { Timeout = timeout });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);

        Assert.Empty(problems);
    }

    /// <summary>A save before the page's event stream is open is caught by the build number anyway, but waiting keeps the test about reloads.</summary>
    private static async Task WaitForConnectionAsync(PreviewClient preview)
    {
        using var timeout = new CancellationTokenSource(PreviewClient.Timeout);
        while (preview.Server.OpenEventStreams == 0)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
