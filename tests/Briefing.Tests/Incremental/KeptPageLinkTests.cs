using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Rendering;

namespace Briefing.Tests.Incremental;

/// <summary>
/// A build with the cache leaves most pages as the previous output has them, and does not check their links again
/// unless something it changed could have broken one: then every page's links are checked, as a clean build does.
/// </summary>
public sealed class KeptPageLinkTests
{
    private const string Linking = "a/index.html";

    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal) { [Linking] = "theme/layouts/a.html" };

    private readonly LinkTable _table = new();

    // The previous output: a links to b's heading and to c; b has the heading; c has none.
    private readonly Dictionary<string, PageLinks> _previous;

    public KeptPageLinkTests()
    {
        _previous = new(StringComparer.Ordinal)
        {
            [Linking] = Scan("<a href=\"/b/#x\">x</a> <a href=\"/c/\">c</a>"),
            ["b/index.html"] = Scan("<h2 id=\"x\">X</h2>"),
            ["c/index.html"] = Scan("<p>c</p>"),
        };
    }

    [Fact]
    public void Check_NothingRemovedAndNoIdLost_LeavesTheKeptPagesUnchecked()
    {
        var pages = Current(b: Scan("<h2 id=\"x\">X</h2> <h2 id=\"y\">Y</h2>"));

        var (skipped, problems) = Check(pages, Files(pages));

        Assert.Equal([Linking, "c/index.html"], skipped.Order(StringComparer.Ordinal));
        Assert.Empty(problems);
    }

    [Fact]
    public void Check_ARenderedPageLostAnIdAKeptPageLinksTo_ChecksEveryPageAndReportsIt()
    {
        var pages = Current(b: Scan("<h2 id=\"z\">Z</h2>"));

        var (skipped, problems) = Check(pages, Files(pages));

        Assert.Empty(skipped);
        Assert.Equal(["theme/layouts/a.html: error BRF3003: page /a/index.html links to '/b/#x', but /b/index.html has no id 'x'; did you mean 'z'?"], problems);
    }

    [Fact]
    public void Check_AFileOfThePreviousOutputNoLongerPlanned_ChecksEveryPageAndReportsIt()
    {
        var pages = Current(b: Scan("<h2 id=\"x\">X</h2>"));
        pages.Remove("c/index.html");

        var (skipped, problems) = Check(pages, Files(pages));

        Assert.Empty(skipped);
        Assert.Equal(["theme/layouts/a.html: error BRF3003: page /a/index.html links to '/c/', which the site does not have"], problems);
    }

    [Fact]
    public void Check_WithoutARecord_ChecksEveryPage()
    {
        var pages = Current(b: Scan("<h2 id=\"x\">X</h2>"));

        var skipped = new OutputMemo(null).CheckedBefore(Files(pages), pages);

        Assert.Empty(skipped);
    }

    /// <summary>This build's pages: a and c left as they were, with the links the record gave them; b rendered again.</summary>
    private Dictionary<string, PageLinks> Current(PageLinks b) => new(_previous, StringComparer.Ordinal) { ["b/index.html"] = b };

    private static HashSet<string> Files(Dictionary<string, PageLinks> pages) => [.. pages.Keys];

    private (IReadOnlySet<string> Skipped, string[] Problems) Check(Dictionary<string, PageLinks> pages, HashSet<string> files)
    {
        var record = new OutputRecord("key", _previous.ToDictionary(p => p.Key, p => new RecordedFile(0, 0, 0, 0, p.Value), StringComparer.Ordinal));
        var skipped = new OutputMemo(record).CheckedBefore(files, pages);
        var bag = new DiagnosticBag();
        RenderedLinkChecker.Check(files, pages, Templates, bag, checkedBefore: skipped);
        return (skipped, bag.Sorted().Select(d => d.ToString()).ToArray());
    }

    private PageLinks Scan(string html) => RenderedLinkChecker.Scan(_table, Encoding.UTF8.GetBytes(html));
}
