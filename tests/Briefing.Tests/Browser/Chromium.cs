using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

/// <summary>
/// Headless Chromium through Playwright, using the system's browser (CI installs Debian's chromium).
/// Without one a browser test has nothing to run; where BRIEFING_REQUIRE_BROWSER=true (CI) that fails it.
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

        Assert.False(
            string.Equals(Environment.GetEnvironmentVariable("BRIEFING_REQUIRE_BROWSER"), "true", StringComparison.OrdinalIgnoreCase),
            "BRIEFING_REQUIRE_BROWSER=true but no Chromium was found (looked for BRIEFING_CHROMIUM and " + string.Join(", ", Candidates) + ")");
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
