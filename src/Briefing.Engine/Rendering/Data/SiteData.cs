using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Data;

/// <summary>The claims ledger, the timeline and the relation graph as data, each made once when its first file is written.</summary>
internal sealed class SiteData(ResolvedSite site, string baseUrl)
{
    private readonly Lazy<ClaimsData> _claims = new(() => MakeClaims(site, baseUrl));
    private readonly Lazy<TimelineData> _timeline = new(() => MakeTimeline(site, baseUrl));
    private readonly Lazy<GraphData> _graph = new(() => MakeGraph(site, baseUrl));

    public ClaimsData Claims => _claims.Value;

    public TimelineData Timeline => _timeline.Value;

    public GraphData Graph => _graph.Value;

    private static ClaimsData MakeClaims(ResolvedSite site, string baseUrl) =>
        new(site.Config.Title, baseUrl, site.Claims.Select(resolved =>
        {
            var claim = resolved.Claim;
            return new ClaimData(
                claim.Id,
                SiteUrls.Absolute(baseUrl, site.Plan.ClaimUrl(site.Urls, claim.Id)),
                claim.Question,
                claim.Status,
                claim.Figure,
                claim.Assessment is null ? null : PlainText(site, claim.Assessment),
                claim.Reports
                    .Select(r => (Report: r, Source: site.FindSource(r.Source.Id)?.Source))
                    .Where(r => r.Source is not null)
                    .Select(r => new ReportData(r.Report.Value, r.Report.Note, Source(site, baseUrl, r.Source!)))
                    .ToValueList());
        }).ToValueList());

    private static TimelineData MakeTimeline(ResolvedSite site, string baseUrl)
    {
        var text = site.Text;
        var events = site.Timeline.Select(resolved =>
        {
            var ev = resolved.Event;
            var date = text.Date(ev.Date);
            var body = ev.Body is null ? null : PlainText(site, ev.Body);
            string?[] calendar =
            [
                text.Format(UiKeys.DatePrecision(ev.Date.KnownTo), ("date", date)),
                body,
                string.Join('\n', resolved.Sources.Select(s => s.Url is null ? text.CitationLabel(s) : $"{text.CitationLabel(s)} {s.Url}")),
            ];
            return new EventData(
                resolved.Anchor,
                SiteUrls.Absolute(baseUrl, site.Plan.EventUrl(site.Urls, resolved.Anchor)),
                ev.Date.ToString(),
                ev.Date.KnownTo,
                ev.Date.Start,
                ev.Date.End,
                date,
                string.Join("\n\n", calendar.Where(part => !string.IsNullOrEmpty(part))),
                ev.Title,
                ev.Status,
                body,
                resolved.Entities.Select(e => new EntityRef(e.Id, e.ShownName, SiteUrls.Absolute(baseUrl, site.Urls.Entity(e.Id)))).ToValueList(),
                resolved.Sources.Select(s => Source(site, baseUrl, s)).ToValueList());
        }).ToValueList();

        // The site's date, as the timeline picture's "today" and the feed's updated: never the build's time.
        var stamp = site.Briefings.Select(b => b.Briefing.Updated ?? b.Briefing.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        var host = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : baseUrl;
        var name = text.Format(UiKeys.DocumentTitle, ("page", text[UiKeys.PageTitle("timeline")]), ("site", site.Config.Title));
        return new TimelineData(site.Config.Title, baseUrl, host, stamp, name, events);
    }

    private static GraphData MakeGraph(ResolvedSite site, string baseUrl)
    {
        var text = site.Text;
        var entities = site.Entities.Select(page =>
        {
            var e = page.Entity;
            return new EntityData(e.Id, e.Name, e.ShortName, e.NativeName, e.Aliases.ToValueList(), e.Kind, e.Group, e.Role, e.Sector, e.Headquarters, e.Website, SiteUrls.Absolute(baseUrl, page.Url));
        }).ToValueList();
        var relations = site.Entities
            .SelectMany(page => page.Outgoing)
            .Select(r => new RelationData(
                r.From.Id,
                r.To.Id,
                r.Type,
                text[UiKeys.RelationLabel(r.Type)],
                text[UiKeys.RelationInverse(r.Type)],
                Certainty.Independent(site, r.Sources),
                r.Sources.Select(s => Source(site, baseUrl, s)).ToValueList()))
            .ToValueList();
        return new GraphData(site.Config.Title, baseUrl, entities, relations);
    }

    private static SourceData Source(ResolvedSite site, string baseUrl, Source source) =>
        new(
            source.Id,
            source.Publisher,
            source.Untitled ? null : source.Title,
            source.Untitled ? source.Title : null,
            site.Text.SourceName(source),
            source.Url,
            source.Date,
            source.Language,
            source.Via?.Id,
            SiteUrls.Absolute(baseUrl, site.Urls.Source(source.Id)));

    /// <summary>What a reader reads of the text, without markup or citation marks: one line per paragraph, entity links by name.</summary>
    private static string PlainText(ResolvedSite site, MarkdownText text) =>
        text.Html.ReadText(id => site.FindEntity(id)?.Entity.ShownName).Trim();
}
