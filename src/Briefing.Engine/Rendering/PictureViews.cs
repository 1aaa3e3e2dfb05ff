using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>The views of the build-time pictures: each picture with its legend, and for the graph the same relations as a list.</summary>
internal sealed class PictureViews(ResolvedSite site)
{
    private readonly RelationText _words = new(site.Text);

    private readonly Lazy<(List<GraphNode> Nodes, List<GraphEdge> Edges)> _graph = new(() => ConsortiumGraphSvg.From(site));

    /// <summary>
    /// The site's date, marked "today" on the timeline: the latest date a briefing was written or updated,
    /// so the same input always gives the same pages.
    /// </summary>
    private readonly DateOnly? _today = site.Briefings.Select(b => b.Briefing.Updated ?? b.Briefing.Date).DefaultIfEmpty().Max() is { } date && date != default ? date : null;

    /// <summary>The timeline picture for these events, or null when there are none.</summary>
    /// <param name="narrowOnly">Only the phone layout, shown at every width (see <see cref="NeighbourGraph"/>).</param>
    public ChartView? Timeline(IReadOnlyList<ResolvedEvent> events, string label, bool narrowOnly = false)
    {
        if (events.Count == 0)
        {
            return null;
        }

        var entries = events.Select(e => new TimelineEntry(e, Certainty.Independent(site, e.Sources))).ToList();
        return new ChartView(
            narrowOnly ? TrustedHtml.Empty : TimelineSvg.Render(entries, label, site.Text, _today),
            TimelineSvg.Render(entries, label, site.Text, _today, narrow: true),
            TimelineSvg.Legend(entries, site.Text, _today));
    }

    /// <summary>How many entities the home page's graph draws at most: past that a picture no longer reads, and the page grows with the site.</summary>
    private const int GraphNodes = 40;

    /// <summary>The relation graph, or null when no entity has a relation; on a large site only the most connected entities and the relations between them, each entity's page drawing the rest.</summary>
    public GraphView? Graph()
    {
        var (nodes, edges) = _graph.Value;
        if (nodes.Count > GraphNodes)
        {
            var degree = edges.SelectMany(e => new[] { e.From, e.To }).CountBy(id => id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            var kept = nodes.OrderByDescending(n => degree.GetValueOrDefault(n.Id)).ThenBy(n => n.Id, StringComparer.Ordinal).Take(GraphNodes).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            nodes = nodes.Where(n => kept.Contains(n.Id)).ToList();
            edges = edges.Where(e => kept.Contains(e.From) && kept.Contains(e.To)).ToList();
        }

        return Graph(nodes, edges, site.Text[UiKeys.ChartGraph], null);
    }

    /// <summary>
    /// An entity and its direct neighbours, when it has at least two (one line needs no picture). An entity
    /// page draws only the phone layout, at every width: it reads there too, and the page, which also lists
    /// every relation and event with its citations, stays within its size budget.
    /// </summary>
    public GraphView? NeighbourGraph(EntityPage page) => NeighbourGraph(page, neighbours: 2, narrowOnly: true);

    /// <summary>An entity and its direct neighbours, when it has at least <paramref name="neighbours"/>.</summary>
    /// <param name="narrowOnly">Only the phone layout, at every width.</param>
    public GraphView? NeighbourGraph(EntityPage page, int neighbours, bool narrowOnly)
    {
        var id = page.Entity.Id;
        var (nodes, edges) = _graph.Value;
        var near = edges.Where(e => e.From == id || e.To == id).SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        if (near.Count < neighbours + 1)
        {
            return null;
        }

        return Graph(
            nodes.Where(n => near.Contains(n.Id)).ToList(),
            edges.Where(e => near.Contains(e.From) && near.Contains(e.To)).ToList(),
            site.Text.Format(UiKeys.ChartEntityGraph, ("name", page.Entity.Name)),
            id,
            narrowOnly);
    }

    private GraphView? Graph(List<GraphNode> nodes, List<GraphEdge> edges, string label, string? hubId, bool narrowOnly = false)
    {
        if (edges.Count == 0)
        {
            return null;
        }

        var entries = nodes
            .OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Select(n => site.FindEntity(n.Id)!)
            .Select(from => new GraphEntry(
                ViewBuilder.Chip(from.Entity, site.Urls),
                from.Outgoing
                    .Where(r => edges.Any(e => e.From == r.From.Id && e.Type == r.Type && e.To == r.To.Id))
                    .GroupBy(r => r.Type, StringComparer.Ordinal)
                    .Select(g => new GraphRelation(_words.Label(g.Key), g.DistinctBy(r => r.To.Id).Select(Target).ToValueList()))
                    .ToValueList()))
            .Where(e => e.Relations.Count > 0)
            .ToValueList();
        return new GraphView(
            narrowOnly ? TrustedHtml.Empty : ConsortiumGraphSvg.Render(nodes, edges, label, _words, hubId),
            ConsortiumGraphSvg.Render(nodes, edges, label, _words, hubId, narrow: true),
            site.Text[UiKeys.ChartGraphCaption],
            ConsortiumGraphSvg.Legend(nodes, edges, site.Text),
            entries);
    }

    private GraphTarget Target(ResolvedRelation relation)
    {
        var chip = ViewBuilder.Chip(relation.To, site.Urls);
        return new GraphTarget(chip.Name, chip.Url, Certainty.Words(site.Text, Certainty.Independent(site, relation.Sources)));
    }
}
