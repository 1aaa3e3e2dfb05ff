using System.Collections.Concurrent;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Engine;

public sealed class BuildProgressTests
{
    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentBag<BuildProgress> Reports { get; } = [];

        public void Report(BuildProgress value) => Reports.Add(value);
    }

    [Fact]
    public void Build_WithProgress_ReportsEveryBriefingParsedAndEveryPageRendered()
    {
        var recorder = new Recorder();
        var input = SiteEdits.RealSite();

        var result = SiteBuilder.Build(input, new BuildOptions(), progress: recorder);

        var briefings = input.Content.Count(f => f.RelativePath.StartsWith("briefings/", StringComparison.Ordinal));
        var pages = result.Site!.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
        var load = recorder.Reports.Where(r => r.Stage == BuildProgress.Load).ToList();
        var render = recorder.Reports.Where(r => r.Stage == BuildProgress.Render).ToList();
        Assert.Equal(Enumerable.Range(1, briefings), load.Select(r => r.Done).Order());
        Assert.All(load, r => Assert.Equal(briefings, r.Total));
        Assert.Equal(Enumerable.Range(1, pages), render.Select(r => r.Done).Order());
        Assert.All(render, r => Assert.Equal(pages, r.Total));
    }
}
