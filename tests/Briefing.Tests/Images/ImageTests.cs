using System.Diagnostics;
using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Images;

/// <summary>Images a writer adds: how they are published, what of them is refused, and that an unchanged image is never encoded twice.</summary>
public sealed partial class ImageTests
{
    private const string Site = MiniSite.Basics + """
        -- input/media/plant.jpg --
        jpeg 1200x800 gps
        -- input/media/plant.jpg.yml --
        credit: Test Photographer
        license: CC BY 4.0
        source: wire-2026
        -- input/media/chart.png --
        png 300x200
        -- input/media/chart.png.yml --
        credit: Test desk
        license: CC0
        decorative: true
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        ![A welder at the plant](/media/plant.jpg "The plant as reported [@wire-2026].")

        Text [@wire-2026] with ![](/media/chart.png) inside it.

        """;

    [Fact]
    public void Build_LoneImage_BecomesAFigureWithItsCaptionCitationAndCredit()
    {
        var page = MiniSite.Build(Site).Page("briefings/a/index.html");

        var figure = FigureIn().Match(page);
        Assert.True(figure.Success, page);
        var html = figure.Value;
        Assert.Matches("""^<figure class="media"><picture><source type="image/webp" srcset="/media/plant\.([0-9a-f]{12})\.480\.webp 480w, /media/plant\.\1\.960\.webp 960w, /media/plant\.\1\.1200\.webp 1200w" sizes="\(min-width: 42rem\) 40rem, 100vw"><img src="/media/plant\.\1\.960\.jpg" srcset="/media/plant\.\1\.480\.jpg 480w, /media/plant\.\1\.960\.jpg 960w, /media/plant\.\1\.1200\.jpg 1200w" sizes="\(min-width: 42rem\) 40rem, 100vw" width="1200" height="800" alt="A welder at the plant" decoding="async"></picture><figcaption>The plant as reported <span class="cites">""", html);
        Assert.EndsWith("""<small class="credit">Image: Test Photographer · CC BY 4.0</small></figcaption></figure>""", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#ref-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ImagesOfAPage_OnlyTheFirstLoadsAtOnce_AndADecorativeOneHasEmptyAlt()
    {
        var page = MiniSite.Build(Site).Page("briefings/a/index.html");

        Assert.Equal(2, Regex.Count(page, "decoding=\"async\""));
        Assert.Equal(1, Regex.Count(page, "loading=\"lazy\""));
        Assert.Contains("""width="300" height="200" alt="" loading="lazy" decoding="async"></picture><small class="credit">Image: Test desk · CC0</small> inside it.""", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_JpegWithGpsPosition_NoPublishedFileKeepsIt()
    {
        var input = MiniSite.Parse(Site);
        Assert.True(TestImages.HasGps(input.Find("media/plant.jpg")!.Content), "the test photograph should carry a GPS position");

        var files = MiniSite.Build(Site).Site!.Files.Where(f => f.Key.StartsWith("media/plant.", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, files.Count);
        Assert.All(files, f => Assert.False(TestImages.HasGps(f.Value), f.Key));
        Assert.All(files, f => Assert.DoesNotContain("TestCam", System.Text.Encoding.Latin1.GetString(f.Value), StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NarrowImage_IsNeverEnlarged()
    {
        var files = MiniSite.Build(Site).Site!.Files.Keys.Where(k => k.StartsWith("media/chart.", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Matches(@"^media/chart\.[0-9a-f]{12}\.300\.(webp|png)$", f));
    }

    [Fact]
    public void Build_JpegTurnedByItsCamera_IsPublishedUpright()
    {
        var site = Site.Replace("jpeg 1200x800 gps", "jpeg 640x480 rotated", StringComparison.Ordinal);

        var result = MiniSite.Build(site);

        Assert.Contains("width=\"480\" height=\"640\"", result.Page("briefings/a/index.html"), StringComparison.Ordinal);
        var largest = result.Site!.Files.Single(f => Regex.IsMatch(f.Key, @"^media/plant\.[0-9a-f]{12}\.480\.jpg$")).Value;
        using var image = NetVips.Image.NewFromBuffer(largest);
        Assert.Equal((480, 640), (image.Width, image.Height));
    }

    [Fact]
    public void Build_Svg_IsPublishedAsWrittenWithTheSizeOfItsViewBox()
    {
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="400" height="300" fill="#ccc"/></svg>""";
        var site = Site + "-- input/media/map.svg --\n" + svg + "\n-- input/media/map.svg.yml --\ncredit: Test desk\nlicense: CC0\nalt: A grey map\n-- input/pages/about.md --\n---\ntitle: About\nsummary: S\n---\n![](/media/map.svg)\n";

        var result = MiniSite.Build(site);

        var file = Assert.Single(result.Site!.Files, f => f.Key.StartsWith("media/map.", StringComparison.Ordinal));
        Assert.Matches(@"^media/map\.[0-9a-f]{12}\.svg$", file.Key);
        Assert.Equal(svg + "\n", System.Text.Encoding.UTF8.GetString(file.Value));
        Assert.Contains($"<figure class=\"media\"><img src=\"/{file.Key}\" width=\"400\" height=\"300\" alt=\"A grey map\" decoding=\"async\"><figcaption>", result.Page("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownSourceInACaption_IsReportedAtItsColumn()
    {
        var site = Site.Replace("as reported [@wire-2026]", "as reported [@wire-2025]", StringComparison.Ordinal);
        var line = "![A welder at the plant](/media/plant.jpg \"The plant as reported [@wire-2025].\")";

        var diagnostics = MiniSite.Diagnostics(site);

        Assert.Contains($"input/briefings/a.md(6,{line.IndexOf("@wire-2025", StringComparison.Ordinal) + 1}): error BRF2002: unknown source 'wire-2025'; did you mean 'wire-2026'?", diagnostics);
    }

    [Fact]
    public void Build_FigureWithoutCaption_NeedsNoCitation()
    {
        var site = Site.Replace(" \"The plant as reported [@wire-2026].\"", string.Empty, StringComparison.Ordinal);

        Assert.Empty(MiniSite.Diagnostics(site));
    }

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "plant.png", "png bomb 50000x50000", "input/media/plant.png: error BRF1023: 'input/media/plant.png' says it is 50000 × 50000 pixels" },
        { "plant.jpg", "jpeg 640x480 cut", "input/media/plant.jpg: error BRF1022: 'input/media/plant.jpg' is cut short" },
        { "plant.jpg", "png 640x480", "input/media/plant.jpg: error BRF1022: 'plant.jpg' is named as JPEG but its content is PNG data" },
        { "plant.jpg", "empty", "input/media/plant.jpg: error BRF1022: 'plant.jpg' is empty (0 bytes)" },
        { "plant.gif", "gif 1x1 frames=10000", "input/media/plant.gif: error BRF1023: 'input/media/plant.gif' has 10000 frames" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Build_HostileImage_FailsFastAtTheFileAndKeepsThePreviousOutput(string name, string spec, string expected)
    {
        var site = Site.Replace("plant.jpg", name, StringComparison.Ordinal).Replace("jpeg 1200x800 gps", spec, StringComparison.Ordinal);
        using var disk = DiskSite.Write(site);
        var before = disk.OutputHash();
        var clock = Stopwatch.StartNew();

        var run = disk.Build();

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, Relative(run.Stderr, disk), StringComparison.Ordinal);
        Assert.Equal(before, disk.OutputHash());
    }

    [Fact]
    public void Build_SecondBuildWithTheCache_EncodesNothingAndPublishesTheSameFiles()
    {
        using var cache = new TempFolder();
        var options = new BuildOptions(ImageCache: cache.Path);
        var input = MiniSite.Parse(Site);

        var first = SiteBuilder.Build(input, options);
        var second = SiteBuilder.Build(input, options);

        Assert.Equal((2, 0), (first.ImagesEncoded, first.ImagesReused));
        Assert.Equal((0, 2), (second.ImagesEncoded, second.ImagesReused));
        Assert.Equal(first.Site!.Files.Keys, second.Site!.Files.Keys);
        Assert.All(first.Site.Files, f => Assert.Equal(f.Value, second.Site.Files[f.Key]));
    }

    [Fact]
    public void Build_SameImageUnderTwoNames_BothComeFromTheCacheNextTime()
    {
        using var cache = new TempFolder();
        var options = new BuildOptions(ImageCache: cache.Path);
        var input = MiniSite.Parse(Site + "-- input/media/copy.jpg --\njpeg 1200x800 gps\n-- input/media/copy.jpg.yml --\ncredit: Test Photographer\nlicense: CC BY 4.0\n-- input/pages/about.md --\n---\ntitle: About\nsummary: S\n---\n![The same welder](/media/copy.jpg)\n");

        var first = SiteBuilder.Build(input, options);
        var second = SiteBuilder.Build(input, options);

        // The copy is encoded again or found in the cache, depending on whether its twin finished first: images encode in parallel.
        Assert.Equal(3, first.ImagesEncoded + first.ImagesReused);
        Assert.InRange(first.ImagesEncoded, 2, 3);
        Assert.Equal((0, 3), (second.ImagesEncoded, second.ImagesReused));
        Assert.All(first.Site!.Files, f => Assert.Equal(f.Value, second.Site!.Files[f.Key]));
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("changed")]
    public void Build_CorruptCacheEntry_IsEncodedAgainNeverPublished(string damage)
    {
        using var cache = new TempFolder();
        var options = new BuildOptions(ImageCache: cache.Path);
        var input = MiniSite.Parse(Site);
        var first = SiteBuilder.Build(input, options);
        foreach (var entry in Directory.GetFiles(cache.Path))
        {
            var bytes = File.ReadAllBytes(entry);
            if (damage == "changed")
            {
                bytes[bytes.Length / 2] ^= 0xFF;
                File.WriteAllBytes(entry, bytes);
            }
            else
            {
                File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
            }
        }

        var again = SiteBuilder.Build(input, options);

        Assert.Equal((2, 0), (again.ImagesEncoded, again.ImagesReused));
        Assert.All(first.Site!.Files, f => Assert.Equal(f.Value, again.Site!.Files[f.Key]));
        var third = SiteBuilder.Build(input, options);
        Assert.Equal((0, 2), (third.ImagesEncoded, third.ImagesReused));
    }

    [Fact]
    public void BuildCommand_RebuildAndNoCache_SayHowManyImagesWereEncoded()
    {
        using var disk = DiskSite.Write(Site);

        Assert.Contains("Images: 2 encoded, 0 from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.Contains("Images: 0 encoded, 2 from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.Contains("Images: 2 encoded, 0 from the cache.", disk.Build(extra: "--no-cache").Stdout, StringComparison.Ordinal);
        Assert.True(Directory.Exists(disk.Path(".briefing-cache", "media")));
    }

    [Fact]
    public void Session_OneImageChanged_EncodesOnlyThatImage()
    {
        var session = new SiteSession(new BuildOptions());
        var input = MiniSite.Parse(Site);
        session.Build(input);
        Assert.Equal(2, session.LastStatistics!.ImagesEncoded);

        var changed = input.WithFile("input/media/chart.png", TestImages.FromSpec("png 320x200"));
        var result = session.Build(changed);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal((1, 1), (session.LastStatistics!.ImagesEncoded, session.LastStatistics.ImagesReused));
        Assert.Contains(result.Site!.Files.Keys, k => k.EndsWith(".320.png", StringComparison.Ordinal));
    }

    /// <summary>The command prints paths relative to the working directory; the test's folder is elsewhere.</summary>
    private static string Relative(string text, DiskSite disk)
    {
        var root = Path.GetRelativePath(Directory.GetCurrentDirectory(), disk.Root).Replace('\\', '/') + "/";
        return text.Replace(root, string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex("<figure class=\"media\">.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureIn();
}
