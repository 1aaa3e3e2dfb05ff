using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;

namespace Briefing.Tests.Output;

/// <summary>Files are written in parallel into the staging folder; the swap stays all or nothing.</summary>
public sealed class ParallelWriteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-write-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_ManyNestedFiles_WritesEachWithItsBytes()
    {
        var site = Site(500, "new");
        var output = Path.Combine(_folder, "output");

        var written = new SiteWriter().Write(site, output, [], new DiagnosticBag());

        Assert.True(written);
        foreach (var (path, content) in site.Files)
        {
            Assert.Equal(content, File.ReadAllBytes(Path.Combine(output, path)));
        }

        Assert.Equal(site.Files.Count + 1, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(output, SiteWriter.MarkerFile)));
    }

    [Fact]
    public void Write_OneFileFails_KeepsThePreviousOutputAndLeavesNoStaging()
    {
        var output = Path.Combine(_folder, "output");
        new SiteWriter().Write(Site(50, "old"), output, [], new DiagnosticBag());
        var bag = new DiagnosticBag();
        var failing = new SiteWriter(path =>
        {
            if (path == "briefings/b-0042/index.html")
            {
                throw new IOException("disk full");
            }
        });

        var written = failing.Write(Site(300, "new"), output, [], bag);

        Assert.False(written);
        Assert.Equal(
            [$"{output.Replace('\\', '/')}: error BRF4001: could not write the site (disk full); the previous output is unchanged"],
            bag.Sorted().Select(d => d.ToString()));
        Assert.Equal("old 7", File.ReadAllText(Path.Combine(output, "briefings", "b-0007", "index.html")));
        Assert.Equal(50, Directory.GetDirectories(Path.Combine(output, "briefings")).Length);
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static RenderedSite Site(int pages, string text)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["index.html"] = Encoding.UTF8.GetBytes(text),
            ["assets/site.css"] = Encoding.UTF8.GetBytes("body{}"),
        };
        for (var i = 0; i < pages; i++)
        {
            files[$"briefings/b-{i:D4}/index.html"] = Encoding.UTF8.GetBytes($"{text} {i}");
        }

        return new RenderedSite(files);
    }
}
