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
    public void Rebuild_Failure_PrintsItsErrorsBeforeTellingOpenPages()
    {
        using var site = new TempSite(Site);
        var hub = new ReloadHub();
        var events = hub.Subscribe();
        using var terminal = new EventAwareWriter(events.Reader);
        var preview = new PreviewSite(new PreviewOptions(site.Input, site.Theme, site.Root, new BuildOptions()), hub, terminal, terminal);
        preview.Rebuild();
        Assert.True(events.Reader.TryRead(out _));
        terminal.Lines.Clear();

        site.Write("input/briefings/a.md", site.Read("input/briefings/a.md").Replace("Text [@wire-2026]", "Text [@wire-2099]", StringComparison.Ordinal));
        preview.Files.InvalidateAll();
        Assert.True(preview.Rebuild().Failed);

        // A page reloads as soon as it hears of the build: the terminal must already show why it failed.
        var error = Assert.Single(terminal.Lines, l => l.Text.Contains("error BRF", StringComparison.Ordinal));
        Assert.False(error.EventWaiting, error.Text);
        Assert.True(events.Reader.TryRead(out var failed));
        Assert.Equal(PreviewEvent.Failed, failed.Name);
    }

    /// <summary>A terminal that notes, for each line, whether an open page had already been told of a build.</summary>
    private sealed class EventAwareWriter(System.Threading.Channels.ChannelReader<PreviewEvent> events) : StringWriter
    {
        public List<(string Text, bool EventWaiting)> Lines { get; } = [];

        public override void WriteLine(string? value) => Lines.Add((value ?? string.Empty, events.Count > 0));
    }

    [Fact]
    public void Rebuild_OneImageSaved_ServesItsNewFilesAndReEncodesOnlyIt()
    {
        using var site = new TempSite(Site + """
            -- input/media/plant.jpg.yml --
            credit: Test Photographer
            license: CC0
            -- input/media/chart.png.yml --
            credit: Test desk
            license: CC0
            -- input/pages/about.md --
            ---
            title: About
            summary: S
            ---
            ![A plant](/media/plant.jpg)

            ![A chart](/media/chart.png)
            """);
        File.WriteAllBytes(Path.Combine(site.Input, "media", "plant.jpg"), TestImages.FromSpec("jpeg 640x480"));
        File.WriteAllBytes(Path.Combine(site.Input, "media", "chart.png"), TestImages.FromSpec("png 300x200"));
        var preview = new PreviewSite(new PreviewOptions(site.Input, site.Theme, site.Root, new BuildOptions()), new ReloadHub(), TextWriter.Null, TextWriter.Null);
        var first = preview.Rebuild();
        Assert.False(first.Failed);
        Assert.Equal((2, 0), (preview.Statistics!.ImagesEncoded, preview.Statistics.ImagesReused));

        File.WriteAllBytes(Path.Combine(site.Input, "media", "chart.png"), TestImages.FromSpec("png 320x200"));
        preview.Files.Invalidate(Path.Combine(site.Input, "media", "chart.png"));
        var shown = preview.Rebuild();

        Assert.False(shown.Failed);
        Assert.Equal((1, 1), (preview.Statistics!.ImagesEncoded, preview.Statistics.ImagesReused));
        Assert.Contains(shown.Site!.Files.Keys, k => k.StartsWith("media/chart.", StringComparison.Ordinal) && k.EndsWith(".320.webp", StringComparison.Ordinal));
        Assert.Contains(shown.Site.Files.Keys, k => k.StartsWith("media/plant.", StringComparison.Ordinal) && k.EndsWith(".640.jpg", StringComparison.Ordinal));
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
