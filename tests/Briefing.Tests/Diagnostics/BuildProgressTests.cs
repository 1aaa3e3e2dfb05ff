using System.Collections.Concurrent;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Diagnostics;

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
        var load = recorder.Reports.Where(r => r.Stage == BuildStage.Load).ToList();
        var render = recorder.Reports.Where(r => r.Stage == BuildStage.Render).ToList();
        Assert.Equal(Enumerable.Range(1, briefings), load.Select(r => r.Done).Order());
        Assert.All(load, r => Assert.Equal(briefings, r.Total));
        Assert.Equal(Enumerable.Range(1, pages), render.Select(r => r.Done).Order());
        Assert.All(render, r => Assert.Equal(pages, r.Total));
    }

    [Fact]
    public void BuildAndWrite_WithProgress_ReportsEveryPageAsItIsRenderedAndWritten()
    {
        var recorder = new Recorder();
        var output = Path.Combine(Directory.CreateTempSubdirectory("briefing-progress-").FullName, "output");
        try
        {
            var result = SiteBuilder.BuildAndWrite(SiteEdits.RealSite(), new BuildOptions(), output, [RepoPaths.Input, RepoPaths.Theme], progress: recorder);

            var files = result.Files!.Count;
            var pages = result.Files.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
            var render = recorder.Reports.Where(r => r.Stage == BuildStage.Render).ToList();
            Assert.Equal(Enumerable.Range(1, pages), render.Select(r => r.Done).Order());
            Assert.All(render, r => Assert.Equal(pages, r.Total));
            // Each page is written as it renders: no stage of writing follows.
            Assert.DoesNotContain(recorder.Reports, r => r.Stage == BuildStage.Write);
            // The writer adds its marker file beside the site's own files.
            Assert.Equal(files + 1, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }
}
