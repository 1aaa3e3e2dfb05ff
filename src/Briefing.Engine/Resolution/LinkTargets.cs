using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Every address the site will have and the #fragments each page defines, known before rendering.</summary>
internal sealed class LinkTargets
{
    /// <summary>Anchors every page layout provides.</summary>
    public static readonly IReadOnlyList<string> LayoutAnchors = ["main", "references"];

    /// <summary>
    /// Each address and the ids its content defines, looked through only when a link names a fragment
    /// (rare), so a build does not collect the headings of every briefing. The layout's anchors are on every page.
    /// </summary>
    private readonly Dictionary<string, IEnumerable<string>> _fragments = new(StringComparer.Ordinal);

    public LinkTargets(LoadedSite site, IEnumerable<string> timelineAnchors)
    {
        foreach (var url in new[] { SiteUrls.Home, SiteUrls.Briefings, SiteUrls.Entities, SiteUrls.Sources, SiteUrls.Search, SiteUrls.SearchIndex, SiteUrls.Feed, SiteUrls.Sitemap, SiteUrls.Robots, SiteUrls.NotFound })
        {
            Add(url);
        }

        foreach (var briefing in site.Briefings)
        {
            Add(SiteUrls.Briefing(briefing.Slug), HeadingIds(briefing.Body));
        }

        foreach (var entity in site.Entities)
        {
            Add(SiteUrls.Entity(entity.Id));
        }

        foreach (var source in site.Sources)
        {
            Add(SiteUrls.Source(source.Id));
        }

        Add(SiteUrls.Timeline, timelineAnchors);
        Add(SiteUrls.Claims, site.Claims.Select(c => c.Id));
    }

    public bool HasPage(string path) => _fragments.ContainsKey(Normalise(path));

    public bool HasFragment(string path, string fragment) =>
        _fragments.TryGetValue(Normalise(path), out var ids) && (LayoutAnchors.Contains(fragment) || ids.Contains(fragment));

    /// <summary>The anchors <paramref name="path"/> has, for a suggestion when a link names one it has not.</summary>
    public IEnumerable<string> FragmentsOf(string path) =>
        _fragments.TryGetValue(Normalise(path), out var ids) ? ids.Concat(LayoutAnchors) : [];

    /// <summary>"/entities/sony" and "/entities/sony/index.html" both mean "/entities/sony/".</summary>
    public static string Normalise(string path)
    {
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return path[..^"index.html".Length];
        }

        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return path.EndsWith('/') || lastSegment.Contains('.', StringComparison.Ordinal) ? path : path + "/";
    }

    /// <summary>Deferred to the first lookup: reading every briefing's headings here would walk every tree on one core before the parallel checks start.</summary>
    private static IEnumerable<string> HeadingIds(MarkdownText text)
    {
        foreach (var heading in text.Outline.Headings)
        {
            if (heading.Id is { } id)
            {
                yield return id;
            }
        }
    }

    private void Add(string url, IEnumerable<string>? fragments = null) =>
        _fragments[url] = fragments ?? [];
}
