using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Tests.Rendering;

public sealed class RenderedLinkCheckerTests
{
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        ["a/index.html"] = "theme/layouts/a.html",
    };

    [Fact]
    public void Check_LinksToExistingPagesFilesAndIds_ReportsNothing()
    {
        var lines = Check("""
            <main id="here"><a href="/b/">b</a> <a href="/b">b</a> <a href="/b/index.html">b</a>
            <a href="/b/#x">x</a> <a href="#here">here</a> <a href="/">home</a>
            <link rel="alternate" href="/feed.xml#anything"> <img src="/assets/site.css">
            <a href="https://example.test/nowhere/">out</a> <a data-href="/nowhere/">data</a> <a HREF="/nowhere/">upper</a></main>
            """);

        Assert.Empty(lines);
    }

    [Fact]
    public void Check_BrokenLinks_ReportsEachAtThePageTemplate()
    {
        var lines = Check("""
            <p id="here"><a href="/c/">c</a> <a href="/b/#y">y</a> <a href="#gone">gone</a> <img src="/assets/missing.png">
            <a href="/b/?q=1&amp;r=2">query</a> <a
            href="/d">d</a> <b id="x" title=" id=&quot;z&quot;">x</b></p>
            <pre>a="b</pre> <a href="/e/">e</a> <a href="">empty</a> <a href="https://example.test/" id="">out</a>
            """);

        Assert.Equal(
            [
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '#gone', but /a/index.html has no id 'gone'",
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '/assets/missing.png', which the site does not have",
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '/b/#y', but /b/index.html has no id 'y'; did you mean 'x'?",
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '/b/?q=1&r=2', which the site does not have",
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '/c/', which the site does not have",
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '/d', which the site does not have",
                "theme/layouts/a.html: error BRF3003: page /a/index.html links to '/e/', which the site does not have",
            ],
            lines);
    }

    [Fact]
    public void Check_PageWithoutTemplate_ReportsAtItsPath()
    {
        var bag = new DiagnosticBag();
        RenderedLinkChecker.Check(Files("<a href=\"/c/\">c</a>"), new Dictionary<string, string>(StringComparer.Ordinal), bag);

        Assert.Equal(["a/index.html: error BRF3003: page /a/index.html links to '/c/', which the site does not have"], bag.Sorted().Select(d => d.ToString()));
    }

    private static string[] Check(string page)
    {
        var bag = new DiagnosticBag();
        RenderedLinkChecker.Check(Files(page), Templates, bag);
        return bag.Sorted().Select(d => d.ToString()).ToArray();
    }

    private static Dictionary<string, byte[]> Files(string page) => new(StringComparer.Ordinal)
    {
        ["a/index.html"] = Encoding.UTF8.GetBytes(page),
        ["b/index.html"] = Encoding.UTF8.GetBytes("<h2 id=\"x\">X</h2>"),
        ["index.html"] = Encoding.UTF8.GetBytes("<p>home</p>"),
        ["feed.xml"] = Encoding.UTF8.GetBytes("<feed/>"),
        ["assets/site.css"] = Encoding.UTF8.GetBytes("body{}"),
    };
}
