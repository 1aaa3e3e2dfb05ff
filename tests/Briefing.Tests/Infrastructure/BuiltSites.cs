using System.Text;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;

namespace Briefing.Tests.Infrastructure;

/// <summary>The real site and the fixture site, each built once in memory per test run.</summary>
public static class BuiltSites
{
    private static readonly Lazy<BuildResult> RealLazy = new(() => BuildFolder(RepoPaths.Input, strict: true));
    private static readonly Lazy<BuildResult> FixtureLazy = new(() => BuildFolder(RepoPaths.Fixture, strict: true));

    public static BuildResult Real => RealLazy.Value;

    public static BuildResult Fixture => FixtureLazy.Value;

    public static BuildResult BuildFolder(string input, bool strict, BuildOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var site = InputReader.Read(input, RepoPaths.Theme, RepoPaths.Root, bag);
        return SiteBuilder.Build(site, (options ?? new BuildOptions()) with { Strict = strict }, bag);
    }

    public static IEnumerable<(string Path, string Html)> HtmlPages(this BuildResult result) =>
        result.Site!.Files
            .Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Key, Encoding.UTF8.GetString(f.Value)));
}
