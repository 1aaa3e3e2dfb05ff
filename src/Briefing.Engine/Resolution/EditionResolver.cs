using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Every language edition of a site, resolved: the main one, then each further one in the order site.yml names them.</summary>
internal sealed record SiteEditions(ResolvedSite Main, IReadOnlyList<ResolvedSite> Further)
{
    public IEnumerable<ResolvedSite> All => Further.Prepend(Main);
}

/// <summary>
/// Resolves the main edition and then each further one from its translated content, each with every check a
/// site has; a problem both share is one problem, reported once. A site in one language is resolved as before, alone.
/// </summary>
internal static class EditionResolver
{
    /// <param name="memo">What an earlier build found that this one may reuse; none when null.</param>
    public static SiteEditions Resolve(LoadedSite site, DiagnosticBag diagnostics, PagingLimits? limits = null, IResolutionMemo? memo = null)
    {
        CheckTranslations(site, diagnostics);
        var main = SiteResolver.Resolve(site, diagnostics, limits, EditionScope.Main(site.Config), memo);
        if (site.Config.Editions.Count == 0)
        {
            return new SiteEditions(main, []);
        }

        var further = site.Config.Editions
            .Select(edition => SiteResolver.Resolve(EditionContent.For(site, edition, diagnostics), diagnostics, limits, EditionScope.Further(edition.Language, main), memo))
            .ToList();
        var links = new EditionLinks(further.Prepend(main).Select(e => (e.Config.Language, e.Urls.Home, e.Plan)));
        return new SiteEditions(main with { Editions = links }, further.Select(e => e with { Editions = links }).ToList());
    }

    /// <summary>Each translation must translate something the site has, into a language it publishes.</summary>
    private static void CheckTranslations(LoadedSite site, DiagnosticBag diagnostics)
    {
        var published = site.Config.Editions.Select(e => e.Language).ToHashSet(StringComparer.Ordinal);
        var briefings = site.Briefings.Select(b => b.Slug).Concat(site.Drafts.Select(d => d.Slug)).ToHashSet(StringComparer.Ordinal);
        var pages = site.Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var dates = site.Briefings.ToDictionary(b => b.Slug, b => b.Date, StringComparer.Ordinal);
        foreach (var translation in site.Translations)
        {
            var originals = translation.Folder == SiteLoader.BriefingsFolder ? briefings : pages;
            if (!originals.Contains(translation.Slug))
            {
                var original = $"{translation.Folder}{translation.Slug}.md";
                diagnostics.Report(DiagnosticCodes.OrphanTranslation, translation.Location, $"this translates {original}, which the site does not have{Suggestions.DidYouMean(translation.Slug, originals)}; a translation is named after its original, <slug>.{translation.Language}.md");
                continue;
            }

            Published(translation.Language, translation.Location);
            if (translation.Updated is { } updated && dates.TryGetValue(translation.Slug, out var date) && updated < date)
            {
                diagnostics.Report(DiagnosticCodes.UpdatedBeforeDate, translation.Location, $"updated {updated:yyyy-MM-dd} is before the original's date {date:yyyy-MM-dd}; a translation cannot be brought in line before its original is published");
            }
        }

        var records = site.Entities.Select(e => e.Translations)
            .Concat(site.Sources.Select(s => s.Translations))
            .Concat(site.Timeline.Select(e => e.Translations))
            .Concat(site.Claims.SelectMany(c => c.Reports.Select(r => r.Translations).Prepend(c.Translations)))
            .Concat((site.Topics ?? []).Select(t => t.Translations));
        foreach (var translation in records.SelectMany(t => t.All))
        {
            Published(translation.Language, translation.Location);
        }

        void Published(string language, SourceLocation location)
        {
            if (!published.Contains(language))
            {
                diagnostics.Report(DiagnosticCodes.UnpublishedLanguage, location, $"the site publishes no '{language}' edition; name it in site.yml (languages: {{ {language}: {{ title: …, description: … }} }}) or remove this translation");
            }
        }
    }
}
