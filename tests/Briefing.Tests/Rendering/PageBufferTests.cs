using System.Text;
using Briefing.Engine;
using Briefing.Engine.Loading;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// A page is made in a buffer that the renderer reuses for the next page, and that buffer grows from 64 KiB by
/// doubling. Pages whose bytes end just before, exactly at and just after each size it takes must come out the
/// same whether the site is kept in memory, written to a folder or built by a session.
/// </summary>
public sealed class PageBufferTests
{
    private const int KiB = 1024;

    /// <summary>Letters in each paragraph but the last: a paragraph may have 20,000 at most.</summary>
    private const int Paragraph = 8000;

    /// <summary>Every page size tried: each buffer size the page buffer takes, one byte less and one more.</summary>
    private static readonly int[] Sizes =
    [
        .. new[] { 64 * KiB, 128 * KiB, 256 * KiB }.SelectMany(size => new[] { size - 1, size, size + 1 }),
    ];

    public static TheoryData<string, string> Layouts => new()
    {
        { "ending in a value", "{{ model.body }}" },
        { "ending in template text", "{{ model.body }}</main>" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Build_PagesEndingAtBufferBoundaries_SameBytesInMemoryWrittenAndInASession(string ending, string briefingLayout)
    {
        var options = new BuildOptions();
        var overhead = PageLength(Site(briefingLayout, [1000]), "briefings/page-0/index.html") - 1000;
        int[] sizes = [.. Sizes, .. Sizes];
        var site = Site(briefingLayout, sizes.Select(size => size - overhead).ToArray());

        var inMemory = Files(SiteBuilder.Build(site, options));
        var session = new SiteSession(options);
        var sessionFirst = Files(session.Build(site));
        var sessionAgain = Files(session.Build(site));
        var written = Written(site, options);

        // The pages have the sizes they are meant to have, or the test shows nothing.
        Assert.Equal(sizes, Enumerable.Range(0, sizes.Length).Select(i => written[$"briefings/page-{i}/index.html"].Length));
        AssertSame(written, inMemory, $"{ending}: in memory");
        AssertSame(written, sessionFirst, $"{ending}: a session's first build");
        AssertSame(written, sessionAgain, $"{ending}: a session's rebuild");
    }

    /// <summary>A theme whose every page writes only its title, but for briefings, whose layout is given; the base layout adds nothing.</summary>
    private static SiteInput Site(string briefingLayout, int[] bodyBytes)
    {
        var text = new StringBuilder(MiniSite.Basics);
        for (var i = 0; i < bodyBytes.Length; i++)
        {
            // Newest first is the order briefings render in: each is a day older than the one before, so the sizes grow in turn.
            text.Append($"-- input/briefings/page-{i}.md --\n---\ntitle: Page {i}\ndate: {new DateOnly(2026, 6, 1).AddDays(-i):yyyy-MM-dd}\nsummary: S\n---\n");
            AppendBody(text, bodyBytes[i]);
        }

        var site = MiniSite.Parse(text.ToString());
        foreach (var layout in PagePlan.RequiredLayouts)
        {
            var body = layout switch
            {
                "layouts/base.html" => "{{ content }}",
                "layouts/briefing.html" => briefingLayout,
                _ => "{{ page.title }}",
            };
            site = site.Edit("theme/" + layout, _ => body);
        }

        return site;
    }

    /// <summary>Paragraphs of letters that render, each as <c>&lt;p&gt;…&lt;/p&gt;</c> and a line break, to exactly <paramref name="bytes"/> bytes.</summary>
    private static void AppendBody(StringBuilder text, int bytes)
    {
        const int Tags = 8;
        var full = (bytes - Tags - 1) / (Paragraph + Tags);
        for (var i = 0; i < full; i++)
        {
            text.Append('x', Paragraph).Append("\n\n");
        }

        text.Append('x', bytes - (full * (Paragraph + Tags)) - Tags).Append('\n');
    }

    private static int PageLength(SiteInput site, string path) => Files(SiteBuilder.Build(site, new BuildOptions()))[path].Length;

    private static IReadOnlyDictionary<string, byte[]> Files(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Site!.Files;
    }

    private static Dictionary<string, byte[]> Written(SiteInput site, BuildOptions options)
    {
        using var folder = new TempFolder();
        var output = folder.Combine("output");
        var result = SiteBuilder.BuildAndWrite(site, options, output, []);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files!.ToDictionary(path => path, path => File.ReadAllBytes(Path.Combine(output, path)), StringComparer.Ordinal);
    }

    private static void AssertSame(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string build)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var differing = expected.Keys.Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, $"{build}: {string.Join(", ", differing)} differ from the written build");
    }
}
