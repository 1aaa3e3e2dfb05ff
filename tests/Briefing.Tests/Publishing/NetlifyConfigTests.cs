using Briefing.Publishing;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Publishing;

public sealed class NetlifyConfigTests
{
    private static readonly NetlifyConfig Config = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")));

    private static IReadOnlyDictionary<string, string> HeadersFor(string path) => HeaderRule.For(path, Config.Headers);

    [Fact]
    public void Build_InstallsPinnedSdkThenRunsReadmeBuildStrictly()
    {
        Assert.Equal("output", Config.Publish);
        Assert.Contains("dotnet-install.sh", Config.Command, StringComparison.Ordinal);
        Assert.Contains("--jsonfile global.json", Config.Command, StringComparison.Ordinal);
        Assert.Contains("DOTNET_ROOT", Config.Command, StringComparison.Ordinal);
        Assert.EndsWith("dotnet run --project src/Briefing -c Release -- build --output output --strict", Config.Command!.Trim(), StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Briefing -- build", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SdkVersionMatchesGlobalJson()
    {
        var globalJson = File.ReadAllText(Path.Combine(RepoPaths.Root, "global.json"));
        Assert.Contains("\"version\": \"10.", globalJson, StringComparison.Ordinal);
        Assert.Contains("global.json", Config.Command, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_EveryPage_HasStrictContentSecurityPolicy()
    {
        var csp = HeadersFor("/briefings/overview/")["Content-Security-Policy"];
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.True(directives["default-src"] is "default-src 'self'" or "default-src 'none'", directives["default-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.True(directives.ContainsKey("base-uri"));
        Assert.True(directives.ContainsKey("form-action"));
    }

    [Fact]
    public void Headers_EveryPage_HasTransportAndPrivacyHeaders()
    {
        var headers = HeadersFor("/");
        var maxAge = int.Parse(headers["Strict-Transport-Security"].Split(';')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(maxAge >= 31_536_000, $"HSTS max-age {maxAge} is under a year");
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.False(string.IsNullOrWhiteSpace(headers["Referrer-Policy"]));
        Assert.Contains("camera=()", headers["Permissions-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_Assets_AreImmutableForAYear()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/assets/site.0123456789ab.css")["Cache-Control"]);
        Assert.False(HeadersFor("/briefings/").ContainsKey("Cache-Control"));
        Assert.Contains("Content-Security-Policy", HeadersFor("/assets/site.0123456789ab.css").Keys);
    }

    [Fact]
    public void Headers_Images_AreImmutableForAYear()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/media/plant.0123456789ab.960.webp")["Cache-Control"]);
        Assert.Contains("Content-Security-Policy", HeadersFor("/media/plant.0123456789ab.960.webp").Keys);
    }

    [Fact]
    public void Headers_DataFiles_AreServedAsTheirTypesInUtf8()
    {
        Assert.Equal("text/csv; charset=utf-8; header=present", HeadersFor("/claims.csv")["Content-Type"]);
        Assert.Equal("text/calendar; charset=utf-8", HeadersFor("/timeline.ics")["Content-Type"]);
        Assert.Contains("Content-Security-Policy", HeadersFor("/timeline.ics").Keys);
        Assert.False(HeadersFor("/claims/").ContainsKey("Content-Type"));
    }

    [Fact]
    public void TopLevel_HoldsOnlyTheDesignedEntries()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "input", "src", "tests", "theme", "Briefing.sln", "README.md", "netlify.toml",
            "Directory.Build.props", "Directory.Packages.props", "global.json",
            "nuget.config", "artifacts", "install-tool", "update-snapshots", "docs",
        };
        var tracked = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "ls-files")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
        })!;
        var files = tracked.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        tracked.WaitForExit();

        var unexpected = files.Select(f => f.Split('/')[0]).Distinct().Where(e => !e.StartsWith('.') && !allowed.Contains(e)).ToList();

        Assert.Empty(unexpected);
    }
}
