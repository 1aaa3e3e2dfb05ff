using System.Globalization;
using System.Runtime.CompilerServices;
using Briefing.Engine.Incremental;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Rendering;

/// <summary>Turns resolved pages into the flat records templates see.</summary>
/// <param name="markdown">Markdown HTML rendered by earlier builds, reused while its lookups give the same answers.</param>
internal sealed class ViewBuilder(ResolvedSite site, MarkdownMemo? markdown = null)
{
    private readonly Dictionary<string, EntityTarget> _entities =
        site.Entities.ToDictionary(e => e.Entity.Id, e => new EntityTarget(e.Entity.Name, e.Url), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> KindLabels = new(StringComparer.Ordinal)
    {
        ["company"] = "Companies",
        ["bank"] = "Banks",
        ["agency"] = "Government agencies",
        ["startup"] = "Start-ups",
        ["research"] = "Research organisations",
        ["facility"] = "Facilities",
        ["program"] = "Programmes",
        ["person"] = "People",
        ["organization"] = "Organisations",
    };

    private static readonly Dictionary<string, string> RelationLabels = new(StringComparer.Ordinal)
    {
        ["leads"] = "leads",
        ["member-of"] = "member of",
        ["invests-in"] = "invests in",
        ["partner-of"] = "partner of",
        ["funds"] = "funds",
        ["parent-of"] = "parent of",
        ["competes-with"] = "competes with",
        ["hosts"] = "hosts",
    };

    private static readonly Dictionary<string, string> InverseLabels = new(StringComparer.Ordinal)
    {
        ["leads"] = "led by",
        ["member-of"] = "has member",
        ["invests-in"] = "investment from",
        ["partner-of"] = "partner of",
        ["funds"] = "funded by",
        ["parent-of"] = "subsidiary of",
        ["competes-with"] = "competes with",
        ["hosts"] = "hosted by",
    };

    /// <summary>Word counts of parsed texts, which a rebuild mostly reuses unchanged.</summary>
    private static readonly ConditionalWeakTable<MarkdownText, StrongBox<int>> WordCounts = new();

    public static string KindLabel(string kind) => KindLabels.GetValueOrDefault(kind, kind);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static EntityChip Chip(Entity entity) => new(entity.Id, entity.Name, SiteUrls.Entity(entity.Id), entity.Kind, entity.NativeName);

    public static BriefingCard Card(BriefingPage page) =>
        new(page.Briefing.Title, page.Url, Iso(page.Briefing.Date), Display(page.Briefing.Date), page.Briefing.Summary);

    public static ValueList<ReferenceView> References(CitationList citations) =>
        citations.Sources.Select(c => new ReferenceView(
            c.Number, c.Source.Publisher, c.Source.Title, c.Source.Date, c.Source.Url, SiteUrls.Source(c.Source.Id), c.Source.Language)).ToValueList();

    public BriefingView Briefing(BriefingPage page)
    {
        var context = new PageContext(_entities, page.Citations, page.Url, markdown);
        var briefing = page.Briefing;
        var body = context.Markdown(briefing.Body);
        var words = WordCount(briefing.Body);
        return new BriefingView(
            briefing.Title,
            briefing.Summary,
            page.Url,
            Iso(briefing.Date),
            Display(briefing.Date),
            briefing.Updated is { } u ? Iso(u) : null,
            briefing.Updated is { } d ? Display(d) : null,
            page.Entities.Select(Chip).ToValueList(),
            briefing.Topics.ToValueList(),
            body,
            Math.Max(1, (int)Math.Round(words / 220.0)),
            References(page.Citations));
    }

    public EntityView Entity(EntityPage page)
    {
        var context = new PageContext(_entities, page.Citations, page.Url, markdown);
        var e = page.Entity;
        return new EntityView(
            e.Id,
            e.Name,
            e.NativeName,
            e.Kind,
            KindLabel(e.Kind).TrimEnd('s'),
            e.Role,
            e.Sector,
            e.Headquarters,
            e.Website,
            e.Stake,
            e.Aliases.ToValueList(),
            page.Url,
            context.Markdown(e.Summary),
            page.Outgoing.Select(r => new RelationView(RelationLabels[r.Type], Chip(r.To), context.Cite(r.Sources))).ToValueList(),
            page.Incoming.Select(r => new RelationView(InverseLabels[r.Type], Chip(r.From), context.Cite(r.Sources))).ToValueList(),
            page.MentionedIn.Select(Card).ToValueList(),
            page.Events.Select(ev => Event(ev, context)).ToValueList(),
            References(page.Citations));
    }

    public static EventView Event(ResolvedEvent resolved, PageContext context)
    {
        var ev = resolved.Event;
        return new EventView(
            resolved.Anchor,
            ev.Date.Iso,
            ev.Date.Display,
            ev.Date.Year,
            ev.Title,
            ev.Status,
            ev.Body is null ? null : context.Markdown(ev.Body),
            resolved.Entities.Select(Chip).ToValueList(),
            context.Cite(resolved.Sources));
    }

    public TimelineView Timeline()
    {
        var context = new PageContext(_entities, site.TimelineCitations, SiteUrls.Timeline, markdown);
        var years = site.Timeline
            .Select(e => Event(e, context))
            .GroupBy(e => e.Year)
            .Select(g => new YearGroup(g.Key, g.ToValueList()))
            .ToValueList();
        return new TimelineView(years, References(site.TimelineCitations));
    }

    public ClaimsView Claims()
    {
        var context = new PageContext(_entities, site.ClaimCitations, SiteUrls.Claims, markdown);
        return new ClaimsView(site.Claims.Select(c => Claim(c, context)).ToValueList(), References(site.ClaimCitations));
    }

    private static ClaimView Claim(ResolvedClaim resolved, PageContext context)
    {
        var claim = resolved.Claim;
        var reports = new List<ClaimReportView>();
        foreach (var report in claim.Reports)
        {
            var source = resolved.ReportSources.FirstOrDefault(s => s.Id == report.Source.Id);
            if (source is not null)
            {
                reports.Add(new ClaimReportView(report.Value, report.Note, source.Publisher, context.Cite([source])));
            }
        }

        return new ClaimView(claim.Id, claim.Question, claim.Status, new ValueList<ClaimReportView>(reports), claim.Assessment is null ? null : context.Markdown(claim.Assessment));
    }

    public HomeView Home()
    {
        var context = new PageContext(_entities, new CitationList(), SiteUrls.Home, markdown);
        var claims = site.Claims.Where(c => c.Claim.Status != "consistent").ToList();
        var contested = claims.Select(c => Claim(c, context)).ToValueList();
        var milestones = site.Timeline.Where(e => e.Event.Status is "planned" or "expected").Select(e => Event(e, context)).ToValueList();
        return new HomeView(
            site.Briefings.Take(6).Select(Card).ToValueList(),
            contested,
            EntityGroups(),
            milestones,
            site.Briefings.Count,
            site.Entities.Count,
            site.Sources.Count,
            site.Timeline.Count,
            References(context.Citations));
    }

    public ValueList<KindGroup> EntityGroups() =>
        EntityKinds.All
            .Select(kind => new KindGroup(kind, KindLabel(kind), site.Entities.Where(e => e.Entity.Kind == kind).Select(e => Chip(e.Entity)).ToValueList()))
            .Where(g => g.Entities.Count > 0)
            .ToValueList();

    public static SourceView Source(SourcePage page)
    {
        var s = page.Source;
        return new SourceView(
            s.Id,
            s.Publisher,
            s.Title,
            s.Url,
            s.Date,
            s.Language,
            s.Kind,
            page.Url,
            page.Via is null ? null : new LinkView($"{page.Via.Publisher}: {page.Via.Title}", SiteUrls.Source(page.Via.Id)),
            page.ReportedThrough.Select(r => new LinkView($"{r.Publisher}: {r.Title}", SiteUrls.Source(r.Id))).ToValueList(),
            page.CitedIn.Select(c => new LinkView(c.Title, c.Url)).ToValueList());
    }

    private static int WordCount(MarkdownText text) =>
        WordCounts.GetValue(text, t => new StrongBox<int>(CountWords(t))).Value;

    private static int CountWords(MarkdownText text)
    {
        var words = 0;
        foreach (var literal in text.Nodes.OfType<LiteralInline>())
        {
            var span = literal.Content.AsSpan();
            var inWord = false;
            foreach (var c in span)
            {
                var letter = !char.IsWhiteSpace(c);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }
        }

        return words;
    }
}
