using Briefing.Publishing;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

/// <summary>The preview end to end: a real server on a free port, a copy of a small site on disk, saves and reloads.</summary>
public sealed class PreviewServerTests
{
    private const string Site = MiniSite.Basics + """
        -- input/entities/sony.yml --
        name: Sony
        kind: company
        summary: An electronics group [@wire-2026].
        -- input/briefings/a.md --
        ---
        title: First look
        date: 2026-01-05
        summary: What happened.
        entities: [sony]
        ---

        Original text about [[sony]] [@wire-2026].

        """;

    private const string Page = "/briefings/a/";
    private const string Briefing = "input/briefings/a.md";

    [Fact]
    public async Task Preview_EditBreakAndFix_ReloadsShowsOverlayAndRecovers()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);

        var (status, html) = await preview.GetAsync(Page);
        Assert.Equal(200, status);
        Assert.Contains("Original text about", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__preview/reload.js\" defer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("briefing-preview-errors", html, StringComparison.Ordinal);
        var first = await preview.ConnectAsync();

        site.Write(Briefing, site.Read(Briefing).Replace("Original text", "Edited text", StringComparison.Ordinal));
        var edited = await preview.NextEventAsync(PreviewEvent.Reload);
        Assert.True(edited > first);
        (status, html) = await preview.GetAsync(Page);
        Assert.Equal(200, status);
        Assert.Contains("Edited text about", html, StringComparison.Ordinal);
        Assert.Contains($"data-build=\"{edited}\"", html, StringComparison.Ordinal);

        site.Write(Briefing, site.Read(Briefing).Replace("[[sony]]", "[[sonyy]]", StringComparison.Ordinal));
        await preview.NextEventAsync(PreviewEvent.Failed);
        (status, html) = await preview.GetAsync(Page);
        Assert.Equal(200, status);
        Assert.Contains("<section id=\"briefing-preview-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("input/briefings/a.md(8,19): error BRF2001: unknown entity &#39;sonyy&#39;; did you mean &#39;sony&#39;?", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/__preview/overlay.css\">", html, StringComparison.Ordinal);
        Assert.Contains("Edited text about", html, StringComparison.Ordinal);
        Assert.Contains("input/briefings/a.md(8,19): error BRF2001: unknown entity 'sonyy'", preview.Log, StringComparison.Ordinal);
        (status, html) = await preview.GetAsync("/");
        Assert.Contains("briefing-preview-errors", html, StringComparison.Ordinal);

        site.Write(Briefing, site.Read(Briefing).Replace("[[sonyy]]", "[[sony]]", StringComparison.Ordinal).Replace("Edited text", "Fixed text", StringComparison.Ordinal));
        await preview.NextEventAsync(PreviewEvent.Reload);
        (status, html) = await preview.GetAsync(Page);
        Assert.Equal(200, status);
        Assert.Contains("Fixed text about", html, StringComparison.Ordinal);
        Assert.DoesNotContain("briefing-preview-errors", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_DiagnosticWithMarkup_IsEscapedInOverlay()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);
        await preview.ConnectAsync();

        site.Write(Briefing, site.Read(Briefing).Replace("entities: [sony]", "entities: [sony]\n\"<img src=x onerror=alert(1)>\": 1", StringComparison.Ordinal));
        await preview.NextEventAsync(PreviewEvent.Failed);

        var (_, html) = await preview.GetAsync(Page);
        Assert.Contains("unknown key &#39;&lt;img src=x onerror=alert(1)&gt;&#39; in front matter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_FirstBuildFails_ServesErrorPageUntilFixed()
    {
        using var site = new TempSite(Site.Replace("[[sony]]", "[[nobody]]", StringComparison.Ordinal));
        await using var preview = await PreviewClient.StartAsync(site);
        await preview.ConnectAsync();

        var (status, html) = await preview.GetAsync(Page);
        Assert.Equal(500, status);
        Assert.Contains("error BRF2001: unknown entity &#39;nobody&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__preview/reload.js\" defer", html, StringComparison.Ordinal);

        site.Write(Briefing, site.Read(Briefing).Replace("[[nobody]]", "[[sony]]", StringComparison.Ordinal));
        await preview.NextEventAsync(PreviewEvent.Reload);
        (status, html) = await preview.GetAsync(Page);
        Assert.Equal(200, status);
        Assert.Contains("Original text about", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_SaveWithoutVisibleChange_SendsNoReload()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);
        var first = await preview.ConnectAsync();

        // An unrelated file and then a real edit: the only new build is the real edit's.
        site.Write("input/notes.txt", "not part of the site");
        await Task.Delay(300);
        site.Write(Briefing, site.Read(Briefing).Replace("Original text", "Second text", StringComparison.Ordinal));

        var build = await preview.NextEventAsync(PreviewEvent.Reload);
        await Task.Delay(300);
        Assert.Equal(first + 1, build);
        Assert.Equal(build, preview.Server.Current.Build);
        Assert.Contains("Second text", (await preview.GetAsync(Page)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ServesAssetsRedirectsFolderAddressesAnd404Page()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);

        using var redirect = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Server.Address }
            .GetAsync(new Uri("/briefings/a?x=1", UriKind.Relative));
        Assert.Equal(301, (int)redirect.StatusCode);
        Assert.Equal("/briefings/a/?x=1", redirect.Headers.Location?.OriginalString);

        var (status, html) = await preview.GetAsync("/no/such/page/");
        Assert.Equal(404, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("/__preview/reload.js", html, StringComparison.Ordinal);

        var css = preview.Server.Current.Site!.Files.Keys.Single(k => k.StartsWith("assets/site.", StringComparison.Ordinal));
        using var asset = await preview.Http.GetAsync(new Uri("/" + css, UriKind.Relative));
        Assert.Equal("text/css; charset=utf-8", asset.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("reload.js", await asset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var script = await preview.Http.GetAsync(new Uri("/__preview/reload.js", UriKind.Relative));
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource('/__preview/events')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var post = await preview.Http.PostAsync(new Uri(Page, UriKind.Relative), new StringContent("x"));
        Assert.Equal(405, (int)post.StatusCode);
    }

    [Theory]
    [InlineData("/../input/site.yml")]
    [InlineData("/briefings/../../input/site.yml")]
    [InlineData("/%2e%2e/input/site.yml")]
    [InlineData("/%2E%2E%2Finput%2Fsite.yml")]
    [InlineData("/%252e%252e/input/site.yml")]
    [InlineData("/..%5cinput%5csite.yml")]
    [InlineData("/..\\input\\site.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/briefings/a/%00")]
    public async Task Preview_PathOutsideSite_IsRefused(string target)
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);

        var (status, text) = await preview.RawAsync(target);

        Assert.Equal(400, status);
        Assert.DoesNotContain("Test Desk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_AbsolutePathOfAFileOnDisk_IsNotServed()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);
        var onDisk = Path.Combine(site.Input, "site.yml").Replace('\\', '/');

        var (status, text) = await preview.RawAsync("/" + onDisk.TrimStart('/'));

        Assert.Equal(404, status);
        Assert.DoesNotContain("title: Test Desk", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Origin", "https://evil.test")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Preview_CrossOriginEventStream_IsRefused(string header, string value)
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/__preview/events", UriKind.Relative));
        request.Headers.Add(header, value);

        using var response = await preview.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task Preview_SameOriginEventStream_IsAccepted()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/__preview/events", UriKind.Relative));
        request.Headers.Add("Origin", preview.Server.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await preview.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Preview_OtherHostName_IsRefused()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);

        var (status, text) = await preview.RawAsync(Page, host: $"attacker.test:{preview.Server.Address.Port}");

        Assert.Equal(421, status);
        Assert.DoesNotContain("Original text", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_NetlifyHeaders_AreSentAsPublished()
    {
        using var site = new TempSite(Site);
        var published = NetlifyConfig.Find(Infrastructure.RepoPaths.Root)!;
        await using var preview = await PreviewClient.StartAsync(site, [.. HeaderRule.Defaults, .. published.Headers]);

        using var page = await preview.Http.GetAsync(new Uri(Page, UriKind.Relative));

        var expected = HeaderRule.For(Page, published.Headers)["Content-Security-Policy"];
        Assert.Equal(expected, string.Join(",", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", string.Join(",", page.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Preview_HeaderRules_AreSentByPath()
    {
        using var site = new TempSite(Site);
        var rules = HeaderRule.Defaults.Concat(
        [
            new HeaderRule("/*", new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'" }),
            new HeaderRule("/assets/*", new Dictionary<string, string> { ["Cache-Control"] = "public, max-age=31536000, immutable" }),
        ]).ToList();
        await using var preview = await PreviewClient.StartAsync(site, rules);

        using var page = await preview.Http.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal("default-src 'self'", string.Join(",", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());

        var css = preview.Server.Current.Site!.Files.Keys.Single(k => k.StartsWith("assets/site.", StringComparison.Ordinal) && k.EndsWith(".css", StringComparison.Ordinal));
        using var asset = await preview.Http.GetAsync(new Uri("/" + css, UriKind.Relative));
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
        Assert.Equal("default-src 'self'", string.Join(",", asset.Headers.GetValues("Content-Security-Policy")));
    }
}
