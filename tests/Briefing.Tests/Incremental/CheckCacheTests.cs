using Briefing.Engine;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Incremental;

/// <summary>
/// <c>check</c> reads the build cache a <c>build</c> left and never writes it: after each kind of edit it says exactly
/// what a check without the cache says, it renders only the pages the edit reaches, and a record it cannot trust is
/// not used.
/// </summary>
public sealed class CheckCacheTests : IDisposable
{
    private const string Overview = "input/briefings/overview.md";

    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("output");

    private string Cache => _folder.Combine(".briefing-cache");

    private BuildOptions Cached => new(OutputCache: Path.Combine(Cache, "output"), MarkdownCache: Path.Combine(Cache, "markdown"), SearchCache: Path.Combine(Cache, "search"));

    public static TheoryData<string, Func<SiteInput, SiteInput>> Edits => SiteSessionTests.Edits;

    [Theory]
    [MemberData(nameof(Edits))]
    public void Check_AfterABuildAndAnEdit_SaysWhatACheckWithoutTheCacheSaysAndWritesNothing(string edit, Func<SiteInput, SiteInput> change)
    {
        var original = SiteEdits.RealSite();
        Assert.True(SiteBuilder.BuildAndWrite(original, Cached, Output, []).Succeeded);
        var cacheBefore = CacheFiles();
        var edited = change(original);

        var cached = SiteBuilder.Check(edited, Cached);
        var clean = SiteBuilder.Check(edited, new BuildOptions());

        Assert.Equal(clean.Succeeded, cached.Succeeded);
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(clean.Files, cached.Files);
        Assert.True(CacheFiles().SequenceEqual(cacheBefore), $"{edit}: the check changed the build cache");
    }

    [Fact]
    public void Check_AfterABuild_RendersOnlyThePagesAnEditReachesAndParsesOnlyItsMarkdown()
    {
        var site = SiteEdits.RealSite();
        var built = SiteBuilder.BuildAndWrite(site, Cached, Output, []);
        var markdownFiles = built.MarkdownParsed;

        var unchanged = SiteBuilder.Check(site, Cached);
        var edited = SiteBuilder.Check(site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"), Cached);

        Assert.True(unchanged.Succeeded);
        Assert.Equal((0, built.PagesRendered), (unchanged.PagesRendered, unchanged.PagesReused));
        Assert.Equal((0, markdownFiles), (unchanged.MarkdownParsed, unchanged.MarkdownReused));
        Assert.True(edited.Succeeded);
        Assert.Equal((1, built.PagesRendered - 1), (edited.PagesRendered, edited.PagesReused));
        Assert.Equal((1, markdownFiles - 1), (edited.MarkdownParsed, edited.MarkdownReused));
    }

    [Fact]
    public void Check_WithoutTheOutputItsRecordDescribes_StillTakesTheRecordedLinks()
    {
        var site = SiteEdits.RealSite();
        var built = SiteBuilder.BuildAndWrite(site, Cached, Output, []);
        Directory.Delete(Output, recursive: true);

        var check = SiteBuilder.Check(site, Cached);

        Assert.True(check.Succeeded);
        Assert.Equal(built.PagesRendered, check.PagesReused);
        Assert.Equal(built.Files, check.Files);
    }

    [Fact]
    public void Check_RecordOfAnotherThemeOrDamaged_RendersEveryPage()
    {
        var site = SiteEdits.RealSite();
        var built = SiteBuilder.BuildAndWrite(site, Cached, Output, []);
        var record = Directory.GetFiles(Path.Combine(Cache, "output"), "*.bin").Single();
        var bytes = File.ReadAllBytes(record);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(record, bytes);

        var damaged = SiteBuilder.Check(site, Cached);
        var otherTheme = SiteBuilder.Check(site.Edit("theme/assets/site.css", css => css + "\n.new { color: red; }\n"), Cached);

        Assert.True(damaged.Succeeded);
        Assert.Equal((built.PagesRendered, 0), (damaged.PagesRendered, damaged.PagesReused));
        Assert.Equal(0, otherTheme.PagesReused);
    }

    [Fact]
    public void Check_TwoOutputFolders_TakesTheRecordWrittenLast()
    {
        var site = SiteEdits.RealSite();
        var edited = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");
        SiteBuilder.BuildAndWrite(site, Cached, Output, []);
        SiteBuilder.BuildAndWrite(edited, Cached, _folder.Combine("other"), []);
        var first = Path.Combine(Cache, "output", OutputRecord.FileName(Output));
        File.SetLastWriteTimeUtc(first, File.GetLastWriteTimeUtc(first).AddMinutes(-1));

        Assert.Equal(0, SiteBuilder.Check(edited, Cached).PagesRendered);
        Assert.Equal(1, SiteBuilder.Check(site, Cached).PagesRendered);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Every file of the cache folder with its bytes and last-write time.</summary>
    private List<(string Path, string Bytes, DateTime Modified)> CacheFiles() =>
        [.. Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (f, Convert.ToHexString(File.ReadAllBytes(f)), File.GetLastWriteTimeUtc(f)))];
}
