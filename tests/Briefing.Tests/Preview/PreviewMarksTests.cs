using Briefing.Engine;
using Briefing.Engine.Model;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

/// <summary>
/// What the preview adds over the built pages so a writer is not surprised later: a ribbon on drafts, and the
/// warnings the strict published build would refuse. The pages a build writes never carry either.
/// </summary>
public sealed class PreviewMarksTests
{
    private const string Site = MiniSite.Basics + """
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-05
        summary: S.
        ---

        Text [@wire-2026].

        -- input/briefings/wip.md --
        ---
        title: Work in progress
        date: 2026-01-06
        summary: S.
        draft: true
        ---

        Unfinished [@wire-2026].

        """;

    private const string Uncited = "Text [@wire-2026].\n\nA paragraph that cites nothing.\n";

    [Fact]
    public async Task Preview_Draft_IsShownWithARibbonOnlyOnItsOwnPage()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site, build: new BuildOptions(Drafts: true));

        var (status, html) = await preview.GetAsync("/briefings/wip/");
        Assert.Equal(200, status);
        Assert.Contains("<div id=\"briefing-preview-draft\" class=\"briefing-preview-draft\" role=\"note\"><strong>Draft</strong>: not published. <code>input/briefings/wip.md</code>", html, StringComparison.Ordinal);
        Assert.Contains(ErrorOverlayStylesheet, html, StringComparison.Ordinal);

        (_, html) = await preview.GetAsync("/briefings/a/");
        Assert.DoesNotContain("briefing-preview-draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ErrorOverlayStylesheet, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_NoDrafts_LeavesThemOutAsBuildDoes()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site, build: new BuildOptions(Drafts: false));

        var (status, html) = await preview.GetAsync("/briefings/wip/");

        Assert.Equal(404, status);
        Assert.DoesNotContain("briefing-preview-draft", html, StringComparison.Ordinal);
        Assert.Empty(preview.Server.Current.DraftPages);
    }

    [Fact]
    public void Build_WithDrafts_PagesCarryNoPreviewMarks()
    {
        var result = SiteBuilder.Build(MiniSite.Parse(Site.Replace("Text [@wire-2026].\n", Uncited, StringComparison.Ordinal)), new BuildOptions(Drafts: true));

        Assert.True(result.Succeeded);
        Assert.Single(result.Diagnostics);
        Assert.All(result.HtmlPages(), page => Assert.DoesNotContain("briefing-preview", page.Html, StringComparison.Ordinal));
        Assert.Equal([new DraftBriefing("wip", "input/briefings/wip.md")], result.Drafts);
    }

    [Fact]
    public async Task Preview_Warnings_AreShownCollapsedWithTheStrictNote()
    {
        using var site = new TempSite(Site);
        await using var preview = await PreviewClient.StartAsync(site);
        await preview.ConnectAsync();

        site.Write("input/briefings/a.md", site.Read("input/briefings/a.md").Replace("Text [@wire-2026].\n", Uncited, StringComparison.Ordinal));
        await preview.NextEventAsync(PreviewEvent.Reload);

        var (status, html) = await preview.GetAsync("/briefings/a/");
        Assert.Equal(200, status);
        Assert.Contains("A paragraph that cites nothing.", html, StringComparison.Ordinal);
        Assert.Contains("<aside id=\"briefing-preview-warnings\" class=\"briefing-preview-warnings\" aria-label=\"Build warnings\">\n<details>\n<summary>1 warning: the published build treats them as errors</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warning\"><code>input/briefings/a.md(9,1): warning BRF2009: ", html, StringComparison.Ordinal);
        Assert.Contains("<code>preview --strict</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("briefing-preview-errors", html, StringComparison.Ordinal);
        Assert.Contains(ErrorOverlayStylesheet, html, StringComparison.Ordinal);
        Assert.False(preview.Server.Current.Failed);

        // Citing the paragraph clears the panel: a change in warnings alone is a change worth a reload.
        site.Write("input/briefings/a.md", site.Read("input/briefings/a.md").Replace("cites nothing.", "cites nothing [@wire-2026].", StringComparison.Ordinal));
        await preview.NextEventAsync(PreviewEvent.Reload);
        (_, html) = await preview.GetAsync("/briefings/a/");
        Assert.DoesNotContain("briefing-preview-warnings", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Strict_ShowsWarningsAsErrors()
    {
        using var site = new TempSite(Site.Replace("Text [@wire-2026].\n", Uncited, StringComparison.Ordinal));
        await using var preview = await PreviewClient.StartAsync(site, build: new BuildOptions(Strict: true));

        var (status, html) = await preview.GetAsync("/briefings/a/");

        Assert.Equal(500, status);
        Assert.Contains("<li class=\"error\"><code>input/briefings/a.md(9,1): error BRF2009: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("briefing-preview-warnings", html, StringComparison.Ordinal);
    }

    private const string ErrorOverlayStylesheet = "<link rel=\"stylesheet\" href=\"/__preview/overlay.css\">";
}
