using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>The fixture site exercises every input field; these tests assert what a reader of its pages would notice.</summary>
public sealed class FixtureSiteTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Build_Fixture_SucceedsStrictlyWithoutDiagnostics()
    {
        Assert.True(BuiltSites.Fixture.Succeeded);
        Assert.Empty(BuiltSites.Fixture.Diagnostics);
    }

    [Fact]
    public void Build_Fixture_RendersEveryPageType()
    {
        string[] expected =
        [
            "index.html", "404.html", "briefings/index.html", "briefings/overview/index.html", "briefings/money/index.html",
            "entities/index.html", "entities/acme-robotics/index.html", "sources/index.html", "sources/tokyo-daily/index.html",
            "timeline/index.html", "claims/index.html", "feed.xml", "sitemap.xml", "robots.txt",
        ];

        Assert.All(expected, path => Assert.True(BuiltSites.Fixture.Site!.Files.ContainsKey(path), $"missing {path}"));
    }

    [Fact]
    public void Build_DraftBriefing_IsLeftOutUnlessDraftsAreAsked()
    {
        Assert.False(BuiltSites.Fixture.Site!.Files.ContainsKey("briefings/draft-notes/index.html"));
        Assert.DoesNotContain("draft-notes", BuiltSites.Fixture.Page("feed.xml"), StringComparison.Ordinal);

        var withDrafts = BuiltSites.BuildFolder(RepoPaths.Fixture, strict: true, new BuildOptions(Drafts: true));

        Assert.Contains("Unfinished", withDrafts.Page("briefings/draft-notes/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_ThreeSources_NumbersMarksInOrderOfFirstUseAndListsThem()
    {
        var document = Parser.ParseDocument(BuiltSites.Fixture.Page("briefings/overview/index.html"));

        var marks = document.QuerySelectorAll(".prose a.cite").Select(a => a.GetAttribute("href")).ToList();
        var references = document.QuerySelectorAll("#references + ol > li").Select(li => (li.Id, li.QuerySelector(":scope > a")!.TextContent)).ToList();

        Assert.Equal(["#ref-1", "#ref-1", "#ref-2", "#ref-1", "#ref-1", "#ref-3", "#ref-4", "#ref-1"], marks);
        Assert.Equal([("ref-1", "Example Wire"), ("ref-2", "Tokyo Daily"), ("ref-3", "Aggregator Weekly"), ("ref-4", "Ministry of Examples")], references);
    }

    [Fact]
    public void Briefing_SourceCitedFiveTimes_ItsReferenceLinksBackToEachMarkInOrder()
    {
        var document = Parser.ParseDocument(BuiltSites.Fixture.Page("briefings/overview/index.html"));

        var marks = document.QuerySelectorAll(".prose a.cite[href='#ref-1']").Select(a => "#" + a.Id).ToList();
        var back = document.QuerySelectorAll("#ref-1 .back a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal(["#c1-1", "#c1-2", "#c1-3", "#c1-4", "#c1-5"], marks);
        Assert.Equal([("a", "#c1-1"), ("b", "#c1-2"), ("c", "#c1-3"), ("d", "#c1-4"), ("e", "#c1-5")], back);
        Assert.Equal("Cited at a", document.QuerySelector("#ref-2 .back")!.TextContent);
        Assert.Equal("Cited at abcde", document.QuerySelector("#ref-1 .back")!.TextContent);
    }

    [Fact]
    public void Sources_ListedByTheNameEachShowsFirst()
    {
        var document = Parser.ParseDocument(BuiltSites.Fixture.Page("sources/index.html"));

        var names = document.QuerySelectorAll(".source-list > li > a").Select(a => a.TextContent).ToList();

        Assert.True(names.Count > 2);
        Assert.Equal(names.Order(StringComparer.InvariantCultureIgnoreCase), names);
    }

    [Fact]
    public void Briefing_CitationGroupAndLocator_RenderInOneMark()
    {
        var html = BuiltSites.Fixture.Page("briefings/overview/index.html");

        Assert.Contains("<span class=\"cites\">[<a class=\"cite\" id=\"c1-2\" href=\"#ref-1\">1<span class=\"cite-tip\">Example Wire, “Robots consortium formed” (1 March 2026)</span></a>; <a class=\"cite\" id=\"c2-1\" href=\"#ref-2\">2", html, StringComparison.Ordinal);
        Assert.Contains("</span></a>, p. 2]</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_EntityLinks_UseNameOrWrittenText()
    {
        var html = BuiltSites.Fixture.Page("briefings/overview/index.html");

        Assert.Contains("<a class=\"entity\" href=\"/entities/acme-robotics/\">Acme Robotics</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"entity\" href=\"/entities/beta-bank/\">a lender</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_Backlinks_ListBriefingsEventsAndRelationsBothWays()
    {
        var acme = Parser.ParseDocument(BuiltSites.Fixture.Page("entities/acme-robotics/index.html"));
        var consortium = Parser.ParseDocument(BuiltSites.Fixture.Page("entities/consortium/index.html"));

        Assert.Contains("/briefings/overview/", acme.QuerySelectorAll("#mentioned-in ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Wire reports the consortium"], acme.QuerySelectorAll(".event h3").Select(h => h.FirstChild!.TextContent.Trim()));
        var incoming = consortium.QuerySelectorAll("dl.relations > div")
            .Select(d => $"{d.QuerySelector("dt")!.TextContent} {d.QuerySelector("dd a")!.TextContent}").ToList();
        Assert.Equal(["led by Acme Robotics", "funded by Beta Bank", "hosted by Plant One"], incoming);
    }

    [Fact]
    public void Entity_Events_LinkTheOtherCompaniesButNotThePageItself()
    {
        var acme = Parser.ParseDocument(BuiltSites.Fixture.Page("entities/acme-robotics/index.html"));
        var timeline = Parser.ParseDocument(BuiltSites.Fixture.Page("timeline/index.html"));

        var onTimeline = timeline.QuerySelectorAll(".event").Single(e => e.QuerySelector("h3")!.TextContent.StartsWith("Wire reports the consortium", StringComparison.Ordinal));
        var onEntity = acme.QuerySelector(".event")!;
        var everyone = onTimeline.QuerySelectorAll(".chips a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/entities/acme-robotics/", everyone);
        Assert.Equal(everyone.Where(h => h != "/entities/acme-robotics/"), onEntity.QuerySelectorAll(".chips a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Source_CitedIn_ListsEveryCitingPageAndRelayedReports()
    {
        var aggregator = Parser.ParseDocument(BuiltSites.Fixture.Page("sources/aggregator-weekly/index.html"));

        var citedIn = aggregator.QuerySelectorAll("#cited-in ~ ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/entities/beta-bank/", "/claims/", "/briefings/overview/", "/briefings/money/", "/entities/consortium/"], citedIn);
        Assert.Equal(["/sources/tokyo-daily/"], aggregator.QuerySelectorAll("#reports-on ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Source_Relayed_SaysWhatWeHoldThroughWhomItsDateAndLanguage()
    {
        var page = Parser.ParseDocument(BuiltSites.Fixture.Page("sources/tokyo-daily/index.html"));

        var facts = page.QuerySelectorAll(".facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("Not this report itself, only what Aggregator Weekly: What the papers say says of it.", facts["What we hold"]);
        Assert.Equal("Aggregator Weekly: What the papers say, which cites this report.", facts["Known to us through"]);
        Assert.Equal("February 2026", facts["Date"]);
        Assert.Equal("Japanese", facts["Language"]);
        Assert.Equal("Relayed via Aggregator Weekly: What the papers say", page.QuerySelector(".page-head .provenance")!.TextContent);
        Assert.Equal("ja", page.QuerySelector("h1 cite")!.GetAttribute("lang"));
    }

    [Fact]
    public void Source_Untitled_ShowsALabelNotAHeadlineAndThePublishersSite()
    {
        var page = Parser.ParseDocument(BuiltSites.Fixture.Page("sources/ministry-note/index.html"));

        Assert.Equal("Ministry of Examples", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("h1 cite"));
        Assert.Equal("Untitled report: Note on the programme's start", page.QuerySelector(".untitled-label")!.TextContent);
        var site = page.QuerySelector(".facts a[href='https://ministry.example/']")!;
        Assert.Equal("ministry.example", site.TextContent);
        Assert.Equal("Original report", page.QuerySelector(".page-head .provenance")!.TextContent);
        Assert.Equal("This report itself: it is one of the reports in our file.", page.QuerySelectorAll(".facts dd")[0].TextContent);
    }

    [Fact]
    public void References_BadgeEachSourceOriginalSummaryOrRelayed()
    {
        var page = Parser.ParseDocument(BuiltSites.Fixture.Page("briefings/overview/index.html"));

        var badges = page.QuerySelectorAll("#references + ol > li .badge").Select(b => b.TextContent).ToList();
        Assert.Equal(["Original report", "Relayed", "Summary", "Original report"], badges);
        Assert.Contains("Relayed via Aggregator Weekly", page.QuerySelector("#ref-2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/sources/aggregator-weekly/", page.QuerySelectorAll("#ref-2 > a")[1].GetAttribute("href"));
        var untitled = page.QuerySelector("#ref-4 .untitled")!;
        Assert.Equal("Untitled report: Note on the programme's start", untitled.TextContent);
        Assert.Contains("in Japanese", page.QuerySelector("#ref-2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_OrdersByDateAndGroupsByYear()
    {
        var document = Parser.ParseDocument(BuiltSites.Fixture.Page("timeline/index.html"));

        var dates = document.QuerySelectorAll(".timeline-list time").Select(t => t.GetAttribute("datetime")).ToList();
        var years = document.QuerySelectorAll("h2[id^=year-]").Select(h => h.TextContent).ToList();

        Assert.Equal(["2026-02", "2026-03-01", "2026-04", "2027", "2030"], dates);
        Assert.Equal(["2026", "2027", "2030"], years);
        Assert.Contains("Q1 2027", document.QuerySelector("#main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_ShowEveryReportWithItsSourceAndStatus()
    {
        var document = Parser.ParseDocument(BuiltSites.Fixture.Page("claims/index.html"));

        var claim = document.GetElementById("budget-dollars")!;
        Assert.Contains("corrected", claim.QuerySelector(".status-line")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["$650 million", "$6.5 billion"], claim.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal("A tenfold slip.", claim.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public void Pages_Fixture_HaveUniqueTitlesDescriptionsCanonicalAndLanguage()
    {
        var pages = BuiltSites.Fixture.HtmlPages().Select(p => (p.Path, Document: Parser.ParseDocument(p.Html))).ToList();

        Assert.Equal(pages.Count, pages.Select(p => p.Document.Title).Distinct().Count());
        Assert.All(pages, p =>
        {
            Assert.Equal("en", p.Document.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(p.Document.QuerySelector("meta[name=description]")?.GetAttribute("content")), p.Path);
            Assert.StartsWith("https://fixture.example/", p.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Pages_Fixture_EveryInternalLinkAndFragmentResolves()
    {
        AssertInternalLinksResolve(BuiltSites.Fixture);
    }

    [Fact]
    public void Pages_RealSite_EveryInternalLinkAndFragmentResolves()
    {
        AssertInternalLinksResolve(BuiltSites.Real);
    }

    private static void AssertInternalLinksResolve(BuildResult result)
    {
        var files = result.Site!.Files;
        var ids = result.HtmlPages().ToDictionary(
            p => p.Path,
            p => Parser.ParseDocument(p.Html).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));
        foreach (var (path, html) in result.HtmlPages())
        {
            foreach (var href in Parser.ParseDocument(html).QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/') || h.StartsWith('#')))
            {
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash < 0 ? href : href[..hash];
                var file = target.Length == 0 ? path : target.EndsWith('/') ? target.TrimStart('/') + "index.html" : target.TrimStart('/');
                Assert.True(files.ContainsKey(file), $"{path}: '{href}' leads nowhere");
                if (hash >= 0 && file.EndsWith(".html", StringComparison.Ordinal))
                {
                    Assert.True(ids[file].Contains(href[(hash + 1)..]), $"{path}: '{href}' names a missing id");
                }
            }
        }
    }
}
