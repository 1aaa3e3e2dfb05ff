using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>
/// Headless Chromium through Playwright, using the system's browser (CI installs Debian's chromium).
/// Without one the test fails, unless BRIEFING_REQUIRE_BROWSER=false says this machine has none.
/// </summary>
public static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser's path, or null when there is none and that is allowed.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("BRIEFING_CHROMIUM");
        var path = !string.IsNullOrEmpty(configured) ? configured : Candidates.FirstOrDefault(File.Exists);
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        Assert.True(
            string.Equals(Environment.GetEnvironmentVariable("BRIEFING_REQUIRE_BROWSER"), "false", StringComparison.OrdinalIgnoreCase),
            "no Chromium found (looked for BRIEFING_CHROMIUM and " + string.Join(", ", Candidates) + "); install one or set BRIEFING_REQUIRE_BROWSER=false");
        return null;
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string path) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
}
