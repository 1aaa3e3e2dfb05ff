using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;

namespace Briefing.Tests.Output;

public sealed class SiteWriterTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("briefing-writer-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static RenderedSite Site(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text)));

    [Fact]
    public void Write_ExistingOutput_IsReplacedWhole()
    {
        var output = Path.Combine(_work, "output");
        var bag = new DiagnosticBag();
        new SiteWriter().Write(Site(("index.html", "old"), ("gone/index.html", "stale")), output, [], bag);

        var written = new SiteWriter().Write(Site(("index.html", "new"), ("a/b/index.html", "deep")), output, [], bag);

        Assert.True(written);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("deep", File.ReadAllText(Path.Combine(output, "a", "b", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "gone")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_FailureMidway_LeavesPreviousOutputAndNoTemporaryFolders()
    {
        var output = Path.Combine(_work, "output");
        var bag = new DiagnosticBag();
        new SiteWriter().Write(Site(("index.html", "old")), output, [], bag);
        var failing = new SiteWriter(path => throw new IOException($"disk full while writing {path}"));

        var written = failing.Write(Site(("index.html", "new"), ("x.html", "x")), output, [], bag);

        Assert.False(written);
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
        Assert.Contains(bag.Sorted(), d => d.Code == "BRF4001" && d.Message.Contains("disk full", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_PathEscapingOutput_IsRefused()
    {
        var output = Path.Combine(_work, "output");
        var bag = new DiagnosticBag();

        var written = new SiteWriter().Write(Site(("../escaped.html", "x")), output, [], bag);

        Assert.False(written);
        Assert.False(File.Exists(Path.Combine(_work, "escaped.html")));
        Assert.Contains(bag.Sorted(), d => d.Code == "BRF4001");
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/out")]
    [InlineData(".")]
    public void Write_OutputOverlappingInput_IsRefused(string relative)
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "input")).FullName;
        File.WriteAllText(Path.Combine(input, "site.yml"), "keep");
        var bag = new DiagnosticBag();

        var written = new SiteWriter().Write(Site(("index.html", "x")), Path.Combine(_work, relative), [input], bag);

        Assert.False(written);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(input, "site.yml")));
        Assert.Contains(bag.Sorted(), d => d.Code == "BRF4002");
    }
}
