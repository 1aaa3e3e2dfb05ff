namespace Briefing.Engine.Resolution;

/// <summary>
/// The site's language editions and which pages each has, so every page can name the same page in the other
/// languages (<c>hreflang</c>) and offer a reader the way to it. Pages are the same page when their addresses
/// are the same but for the edition's folder: a translation keeps its original's slug.
/// </summary>
internal sealed class EditionLinks
{
    /// <summary>A site in one language: no page has another.</summary>
    public static readonly EditionLinks None = new([]);

    private readonly List<(string Language, string Prefix, HashSet<string> Pages)> _editions;

    /// <param name="editions">Each edition's language, home address and plan, the main edition first.</param>
    public EditionLinks(IEnumerable<(string Language, string Home, PagePlan Plan)> editions)
    {
        _editions = editions
            .Select(e => (e.Language, e.Home.TrimEnd('/'), e.Plan.Pages.Where(p => p.Kind != PageKind.NotFound).Select(p => p.Url[e.Home.TrimEnd('/').Length..]).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>Whether the site has more than one edition.</summary>
    public bool Many => _editions.Count > 1;

    /// <summary>The main edition's language; null for a site in one language.</summary>
    public string? MainLanguage => Many ? _editions[0].Language : null;

    /// <summary>Every edition's language and home page, the main edition first.</summary>
    public IEnumerable<(string Language, string Home)> Homes => _editions.Select(e => (e.Language, e.Prefix + "/"));

    /// <summary>
    /// The same page in every edition that has it, this one's included, the main edition first; empty when
    /// only one edition has it, since a page has no alternate then.
    /// </summary>
    public IReadOnlyList<(string Language, string Url)> Alternates(string language, string url)
    {
        if (!Many)
        {
            return [];
        }

        var own = _editions.Find(e => e.Language == language);
        if (own.Pages is null || !url.StartsWith(own.Prefix + "/", StringComparison.Ordinal))
        {
            return [];
        }

        var path = url[own.Prefix.Length..];
        var result = _editions.Where(e => e.Pages.Contains(path)).Select(e => (e.Language, e.Prefix + path)).ToList();
        return result.Count > 1 ? result : [];
    }
}
