using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>
/// What one edition's pages say of the others: the same page in each language for search engines (<c>hreflang</c>,
/// with the main edition as <c>x-default</c>), and for readers a link to each other language, named in that language.
/// </summary>
internal sealed class EditionSwitch
{
    private readonly EditionLinks _links;
    private readonly string _language;
    private readonly Dictionary<string, string> _names;

    private EditionSwitch(EditionLinks links, string language, Dictionary<string, string> names)
    {
        _links = links;
        _language = language;
        _names = names;
    }

    /// <summary>Each language named in its own words, from its own language file; the tag where the theme has none (already reported).</summary>
    public static EditionSwitch For(ResolvedSite site)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, _) in site.Editions.Homes)
        {
            var own = site.Theme.Languages.FirstOrDefault(l => l.Language == language);
            names[language] = own is null ? language : new UiText(own).LanguageName(language) ?? language;
        }

        return new EditionSwitch(site.Editions, site.Config.Language, names);
    }

    public ValueList<AlternateLink> Alternates(string url)
    {
        var same = _links.Alternates(_language, url);
        if (same.Count == 0)
        {
            return ValueList<AlternateLink>.None;
        }

        return same.Select(a => new AlternateLink(a.Language, a.Url)).Append(new AlternateLink("x-default", same[0].Url)).ToValueList();
    }

    public ValueList<LanguageLinkView> Links(string url)
    {
        if (!_links.Many)
        {
            return ValueList<LanguageLinkView>.None;
        }

        var same = _links.Alternates(_language, url);
        return _links.Homes
            .Where(h => h.Language != _language)
            .Select(h => same.FirstOrDefault(a => a.Language == h.Language) is { Url: { } translated }
                ? new LanguageLinkView(h.Language, _names[h.Language], translated, SamePage: true)
                : new LanguageLinkView(h.Language, _names[h.Language], h.Home, SamePage: false))
            .ToValueList();
    }
}
