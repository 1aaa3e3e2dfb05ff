using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>What the one reader of input folders takes in, skips and refuses.</summary>
public sealed class InputReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadFolder_HiddenFilesAndFolders_AreSkipped()
    {
        _folder.Write("site/site.yml", "title: T");
        _folder.Write("site/.DS_Store", "junk");
        _folder.Write("site/.git/config", "[core]");
        _folder.Write("site/briefings/empty.md", string.Empty);
        var diagnostics = new DiagnosticBag();

        var files = InputReader.ReadFolder(_folder.Combine("site"), _folder.Path, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["briefings/empty.md", "site.yml"], files.Select(f => f.RelativePath));
        Assert.Equal("site/briefings/empty.md", files[0].DisplayPath);
        Assert.Empty(files[0].Content);
    }

    [Theory]
    [InlineData("", "site/briefings/a.md", "site/media/deep/b.md", "site/site.yml")]
    [InlineData("site", "briefings/a.md", "media/deep/b.md", "site.yml")]
    [InlineData("site/briefings", "a.md", "../media/deep/b.md", "../site.yml")]
    [InlineData("site/media/deep", "../../briefings/a.md", "b.md", "../../site.yml")]
    [InlineData("other", "../site/briefings/a.md", "../site/media/deep/b.md", "../site/site.yml")]
    public void ReadFolder_EachFile_IsPrintedRelativeToTheRoot_AndNamedRelativeToTheFolder(string root, string briefing, string deep, string site)
    {
        _folder.Write("site/site.yml", "title: T");
        _folder.Write("site/briefings/a.md", "a");
        _folder.Write("site/media/deep/b.md", "b");
        _folder.Write("other/x", "x");
        var diagnostics = new DiagnosticBag();

        var files = InputReader.ReadFolder(_folder.Combine("site"), _folder.Combine(root), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["briefings/a.md", "media/deep/b.md", "site.yml"], files.Select(f => f.RelativePath));
        Assert.Equal([briefing, deep, site], files.Select(f => f.DisplayPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ReadFolder_NoFolderGiven_IsReported(string folder)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Empty(InputReader.ReadFolder(folder, _folder.Path, diagnostics));

        Assert.Equal("error BRF1014: no input or theme folder was given", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void ReadFolder_MissingFolder_IsReported()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Empty(InputReader.ReadFolder(_folder.Combine("nowhere"), _folder.Path, diagnostics));

        Assert.Equal("nowhere: error BRF1014: folder 'nowhere' does not exist", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void ReadFolder_FileOverTheCap_IsRefusedUnread()
    {
        _folder.Write("site/big.md", new byte[InputReader.MaxFileBytes + 1]);
        var diagnostics = new DiagnosticBag();

        Assert.Empty(InputReader.ReadFolder(_folder.Combine("site"), _folder.Path, diagnostics));

        Assert.Equal("site/big.md: error BRF1013: 'site/big.md' is 2097153 bytes; files are limited to 2097152 bytes", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void ReadFolder_LinkLoop_IsReportedOnceAndNotFollowed()
    {
        _folder.Write("site/site.yml", "title: T");
        Directory.CreateSymbolicLink(_folder.Combine("site", "loop"), _folder.Combine("site"));
        var diagnostics = new DiagnosticBag();

        var files = InputReader.ReadFolder(_folder.Combine("site"), _folder.Path, diagnostics);

        Assert.Equal("site/loop: error BRF1015: 'site/loop' is a symbolic link; replace it with the file it points to", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal("site.yml", Assert.Single(files).RelativePath);
    }

    [Fact]
    public void Read_ABriefingRemovedAfterItsFolderWasListed_IsReportedWhenLoaded()
    {
        _folder.Write("site/briefings/gone.md", "---\ntitle: Gone\n---\nText.\n");
        _folder.Write("theme/layouts/page.html", "<p></p>");
        var diagnostics = new DiagnosticBag();
        var input = InputReader.Read(_folder.Combine("site"), _folder.Combine("theme"), _folder.Path, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        File.Delete(_folder.Combine("site", "briefings", "gone.md"));
        SiteLoader.Load(input, diagnostics);

        Assert.Contains(
            "site/briefings/gone.md: error BRF1017: 'site/briefings/gone.md' cannot be read: it vanished while being read, or its name is not valid UTF-8",
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(InputReader.MaxFileBytes + 1)]
    [InlineData(3 * 1024 * 1024)]
    [InlineData(9 * 1024 * 1024)]
    public void Read_ABriefingGrownPastTheCapAfterItsFolderWasListed_IsReportedWithItsSizeWhenLoaded(int length)
    {
        _folder.Write("site/briefings/grown.md", "---\ntitle: Grown\n---\nText.\n");
        _folder.Write("theme/layouts/page.html", "<p></p>");
        var diagnostics = new DiagnosticBag();
        var input = InputReader.Read(_folder.Combine("site"), _folder.Combine("theme"), _folder.Path, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        _folder.Write("site/briefings/grown.md", new byte[length]);
        SiteLoader.Load(input, diagnostics);

        Assert.Contains(
            $"site/briefings/grown.md: error BRF1013: 'site/briefings/grown.md' is {length} bytes; files are limited to 2097152 bytes",
            diagnostics.Sorted().Select(d => d.ToString()));
    }
}
