using Briefing.Engine;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

public sealed class PreviewSiteTests
{
    private const string Site = MiniSite.Basics + """
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-05
        summary: S.
        ---

        Text [@wire-2026].

        """;

    [Fact]
    public void Rebuild_FailureWithNewerSavePending_IsNotShown()
    {
        using var site = new TempSite(Site);
        var hub = new ReloadHub();
        var events = hub.Subscribe();
        var preview = new PreviewSite(new PreviewOptions(site.Input, site.Theme, site.Root, new BuildOptions()), hub, TextWriter.Null, TextWriter.Null);
        var good = preview.Rebuild();
        Assert.True(events.Reader.TryRead(out var first));
        Assert.Equal(PreviewEvent.Reload, first.Name);

        // As if the editor had truncated the file and not yet written it.
        site.Write("input/briefings/a.md", string.Empty);
        preview.Files.InvalidateAll();
        var skipped = preview.Rebuild(superseded: () => true);

        Assert.Same(good, skipped);
        Assert.False(events.Reader.TryRead(out _));

        var shown = preview.Rebuild(superseded: () => false);
        Assert.True(shown.Failed);
        Assert.Same(good.Site, shown.Site);
        Assert.True(events.Reader.TryRead(out var failed));
        Assert.Equal(new PreviewEvent(PreviewEvent.Failed, good.Build + 1), failed);
    }

    [Fact]
    public void Rebuild_SuccessWithNewerSavePending_IsShown()
    {
        using var site = new TempSite(Site);
        var preview = new PreviewSite(new PreviewOptions(site.Input, site.Theme, site.Root, new BuildOptions()), new ReloadHub(), TextWriter.Null, TextWriter.Null);
        preview.Rebuild();

        site.Write("input/briefings/a.md", site.Read("input/briefings/a.md").Replace("Text", "New text", StringComparison.Ordinal));
        preview.Files.InvalidateAll();
        var shown = preview.Rebuild(superseded: () => true);

        Assert.False(shown.Failed);
        Assert.Contains("New text", System.Text.Encoding.UTF8.GetString(shown.Site!.Files["briefings/a/index.html"]), StringComparison.Ordinal);
    }
}
