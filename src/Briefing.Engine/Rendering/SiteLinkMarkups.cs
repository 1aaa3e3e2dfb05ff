using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>Where each site link a further edition's texts write leads, with the words that say when it leads to another language.</summary>
internal static class SiteLinkMarkups
{
    public static IReadOnlyDictionary<string, SiteLinkMarkup> For(ResolvedSite site) =>
        site.LinkTargets.ToDictionary(
            t => t.Key,
            t => new SiteLinkMarkup(
                t.Value.Url,
                t.Value.Language,
                t.Value.Language is { } language ? site.Text.Format(UiKeys.LinkLanguage, ("language", site.Text.LanguageName(language) ?? language)) : null),
            StringComparer.Ordinal);
}
