using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// The site's feed and each topic's and entity's: valid Atom, the newest 30 briefings with their full text, every
/// link absolute and every citation leading to the briefing's references; each announced on its page.
/// </summary>
public sealed class FeedTests
{
    private static readonly XNamespace A = AtomSchema.Namespace;

    private static readonly Lazy<BuildResult> Site = new(() => MiniSite.Build(Text()));

    /// <summary>
    /// 33 briefings a day apart, b00 to b32; b32 shares b31's date, b05 was updated last. Even ones are on the topic
    /// "money", every third one and b32 mention Sony, and no briefing mentions "idle".
    /// </summary>
    private static string Text()
    {
        var text = new StringBuilder(MiniSite.Basics).Append("""
            - id: wire-two
              publisher: Second Wire
              title: Another report
              date: 2026-01-03
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].
            -- input/entities/idle.yml --
            name: Idle
            kind: company
            summary: Never mentioned [@wire-2026].

            """);
        for (var i = 0; i < 33; i++)
        {
            var date = new DateOnly(2026, 1, 1).AddDays(i == 32 ? 31 : i);
            text.Append(CultureInfo.InvariantCulture, $"""
                -- input/briefings/b{i:D2}.md --
                ---
                title: Briefing {i}
                date: {date:yyyy-MM-dd}

                """);
            if (i == 5)
            {
                text.Append("updated: 2026-12-01\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"summary: Summary {i}.\n");
            text.Append(i % 2 == 0 ? "topics: [money]\n" : "topics: [other]\n");
            if (i % 3 == 0)
            {
                text.Append("entities: [sony]\n");
            }

            text.Append("---\n");
            text.Append(i == 32
                ? "See [[sony]], [the background](#background), [the timeline](/timeline/) and [the wire](https://wire.test/report) [@wire-2026; @wire-two].\n\n## Background\n\nMore [@wire-two].\n"
                : "Text [@wire-2026].\n");
        }

        return text.ToString();
    }

    private static string File(string path) => Site.Value.Page(path);

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(File(path));

    private static List<string> EntryIds(XDocument feed) => feed.Root!.Elements(A + "entry").Select(e => e.Element(A + "id")!.Value).ToList();

    private static string Briefing(int i) => $"https://example.test/briefings/b{i:D2}/";

    [Fact]
    public void SiteFeed_HoldsTheNewest30_ByUpdateThenDateThenSlug()
    {
        var feed = AtomSchema.Check(File("feed.xml"), "https://example.test/feed.xml");

        int[] expected = [5, 31, 32, .. Enumerable.Range(6, 25).Reverse(), 4, 3];
        Assert.Equal(expected.Select(Briefing), EntryIds(feed));
        Assert.Equal("Test Desk", feed.Root!.Element(A + "title")!.Value);
        Assert.Equal("https://example.test/", feed.Root.Element(A + "id")!.Value);
        Assert.Equal("2026-12-01T00:00:00Z", feed.Root.Element(A + "updated")!.Value);
        Assert.All(feed.Root.Elements(A + "entry"), e => Assert.NotNull(e.Element(A + "content")));
    }

    [Fact]
    public void Entry_CarriesTheBodyWithAbsoluteLinksAndItsReferences()
    {
        var feed = AtomSchema.Check(File("feed.xml"), "https://example.test/feed.xml");
        var entry = feed.Root!.Elements(A + "entry").Single(e => e.Element(A + "id")!.Value == Briefing(32));
        var html = new HtmlParser().ParseDocument("<body>" + entry.Element(A + "content")!.Value);

        Assert.Equal(
            ["https://example.test/entities/sony/", "https://example.test/briefings/b32/#background", "https://example.test/timeline/", "https://wire.test/report"],
            html.QuerySelectorAll("p:first-of-type > a:not(.cite)").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            ["https://example.test/briefings/b32/#ref-1", "https://example.test/briefings/b32/#ref-2", "https://example.test/briefings/b32/#ref-2"],
            html.QuerySelectorAll("a.cite").Select(a => a.GetAttribute("href")));
        Assert.Equal(["1", "2", "2"], html.QuerySelectorAll("a.cite").Select(a => a.TextContent));
        Assert.Empty(html.QuerySelectorAll(".cite-tip, [id^='c1-'], [id^='c2-']"));

        Assert.Equal("References", html.QuerySelector("h2:last-of-type")!.TextContent);
        var references = html.QuerySelectorAll("ol > li").ToList();
        Assert.Equal(2, references.Count);
        Assert.Equal(["https://example.test/sources/wire-2026/", "https://wire.test/report"], references[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Wire, “A wire report” (2 January 2026) · Original", references[0].TextContent);
        Assert.Equal(["https://example.test/sources/wire-two/"], references[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void TopicFeed_HoldsTheTopicsBriefings_TitledByTopicAndSite()
    {
        var feed = AtomSchema.Check(File("topics/money/feed.xml"), "https://example.test/topics/money/feed.xml");

        int[] expected = [32, .. Enumerable.Range(0, 16).Select(k => 30 - (2 * k))];
        Assert.Equal(expected.Select(Briefing), EntryIds(feed));
        Assert.Equal("Money — Test Desk", feed.Root!.Element(A + "title")!.Value);
        Assert.Equal("https://example.test/topics/money/", feed.Root.Element(A + "id")!.Value);
        Assert.Equal("https://example.test/topics/money/", feed.Root.Elements(A + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
    }

    [Fact]
    public void EntityFeed_HoldsTheBriefingsThatMentionIt()
    {
        var feed = AtomSchema.Check(File("entities/sony/feed.xml"), "https://example.test/entities/sony/feed.xml");

        // b32 names Sony in its text, the rest in their front matter.
        int[] expected = [32, .. Enumerable.Range(0, 11).Select(k => 30 - (3 * k))];
        Assert.Equal(expected.Select(Briefing), EntryIds(feed));
        Assert.Equal("Sony — Test Desk", feed.Root!.Element(A + "title")!.Value);
    }

    [Fact]
    public void EntityNoBriefingMentions_HasNoFeedAndAnnouncesOnlyTheSites()
    {
        Assert.False(Site.Value.Site!.Files.ContainsKey("entities/idle/feed.xml"));
        var page = Page("entities/idle/index.html");

        Assert.Equal(["/feed.xml"], page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll("main a[type='application/atom+xml']"));
    }

    [Theory]
    [InlineData("topics/money/index.html", "/topics/money/feed.xml", "Money — Test Desk", "Follow Money in a feed reader (Atom)")]
    [InlineData("entities/sony/index.html", "/entities/sony/feed.xml", "Sony — Test Desk", "Follow Sony in a feed reader (Atom)")]
    public void TopicAndEntityPages_AnnounceAndLinkTheirFeed(string path, string feed, string title, string words)
    {
        var page = Page(path);

        var links = page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").ToList();
        Assert.Equal([feed, "/feed.xml"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal([title, "Test Desk"], links.Select(l => l.GetAttribute("title")));
        var visible = page.QuerySelector("main a[type='application/atom+xml']")!;
        Assert.Equal(feed, visible.GetAttribute("href"));
        Assert.Equal(words, visible.TextContent);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("briefings/index.html")]
    public void HomeAndBriefings_AnnounceTheSitesFeed(string path)
    {
        var links = Page(path).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").ToList();

        Assert.Equal(["/feed.xml"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal(["Test Desk"], links.Select(l => l.GetAttribute("title")));
    }

    [Theory]
    [InlineData("real")]
    [InlineData("fixture")]
    public void EveryFeed_IsValidAtom(string which)
    {
        var site = which == "real" ? BuiltSites.Real : BuiltSites.Fixture;
        var feeds = site.Site!.Files.Keys.Where(p => p == "feed.xml" || p.EndsWith("/feed.xml", StringComparison.Ordinal)).ToList();

        Assert.Contains("feed.xml", feeds);
        Assert.Contains(feeds, p => p.StartsWith("topics/", StringComparison.Ordinal));
        Assert.Contains(feeds, p => p.StartsWith("entities/", StringComparison.Ordinal));
        var baseUrl = XDocument.Parse(site.Page("feed.xml")).Root!.Element(A + "id")!.Value.TrimEnd('/');
        foreach (var path in feeds)
        {
            AtomSchema.Check(site.Page(path), $"{baseUrl}/{path}");
        }
    }

    [Fact]
    public void AbsoluteLinks_MakeSitePathsAndFragmentsAbsoluteAndLeaveTheRest()
    {
        const string Html = """<p><img src="/assets/a.png" alt="/not-a-link"> <a href='#part'>x</a> <a class="e" href="https://other.test/a?b=1&amp;c=2">y</a> <span title="href=/no">1 &lt; 2 &gt; 0</span> <a href="//host/x">z</a> <a title="日本の報道" href="/entities/ソニー/">ソニー</a></p>""";

        Assert.Equal(
            """<p><img src="https://example.test/assets/a.png" alt="/not-a-link"> <a href='https://example.test/briefings/b/#part'>x</a> <a class="e" href="https://other.test/a?b=1&amp;c=2">y</a> <span title="href=/no">1 &lt; 2 &gt; 0</span> <a href="//host/x">z</a> <a title="日本の報道" href="https://example.test/entities/ソニー/">ソニー</a></p>""",
            Absolute(Html, "https://example.test/", "/briefings/b/"));
    }

    private static string Absolute(string html, string baseUrl, string pageUrl)
    {
        var output = new ArrayBufferWriter<byte>();
        AbsoluteLinks.Rewrite(Encoding.UTF8.GetBytes(html), baseUrl, pageUrl, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void Feed_OverItsBudget_KeepsEveryEntryAndGivesTheNewestTheirText()
    {
        var bag = new DiagnosticBag();
        var resolved = SiteResolver.Resolve(SiteLoader.Load(MiniSite.Parse(Text()), bag), bag);
        const int budget = 20_000;

        var feed = new FeedContent(resolved, "https://example.test").Feed("Test Desk", "A site for tests.", "/", "/feed.xml", resolved.Briefings, budget);
        var xml = FeedWriter.Atom(feed);

        Assert.True(xml.Length <= budget, $"{xml.Length} bytes");
        Assert.Equal(30, feed.Entries.Count);
        var withText = feed.Entries.TakeWhile(e => e.Content is not null).Count();
        Assert.InRange(withText, 1, 29);
        Assert.All(feed.Entries.Skip(withText), e => Assert.Null(e.Content));
        AtomSchema.Check(Encoding.UTF8.GetString(xml), "https://example.test/feed.xml");
    }
}
