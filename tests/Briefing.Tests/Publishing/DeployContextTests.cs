using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Publishing;

public sealed class DeployContextTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void From_Production_UsesUrl()
    {
        var context = DeployContext.From(null, Env(("CONTEXT", "production"), ("URL", "https://site.example"), ("DEPLOY_PRIME_URL", "https://main--site.example")));

        Assert.Equal(new DeployContext("https://site.example", NoIndex: false), context);
    }

    [Fact]
    public void From_DeployPreview_UsesPrimeUrlAndNoIndex()
    {
        var context = DeployContext.From(null, Env(("CONTEXT", "deploy-preview"), ("URL", "https://site.example"), ("DEPLOY_PRIME_URL", "https://deploy-preview-7--site.example")));

        Assert.Equal(new DeployContext("https://deploy-preview-7--site.example", NoIndex: true), context);
    }

    [Fact]
    public void From_ExplicitBaseUrl_WinsOverEnvironment()
    {
        var context = DeployContext.From("https://explicit.example", Env(("CONTEXT", "production"), ("URL", "https://site.example")));

        Assert.Equal("https://explicit.example", context.BaseUrl);
    }

    [Fact]
    public void From_NoNetlify_LeavesSiteYmlBaseUrl()
    {
        Assert.Equal(new DeployContext(null, false), DeployContext.From(null, Env()));
    }

    [Fact]
    public void Build_DeployPreview_CanonicalUrlsFeedAndSitemapUsePreviewAddressAndNoIndex()
    {
        var deploy = DeployContext.From(null, Env(("CONTEXT", "deploy-preview"), ("DEPLOY_PRIME_URL", "https://deploy-preview-7--site.example")));
        var result = MiniSite.Build(MiniSite.Basics + $"""

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            -- options --
            base-url {deploy.BaseUrl}
            {(deploy.NoIndex ? "noindex" : string.Empty)}
            """);

        var page = result.Page("briefings/a/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://deploy-preview-7--site.example/briefings/a/\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
        Assert.Equal("User-agent: *\nDisallow: /\n", result.Page("robots.txt"));
        Assert.Contains("<loc>https://deploy-preview-7--site.example/briefings/a/</loc>", result.Page("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("https://deploy-preview-7--site.example/feed.xml", result.Page("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Production_IsIndexableWithSitemapInRobots()
    {
        var result = MiniSite.Build(MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            """);

        Assert.DoesNotContain("noindex", result.Page("briefings/a/index.html"), StringComparison.Ordinal);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.test/sitemap.xml\n", result.Page("robots.txt"));
    }
}
