using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;

namespace Briefing.Tests.Infrastructure;

/// <summary>The views a site's pages hand their templates: the home, timeline, claims and companies pages', and every briefing's, entity's and source's.</summary>
internal static class SiteViews
{
    public static List<object> Of(SiteInput input)
    {
        var bag = new DiagnosticBag();
        var resolved = SiteResolver.Resolve(SiteLoader.Load(input, bag), bag);
        var views = new ViewBuilder(resolved);
        return
        [
            views.Home(), views.Timeline(), views.Claims(), views.EntityGroups(),
            .. resolved.Briefings.Select(views.Briefing),
            .. resolved.Entities.Select(e => views.Entity(e)),
            .. resolved.Sources.Select(views.Source),
        ];
    }
}
