using System.Text;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;
using Snapshooter;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Whole-page snapshots of every page type of the fixture site and the main pages of the real site.
/// A changed snapshot is reviewed like code; substring tests elsewhere cannot see duplicated or stray output.
/// After an intended change, <c>./update-snapshots</c> rewrites them and prints each page's diff.
/// </summary>
public sealed class PageSnapshotTests
{
    public static TheoryData<string> FixturePages => new()
    {
        "index.html", "briefings/index.html", "briefings/overview/index.html", "entities/index.html",
        "entities/acme-robotics/index.html", "sources/index.html", "sources/tokyo-daily/index.html",
        "timeline/index.html", "claims/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "about/index.html",
    };

    public static TheoryData<string> RealPages => new()
    {
        "index.html", "briefings/the-money/index.html", "entities/softbank-corp/index.html", "timeline/index.html", "claims/index.html",
        "ja/index.html", "ja/briefings/the-money/index.html", "ja/entities/softbank-corp/index.html", "ja/claims/index.html", "ja/sitemap.xml",
    };

    [Theory]
    [MemberData(nameof(FixturePages))]
    public void Fixture_Page_MatchesSnapshot(string path) => Match(BuiltSites.Fixture, path, "fixture");

    /// <summary>The data downloads, whole: the data tests check their content field by field, these that nothing else is in them.</summary>
    public static TheoryData<string> FixtureDataFiles => new() { "claims.json", "claims.csv", "timeline.json", "timeline.ics", "graph.json" };

    [Theory]
    [MemberData(nameof(FixtureDataFiles))]
    public void Fixture_DataFile_MatchesSnapshot(string path) => Match(BuiltSites.Fixture, path, "fixture");

    [Theory]
    [MemberData(nameof(RealPages))]
    public void RealSite_Page_MatchesSnapshot(string path) => Match(BuiltSites.Real, path, "real");

    private static void Match(BuildResult site, string path, string prefix)
    {
        // One line per array item keeps snapshot diffs readable.
        var lines = Encoding.UTF8.GetString(site.Site!.Files[path]).Split('\n');
        PageSnapshot.Match(lines, SnapshotNameExtension.Create(prefix, path.Replace('/', '_').Replace(".html", string.Empty, StringComparison.Ordinal)));
    }
}
