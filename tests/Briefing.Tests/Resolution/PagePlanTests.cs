using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>
/// One plan of every page and file, read by the link checks and by rendering. A new page type is a
/// <see cref="PageKind"/>, its layout in the theme and its view; these tests fail until all three exist.
/// </summary>
public sealed partial class PagePlanTests
{
    private static ResolvedSite Resolve(string folder)
    {
        var bag = new DiagnosticBag();
        var input = InputReader.Read(folder, RepoPaths.Theme, RepoPaths.Root, bag);
        var resolved = SiteResolver.Resolve(SiteLoader.Load(input, bag), bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        return resolved;
    }

    [Theory]
    [InlineData("real")]
    [InlineData("fixture")]
    public void Render_Site_MakesExactlyThePlannedPagesAndFiles(string which)
    {
        var (folder, built) = which == "real" ? (RepoPaths.Input, BuiltSites.Real) : (RepoPaths.Fixture, BuiltSites.Fixture);
        var bag = new DiagnosticBag();
        var plans = EditionResolver.Resolve(SiteLoader.Load(InputReader.Read(folder, RepoPaths.Theme, RepoPaths.Root, bag), bag), bag).All.Select(e => e.Plan).ToList();

        var planned = plans.SelectMany(plan => plan.Pages.Select(p => p.Path).Concat(plan.Files.Select(f => f.Path))).Order(StringComparer.Ordinal);

        Assert.Equal(planned, built.Site!.Files.Keys.Order(StringComparer.Ordinal));
        var pages = plans.SelectMany(plan => plan.Pages).ToList();
        Assert.Equal(pages.Count, pages.Select(p => p.Url).Distinct().Count());
    }

    [Fact]
    public void Plan_EveryPageKind_HasItsLayoutInTheThemeAndAPageInTheFixture()
    {
        var plan = Resolve(RepoPaths.Fixture).Plan;

        foreach (var kind in Enum.GetValues<PageKind>())
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Theme, PagePlan.Layout(kind))), $"the theme has no {PagePlan.Layout(kind)} for {kind} pages");
            Assert.Contains(plan.Pages, p => p.Kind == kind);
        }
    }

    [Fact]
    public void Render_EveryPage_IsTitledAndDescribedAsPlanned()
    {
        var plan = Resolve(RepoPaths.Fixture).Plan;

        foreach (var page in plan.Pages)
        {
            var html = Encoding.UTF8.GetString(BuiltSites.Fixture.Site!.Files[page.Path]);
            Assert.Equal(page.DocumentTitle, WebUtility.HtmlDecode(TitleTag().Match(html).Groups[1].Value));
            Assert.Equal(page.Description, WebUtility.HtmlDecode(DescriptionTag().Match(html).Groups[1].Value));
        }
    }

    [Fact]
    public void Plan_BriefingPage_KnowsItsHeadingIdsForFragmentLinks()
    {
        var site = MiniSite.Basics + """
            -- input/briefings/one.md --
            ---
            title: One
            date: 2026-01-05
            summary: The first.
            ---
            ## Money matters

            Text that cites. [@wire-2026]

            -- input/briefings/two.md --
            ---
            title: Two
            date: 2026-01-06
            summary: The second.
            ---
            See [the money](/briefings/one/#money-matters), [the feed](/feed.xml) and [the missing part](/briefings/one/#politics). [@wire-2026]

            """;

        var lines = MiniSite.Diagnostics(site);

        Assert.Equal(["input/briefings/two.md(6,75): error BRF2008: '#politics' is not an anchor on /briefings/one/; link to a heading's id there"], lines);
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]*)\">")]
    private static partial Regex DescriptionTag();
}
