namespace Briefing.Tests.Browser;

/// <summary>
/// Whether the real-browser tests can run. They need Debian's chromium at <see cref="ChromiumPath"/>
/// (never a downloaded browser). Without it they are skipped with a message, unless
/// BRIEFING_REQUIRE_BROWSER=true (as CI sets), in which case they run and fail.
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("BRIEFING_REQUIRE_BROWSER"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason =>
        File.Exists(ChromiumPath) || Required
            ? null
            : $"{ChromiumPath} is not installed (apt-get install chromium fonts-noto-cjk); set BRIEFING_REQUIRE_BROWSER=true to make its absence a failure";
}

/// <summary>A fact that needs a real browser; see <see cref="BrowserEnvironment"/>. xunit 2 has no dynamic skip, so the attribute decides.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserEnvironment.SkipReason;
    }
}

/// <summary>A theory that needs a real browser; see <see cref="BrowserEnvironment"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserEnvironment.SkipReason;
    }
}
