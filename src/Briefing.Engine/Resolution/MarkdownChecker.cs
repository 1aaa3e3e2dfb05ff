using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>
/// Goes through one Markdown text's marks: resolves entity links and citations (numbering them on the page),
/// checks the images it shows, and refuses raw HTML, unsafe URLs and internal links that lead nowhere — each at its own position.
/// Internal links are checked once the page plan is made, against the pages it lists.
/// </summary>
/// <param name="edition">The edition the texts are of, whose links may lead to the main edition's pages.</param>
internal sealed class MarkdownChecker(SiteIndex index, MediaIndex media, DiagnosticBag diagnostics, EditionScope edition)
{
    private readonly ConcurrentQueue<(MarkdownText Text, MarkdownMark Mark, string PageUrl)> _links = new();
    private readonly ConcurrentQueue<(MarkdownText Text, MarkdownMark Mark)> _charts = new();

    /// <param name="pageUrl">The page the text appears on, for "#fragment" links.</param>
    /// <param name="mentions">Receives the entities the text links, in order.</param>
    public void Check(MarkdownText text, string pageUrl, CitationList citations, ICollection<Entity> mentions, PageLink citedOn)
    {
        foreach (var mark in text.Outline.Marks)
        {
            switch (mark.Kind)
            {
                case MarkKind.EntityLink:
                    if (index.Mention(mark.Value, (text, mark), static at => at.text.LocationOf(at.mark)) is { } entity)
                    {
                        mentions.Add(entity);
                    }

                    break;
                case MarkKind.Citation:
                    if (index.Cite(mark.Value, citedOn, (text, mark), static at => at.text.LocationOf(at.mark)) is { } source)
                    {
                        citations.Cite(source);
                    }

                    break;
                case MarkKind.RawHtml:
                    diagnostics.Report(DiagnosticCodes.RawHtml, text.LocationOf(mark), "raw HTML is not allowed in Markdown; use Markdown syntax (e.g. **bold**, [text](/path/)) or remove the tag");
                    break;
                case MarkKind.Link:
                    _links.Enqueue((text, mark, pageUrl));
                    break;
                case MarkKind.Chart:
                    // A chart of an entity names it as a link would, for the orphan warning; its other checks wait until every page is resolved.
                    if (Markdown.Charts.ChartSpec.FromKey(mark.Value) is { Kind: Markdown.Charts.ChartKind.Graph or Markdown.Charts.ChartKind.EntityTimeline } spec && index.FindEntity(spec.Id) is not null)
                    {
                        index.ReferencedEntities.TryAdd(spec.Id, 0);
                    }

                    _charts.Enqueue((text, mark));
                    break;
                case MarkKind.Image:
                    media.Check(text, mark);
                    break;
                case MarkKind.EmailLink:
                    diagnostics.Report(DiagnosticCodes.UnsafeUrl, text.LocationOf(mark), $"e-mail link '{mark.Value}' is not allowed; cite the source instead");
                    break;
            }
        }
    }

    /// <summary>Checks every link the texts hold against the pages and files the site will have.</summary>
    /// <returns>In a further edition, where each site link leads, by the link as written.</returns>
    public Dictionary<string, SiteLinkTarget> CheckLinks(PagePlan plan)
    {
        var targets = new Dictionary<string, SiteLinkTarget>(StringComparer.Ordinal);
        foreach (var (text, mark, pageUrl) in _links)
        {
            CheckUrl(plan, text, mark, pageUrl, targets);
        }

        return targets;
    }

    /// <summary>Checks that every chart the texts place names something the site has and can draw, once every page is resolved.</summary>
    public void CheckCharts(ChartSubjects subjects)
    {
        foreach (var (text, mark) in _charts)
        {
            subjects.Check(Markdown.Charts.ChartSpec.FromKey(mark.Value), () => text.LocationOf(mark), diagnostics);
        }
    }

    private void CheckUrl(PagePlan plan, MarkdownText text, MarkdownMark mark, string pageUrl, Dictionary<string, SiteLinkTarget> targets)
    {
        var url = mark.Value;
        if (UrlPolicy.IsHttps(url))
        {
            return;
        }

        if (!UrlPolicy.IsSiteRelative(url))
        {
            diagnostics.Report(DiagnosticCodes.UnsafeUrl, text.LocationOf(mark), $"link '{url}' must be an https:// address or a path on this site starting with '/'");
            return;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var page = path.Length == 0 ? pageUrl : path;
        var found = path.Length == 0 ? ((string Path, string? Language, PagePlan Plan)?)(page, null, plan) : edition.Target(page, plan);
        if (found is not var (at, language, planOf))
        {
            diagnostics.Report(DiagnosticCodes.BrokenLink, text.LocationOf(mark), $"link '{url}' leads to no page of this site; check the path (pages are /briefings/<slug>/, /entities/<id>/, /sources/<id>/, /timeline/, /claims/)");
            return;
        }

        if (!edition.IsMain && path.Length > 0)
        {
            targets[url] = new SiteLinkTarget(at + url[path.Length..], language);
        }

        page = at;
        plan = planOf;
        var target = plan.FindPage(page);
        if (!string.IsNullOrEmpty(fragment) && (target is null || !PagePlan.HasAnchor(target, fragment)))
        {
            var advice = plan.MovedAnchorPage(fragment) is { } moved && target?.Kind is PageKind.Timeline or PageKind.Claims
                ? target.Kind == PageKind.Timeline
                    ? $"the timeline has a page per year, and this event is on {moved}: link to '{moved}#{fragment}'"
                    : $"the claims ledger has pages, and this claim is on {moved}: link to '{moved}#{fragment}'"
                : Suggestions.Closest(fragment, target is null ? [] : target.Anchors.Concat(PagePlan.LayoutAnchors)) is { } closest ? $"did you mean '#{closest}'?" : "link to a heading's id there";
            diagnostics.Report(DiagnosticCodes.BrokenFragment, text.LocationOf(mark), $"'#{fragment}' is not an anchor on {PagePlan.Normalise(page)}; {advice}");
        }
    }
}
