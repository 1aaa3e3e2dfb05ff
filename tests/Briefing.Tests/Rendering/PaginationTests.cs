using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// Long lists are split over pages: the first keeps the list's address, the rest are "page/2/" and on, each
/// with links to the pages either side; past a number of events the timeline has a page per year.
/// </summary>
public sealed class PaginationTests
{
    private static readonly Lazy<List<InputFile>> Theme = new(() => InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag()));

    /// <summary>Fifty briefings at the usual limits: the list of briefings takes three pages, 20, 20 and 10.</summary>
    private static readonly Lazy<Built> Usual = new(() => Build(SyntheticCorpus.Generate(50), PagingLimits.Default));

    /// <summary>Pages of 2, indexes of 3, a timeline split above 3 events and a ledger of 2 claims a page, so that every kind of list in the fifty-briefing site is split.</summary>
    private static readonly PagingLimits SmallLimits = new(2, 3, 3, 2);

    private static readonly Lazy<Built> Small = new(() => Build(WithALaterYear(SyntheticCorpus.Generate(50)), SmallLimits));

    private sealed record Built(ResolvedSite Site, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IDocument Page(string url) => new HtmlParser().ParseDocument(Encoding.UTF8.GetString(Files[SiteUrlsPath(url)]));

        private static string SiteUrlsPath(string url) => Briefing.Engine.Model.SiteUrls.OutputPath(url);
    }

    private static Built Build(IReadOnlyList<CorpusFile> corpus, PagingLimits limits)
    {
        var bag = new DiagnosticBag();
        var input = new SiteInput("input", corpus.Select(f => new InputFile(f.Path, "input/" + f.Path, Encoding.UTF8.GetBytes(f.Text))).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), Theme.Value);
        var resolved = SiteResolver.Resolve(SiteLoader.Load(input, bag), bag, limits);
        var site = SiteRenderer.Render(resolved, new RenderOptions(), bag);
        return new Built(resolved, site.Files, bag.Sorted(strict: true));
    }

    private static List<string> Links(IParentNode page, string selector) => page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? "").ToList();

    private static string? Rel(IDocument page, string rel) => page.QuerySelector($"head link[rel='{rel}']")?.GetAttribute("href");

    [Fact]
    public void Build_FiftyBriefings_ListsThemTwentyAPageOverThreePages()
    {
        var site = Usual.Value;
        var all = site.Site.Briefings.Select(b => b.Url).ToList();

        Assert.Empty(site.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(all[..20], Links(site.Page("/briefings/"), ".cards h3 a"));
        Assert.Equal(all[20..40], Links(site.Page("/briefings/page/2/"), ".cards h3 a"));
        Assert.Equal(all[40..], Links(site.Page("/briefings/page/3/"), ".cards h3 a"));
        Assert.False(site.Files.ContainsKey("briefings/page/1/index.html"));
        Assert.False(site.Files.ContainsKey("briefings/page/4/index.html"));
    }

    [Fact]
    public void Build_EachPageOfAList_LinksToThePagesEitherSideInHeadAndOnThePage()
    {
        var site = Usual.Value;
        var first = site.Page("/briefings/");
        var middle = site.Page("/briefings/page/2/");
        var last = site.Page("/briefings/page/3/");

        Assert.Equal((null, "/briefings/page/2/"), (Rel(first, "prev"), Rel(first, "next")));
        Assert.Equal(("/briefings/", "/briefings/page/3/"), (Rel(middle, "prev"), Rel(middle, "next")));
        Assert.Equal(("/briefings/page/2/", null), (Rel(last, "prev"), Rel(last, "next")));

        var nav = middle.QuerySelector("nav.pagination")!;
        Assert.Equal("Pages", nav.GetAttribute("aria-label"));
        Assert.Equal("Page 2 of 3", nav.QuerySelector(".pagination-position")!.TextContent);
        Assert.Equal(["/briefings/", "/briefings/page/3/"], Links(nav, "a"));
        Assert.Equal(["Previous page", "Next page"], nav.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal("Page 1 of 3", first.QuerySelector("nav.pagination .pagination-position")!.TextContent);
        Assert.Equal(["/briefings/page/2/"], Links(first, "nav.pagination a"));
    }

    [Fact]
    public void Build_FurtherPage_HasItsOwnTitleAndAddressAndIsInTheSitemap()
    {
        var site = Usual.Value;
        var page = site.Page("/briefings/page/2/");
        var sitemap = Encoding.UTF8.GetString(site.Files["sitemap.xml"]);

        Assert.Equal($"Briefings, page 2 — {site.Site.Config.Title}", page.Title);
        Assert.EndsWith("/briefings/page/2/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("/briefings/page/2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/briefings/page/3/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShortList_HasNoPageLinks()
    {
        var site = Usual.Value;
        var topic = site.Site.Topics.First(t => t.Briefings.Count <= 20);
        var page = site.Page(topic.Url);

        Assert.Null(page.QuerySelector("nav.pagination"));
        Assert.Null(Rel(page, "next"));
    }

    [Fact]
    public void Build_Topic_ListsItsBriefingsOverPagesUnderItsTitle()
    {
        var site = Small.Value;
        var topic = site.Site.Topics.Single(t => t.Id == "shared");
        var urls = topic.Briefings.Select(b => b.Url).ToList();
        var count = (urls.Count + 1) / 2;
        var second = site.Page(topic.Url + "page/2/");

        Assert.Equal(3, count);
        Assert.Equal(urls[..2], Links(site.Page(topic.Url), ".cards h3 a"));
        Assert.Equal(urls[2..4], Links(second, ".cards h3 a"));
        Assert.Equal(urls[((count - 1) * 2)..], Links(site.Page(topic.Url + $"page/{count}/"), ".cards h3 a"));
        Assert.Equal($"Page 2 of {count}", second.QuerySelector(".pagination-position")!.TextContent);
        Assert.Equal(topic.Title, second.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Build_Entity_KeepsItsProfileOnTheFirstPageAndListsFurtherMentionsAfter()
    {
        var site = Small.Value;
        var entity = site.Site.Entities.OrderByDescending(e => e.MentionedIn.Count).First();
        var urls = entity.MentionedIn.Select(b => b.Url).ToList();
        var first = site.Page(entity.Url);
        var second = site.Page(entity.Url + "page/2/");

        Assert.True(urls.Count > 4);
        Assert.Equal(urls[..2], Links(first, "#mentioned-in + ul a"));
        Assert.Equal(urls[2..4], Links(second, "#mentioned-in + ul a"));
        Assert.NotNull(first.QuerySelector(".entity-body"));
        Assert.Equal(entity.Url + "page/2/", Links(first, "section[aria-labelledby=mentioned-in] nav.pagination a").Single());
        Assert.Null(second.QuerySelector(".entity-body"));
        Assert.Null(second.QuerySelector("#relations"));
        Assert.Null(second.QuerySelector("#events"));
        Assert.All(second.QuerySelectorAll("script[type='application/ld+json']"), script => Assert.Contains("\"BreadcrumbList\"", script.TextContent, StringComparison.Ordinal));
        Assert.Equal($"{entity.Entity.Name}, page 2 — {site.Site.Config.Title}", second.Title);
    }

    [Fact]
    public void Build_Source_ListsWhereItIsCitedOverPages()
    {
        var site = Small.Value;
        var source = site.Site.Sources.OrderByDescending(s => s.CitedIn.Count).First();
        var urls = source.CitedIn.Select(c => c.Url).ToList();
        var second = site.Page(source.Url + "page/2/");

        Assert.True(urls.Count > 4);
        Assert.Equal(urls[..2], Links(site.Page(source.Url), "#cited-in + ul a"));
        Assert.Equal(urls[2..4], Links(second, "#cited-in + ul a"));
        Assert.Null(second.QuerySelector("dl.facts"));
        Assert.Equal(source.Url, Rel(second, "prev"));
    }

    [Fact]
    public void Build_Search_ListsTheBriefingsOverPagesWithTheFormOnTheFirst()
    {
        var site = Usual.Value;
        var all = site.Site.Briefings.Select(b => b.Url).ToList();
        var first = site.Page("/search/");
        var second = site.Page("/search/page/2/");

        Assert.Equal(all[..20], Links(first, "#browse-briefings + ul a"));
        Assert.Equal(all[20..40], Links(second, "#browse-briefings + ul a"));
        Assert.NotNull(first.QuerySelector("form.search-form"));
        Assert.NotNull(first.QuerySelector("script[src*='search']"));
        Assert.NotNull(first.QuerySelector("#browse-entities"));
        Assert.Null(second.QuerySelector("form.search-form"));
        Assert.Null(second.QuerySelector("#browse-entities"));
        Assert.Equal("/search/page/3/", Rel(second, "next"));
    }

    [Fact]
    public void Build_SearchWithMoreCompaniesThanTheirIndexPage_LeadsToTheIndexInsteadOfListingThem()
    {
        var site = Small.Value;
        var listed = Usual.Value.Page("/search/");
        var first = site.Page("/search/");

        Assert.Equal(site.Site.Entities.Count, listed.QuerySelectorAll("section[aria-labelledby=browse-entities] li a").Length);
        Assert.Equal(["/entities/"], Links(first, "section[aria-labelledby=browse-entities] a"));
        Assert.NotNull(site.Files.GetValueOrDefault("entities/page/2/index.html"));
    }

    [Fact]
    public void Build_Indexes_ListEntitiesAndSourcesOverPagesOfTheirOwnSize()
    {
        var site = Small.Value;
        var entities = Links(site.Page("/entities/"), ".entity-list a").Concat(Links(site.Page("/entities/page/2/"), ".entity-list a")).ToList();
        var sources = Links(site.Page("/sources/"), "ul a").Where(u => u.StartsWith("/sources/source-", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, Links(site.Page("/entities/"), ".entity-list a").Count);
        Assert.Equal(site.Site.Entities.Count, entities.Distinct().Count());
        Assert.Equal(6, entities.Count);
        Assert.Equal(3, sources.Count);
        Assert.Equal("/sources/page/2/", Rel(site.Page("/sources/"), "next"));
        Assert.Equal(["/entities/", "/entities/page/2/"], site.Site.Plan.Pages.Where(p => p.Kind == PageKind.Entities).Select(p => p.Url));
    }

    [Fact]
    public void Build_TimelineYearWithMoreEventsThanAPage_IsSplitAndEachEventIsOnThePageItsLinksLeadTo()
    {
        var site = Small.Value;
        var year = site.Site.Timeline.GroupBy(e => e.Event.Date.Year).First();
        var first = site.Page($"/timeline/{year.Key}/");
        var second = site.Page($"/timeline/{year.Key}/page/2/");

        Assert.Equal(year.Select(e => e.Anchor).Take(2), first.QuerySelectorAll("li.event").Select(li => li.Id));
        Assert.Equal(year.Select(e => e.Anchor).Skip(2).Take(2), second.QuerySelectorAll("li.event").Select(li => li.Id));
        Assert.Equal($"/timeline/{year.Key}/page/2/#{year.ElementAt(2).Anchor}", site.Site.Plan.EventUrl(site.Site.Urls, year.ElementAt(2).Anchor));
        Assert.Equal($"Timeline, {year.Key}, page 2 — {site.Site.Config.Title}", second.Title);
    }

    [Fact]
    public void Build_TimelineUnderTheLimit_StaysOnePage()
    {
        var site = Usual.Value;

        Assert.Equal(site.Site.Timeline.Count, site.Page("/timeline/").QuerySelectorAll("li.event").Length);
        Assert.DoesNotContain(site.Files.Keys, k => k.StartsWith("timeline/2", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TimelineOverTheLimit_HasAPagePerYearAndTheTimelineLeadsToThem()
    {
        var site = Small.Value;
        var years = site.Site.Timeline.GroupBy(e => e.Event.Date.Year).ToList();
        var main = site.Page("/timeline/");

        Assert.Empty(site.Diagnostics.Select(d => d.ToString()));
        Assert.True(years.Count > 1);
        Assert.Empty(main.QuerySelectorAll("li.event"));
        Assert.Equal(years.Select(y => $"/timeline/{y.Key}/"), Links(main, ".timeline-years a"));
        foreach (var year in years)
        {
            var page = site.Page($"/timeline/{year.Key}/");
            Assert.Equal(year.Select(e => e.Anchor).Take(2), page.QuerySelectorAll("li.event").Select(li => li.Id));
            Assert.Equal($"Timeline, {year.Key} — {site.Site.Config.Title}", page.Title);
        }
    }

    [Fact]
    public void Build_TimelineOverTheLimit_SearchAndStructuredDataLeadToTheEventsYearPage()
    {
        var site = Small.Value;
        var ev = site.Site.Timeline[^1];  // the later year's only event, on its year's first page
        var year = $"/timeline/{ev.Event.Date.Year}/";

        Assert.Equal(year + "#" + ev.Anchor, site.Site.Plan.EventUrl(site.Site.Urls, ev.Anchor));
        Assert.Contains(year + "#" + ev.Anchor, site.Page(year).QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Files, f => f.Key.StartsWith("search/documents/", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Value).Contains(year + "#" + ev.Anchor, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LinkToAnEventThatMovedToItsYear_IsReportedWithTheYearPage_AndTheYearPageLinkPasses()
    {
        var anchor = Small.Value.Site.Timeline[0].Anchor;
        var year = $"/timeline/{Small.Value.Site.Timeline[0].Event.Date.Year}/";

        var old = Build(LinkingTo($"/timeline/#{anchor}"), SmallLimits);
        var moved = Build(LinkingTo($"{year}#{anchor}"), SmallLimits);
        var whole = Build(LinkingTo($"/timeline/#{anchor}"), PagingLimits.Default);

        var error = Assert.Single(old.Diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenFragment.Id, error.Code);
        Assert.Contains($"'#{anchor}' is not an anchor on /timeline/; the timeline has a page per year, and this event is on {year}: link to '{year}#{anchor}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(moved.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(whole.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Build_LedgerOverAPage_ListsItsClaimsOverPagesAndEveryLinkLeadsToTheClaimsPage()
    {
        var site = Small.Value;
        var claims = site.Site.Claims.Select(c => c.Claim.Id).ToList();
        var first = site.Page("/claims/");
        var second = site.Page("/claims/page/2/");
        var moved = $"/claims/page/2/#{claims[2]}";

        Assert.Equal(3, claims.Count);
        Assert.Equal(claims[..2], first.QuerySelectorAll("article.claim").Select(a => a.Id));
        Assert.Equal(claims[2..], second.QuerySelectorAll("article.claim").Select(a => a.Id));
        Assert.Equal("Page 2 of 2", second.QuerySelector("nav.pagination .pagination-position")!.TextContent);
        Assert.Equal($"Claims ledger, page 2 — {site.Site.Config.Title}", second.Title);
        Assert.StartsWith("3 claims:", first.QuerySelector(".status-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector(".ledger-index"));
        Assert.Equal(moved, site.Site.Plan.ClaimUrl(site.Site.Urls, claims[2]));
        Assert.Contains(site.Files, f => f.Key.StartsWith("search/documents/", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Value).Contains(moved, StringComparison.Ordinal));

        // A page's references are those its own claims cite, numbered from 1, not the whole ledger's.
        var referenced = Links(second, "section.references li a[href^='/sources/']");
        Assert.All(Links(second, "article.claim td a[href^='/sources/']"), source => Assert.Contains(source, referenced));
        Assert.Equal("ref-1", second.QuerySelector("section.references li")!.Id);
        Assert.True(second.QuerySelectorAll("section.references li").Length < Usual.Value.Page("/claims/").QuerySelectorAll("section.references li").Length);
    }

    [Fact]
    public void Build_LedgerOverAPage_GivesEachStatusPagesOfItsOwn_AndItsIndexLeadsToThem()
    {
        var site = Build(WithClaims(SyntheticCorpus.Generate(50), 9, ["contested", "corrected", "consistent"]), SmallLimits);
        var claims = site.Site.Claims;
        var index = site.Page("/claims/");
        var contested = claims.Where(c => c.Claim.Status == "contested").Select(c => c.Claim.Id).ToList();

        Assert.Empty(site.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(
            ["/claims/consistent/", "/claims/contested/", "/claims/corrected/"],
            Links(index, ".ledger-index a"));
        Assert.Equal("9 claims: 3 consistent, 0 single source, 3 contested, 3 corrected. Each status has pages of its own.", index.QuerySelector(".status-summary")!.TextContent);
        Assert.Empty(index.QuerySelectorAll(".status-group"));
        Assert.False(site.Files.ContainsKey("claims/single-source/index.html"));

        // The ledger filtered: the status's claims in the ledger's order, split as the ledger is, each page citing its own.
        var first = site.Page("/claims/contested/");
        var second = site.Page("/claims/contested/page/2/");
        Assert.Equal(contested[..2], first.QuerySelectorAll("article.claim").Select(a => a.Id));
        Assert.Equal(contested[2..], second.QuerySelectorAll("article.claim").Select(a => a.Id));
        Assert.Equal("Claims marked contested", first.QuerySelector("h1")!.TextContent);
        Assert.Equal($"Claims marked contested — {site.Site.Config.Title}", first.Title);
        Assert.StartsWith("Reports disagree", first.QuerySelector(".standfirst")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/claims/"], Links(first, ".standfirst a"));
        Assert.Null(first.QuerySelector(".ledger-index"));
        Assert.Equal("Page 2 of 2", second.QuerySelector("nav.pagination .pagination-position")!.TextContent);
        Assert.Equal("ref-1", second.QuerySelector("section.references li")!.Id);
        Assert.Equal(
            [("Home", "/"), ("Claims", "/claims/"), ("Claims marked contested", "/claims/contested/")],
            first.QuerySelectorAll("nav.breadcrumbs ol > li > a").Select(a => (a.TextContent, a.GetAttribute("href")!)));

        // Links to a claim still lead to its place in the ledger itself, and the sitemap lists every status page.
        Assert.Equal($"/claims/page/2/#{claims[2].Claim.Id}", site.Site.Plan.ClaimUrl(site.Site.Urls, claims[2].Claim.Id));
        var sitemap = Encoding.UTF8.GetString(site.Files["sitemap.xml"]);
        Assert.Contains("/claims/contested/page/2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/claims/consistent/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LedgerOfOnePage_ShowsEachStatusInPlaceWithoutPagesOfItsOwn()
    {
        var site = Usual.Value;
        var index = site.Page("/claims/");

        Assert.All(Links(index, ".status-group a"), link => Assert.StartsWith("#claim-", link, StringComparison.Ordinal));
        Assert.Equal(4, index.QuerySelectorAll(".status-group").Length);
        Assert.DoesNotContain(site.Files.Keys, path => path.StartsWith("claims/contested/", StringComparison.Ordinal));
    }

    /// <summary>
    /// At 100,000 briefings the ledger holds 1,000 claims, and an index by status that linked every one made its first
    /// page 220 KB. The index now leads to each status's pages, so no page of the ledger grows with it.
    /// </summary>
    [Fact]
    public void Build_ThousandClaims_NoPageOfTheLedgerIsOver150KB()
    {
        var site = Build(WithClaims(SyntheticCorpus.Generate(50), 1000, ["consistent", "single-source", "contested", "corrected"]), PagingLimits.Default);

        Assert.Empty(site.Diagnostics.Select(d => d.ToString()));
        var ledger = site.Files.Where(f => f.Key.StartsWith("claims/", StringComparison.Ordinal) && f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var largest = ledger.MaxBy(f => f.Value.Length);
        Assert.True(largest.Value.Length <= 150_000, $"{largest.Key} is {largest.Value.Length:N0} bytes");
        Assert.Equal(20 + (4 * 5), ledger.Count);
    }

    [Fact]
    public void Build_LinkToAClaimOnALaterPageOfTheLedger_IsReportedWithItsPage_AndThatPagesLinkPasses()
    {
        var id = Small.Value.Site.Claims[2].Claim.Id;

        var old = Build(LinkingTo($"/claims/#{id}"), SmallLimits);
        var moved = Build(LinkingTo($"/claims/page/2/#{id}"), SmallLimits);

        var error = Assert.Single(old.Diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenFragment.Id, error.Code);
        Assert.Contains($"'#{id}' is not an anchor on /claims/; the claims ledger has pages, and this claim is on /claims/page/2/: link to '/claims/page/2/#{id}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(moved.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// No page grows with the site. At 400 briefings the list of every briefing alone, unsplit, was about 160 KB
    /// (at 10,000 it was 4 MB); every list that grows with the site is split, so the largest page here is one
    /// whose size does not depend on the number of briefings, and the same holds at 10,000 (see README).
    /// </summary>
    [Fact]
    public void Build_FourHundredBriefings_NoPageIsOver150KB()
    {
        var site = Build(SyntheticCorpus.Generate(400), PagingLimits.Default);

        Assert.Empty(site.Diagnostics.Select(d => d.ToString()));
        var largest = site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).MaxBy(f => f.Value.Length);
        Assert.True(largest.Value.Length <= 150_000, $"{largest.Key} is {largest.Value.Length:N0} bytes");
    }

    /// <summary>The corpus with its ledger replaced by <paramref name="count"/> claims, their statuses taken in turn from <paramref name="statuses"/>, each with three reports from its sources.</summary>
    private static List<CorpusFile> WithClaims(IReadOnlyList<CorpusFile> corpus, int count, string[] statuses)
    {
        var sources = System.Text.RegularExpressions.Regex.Matches(corpus.Single(f => f.Path == "sources.yml").Text, @"^- id: (\S+)", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();
        var claims = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            claims.Append($"- id: claim-{i:D4}\n  question: \"How large is figure {i} as the reports give it, for the planned investment, the firms taking part and the model?\"\n  status: {statuses[i % statuses.Length]}\n  reports:\n");
            for (var r = 0; r < 3; r++)
            {
                claims.Append($"    - value: \"{(i + 1) * (r + 3)}\"\n      source: {sources[(i + r) % sources.Count]}\n");
            }

            claims.Append($"  assessment: The reports give figure {i} as shown. [@{sources[i % sources.Count]}]\n\n");
        }

        return [.. corpus.Where(f => f.Path != "claims.yml"), new CorpusFile("claims.yml", claims.ToString())];
    }

    /// <summary>The fifty-briefing corpus with its first link to the timeline leading to <paramref name="url"/>.</summary>
    private static List<CorpusFile> LinkingTo(string url)
    {
        var files = WithALaterYear(SyntheticCorpus.Generate(50));
        var i = files.FindIndex(f => f.Path.StartsWith("briefings/", StringComparison.Ordinal) && f.Text.Contains("[timeline](/timeline/)", StringComparison.Ordinal));
        files[i] = files[i] with { Text = files[i].Text.Replace("[timeline](/timeline/)", $"[timeline]({url})", StringComparison.Ordinal) };
        return files;
    }

    /// <summary>
    /// The corpus's timeline, all in one year at this size, with one more event a year later; and a topic,
    /// "shared", on five briefings, where the corpus's own topics have two or three each.
    /// </summary>
    private static List<CorpusFile> WithALaterYear(IReadOnlyList<CorpusFile> corpus)
    {
        var files = corpus.ToList();
        for (var b = 0; b < 5; b++)
        {
            var at = files.FindIndex(f => f.Path == $"briefings/{SyntheticCorpus.BriefingSlug(b)}.md");
            files[at] = files[at] with { Text = files[at].Text.Replace("topics: [", "topics: [shared, ", StringComparison.Ordinal) };
        }

        var i = files.FindIndex(f => f.Path == "timeline.yml");
        var first = files[i].Text.Split("\n\n")[0];
        var later = System.Text.RegularExpressions.Regex.Replace(first, "date: [^\n]+", "date: 2031-06-01");
        files[i] = files[i] with { Text = files[i].Text.TrimEnd() + "\n\n" + later.Replace("title: \"", "title: \"Later: ", StringComparison.Ordinal) + "\n" };
        return files;
    }
}
