using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>
/// Which language edition a resolution makes: its addresses and, for a further edition, the main edition's
/// plan, which its texts' links may lead to where the page they name has no translation.
/// </summary>
internal sealed class EditionScope
{
    private EditionScope(SiteUrls urls, PagePlan? mainPlan, string mainLanguage, IReadOnlyList<string> furtherLanguages)
    {
        Urls = urls;
        MainPlan = mainPlan;
        MainLanguage = mainLanguage;
        FurtherLanguages = furtherLanguages;
    }

    public SiteUrls Urls { get; }

    /// <summary>The main edition's plan; null while resolving the main edition itself.</summary>
    public PagePlan? MainPlan { get; }

    public string MainLanguage { get; }

    /// <summary>The languages of the further editions, whose folders ("/ja/") no page of the main edition may take.</summary>
    public IReadOnlyList<string> FurtherLanguages { get; }

    public bool IsMain => MainPlan is null;

    public static EditionScope Main(SiteConfig config) =>
        new(SiteUrls.Main, null, config.Language, config.Editions.Select(e => e.Language).ToList());

    public static EditionScope Further(string language, ResolvedSite main) =>
        new(new SiteUrls("/" + language), main.Plan, main.Config.Language, []);

    /// <summary>
    /// Where a site link a text of this edition writes leads: this edition's page of that path when it has one,
    /// otherwise the main edition's, with the main language, as a reader must be told before following it.
    /// </summary>
    /// <param name="path">The path as written, without fragment or query: "/briefings/x/".</param>
    /// <param name="plan">This edition's plan.</param>
    /// <returns>Null when neither edition has the path.</returns>
    public (string Path, string? Language, PagePlan Plan)? Target(string path, PagePlan plan)
    {
        if (MainPlan is null)
        {
            return plan.Has(path) ? (path, null, plan) : null;
        }

        var local = Urls.Home.TrimEnd('/') + path;
        if (plan.Has(local))
        {
            return (local, null, plan);
        }

        return MainPlan.Has(path) ? (path, MainLanguage, MainPlan) : null;
    }
}
