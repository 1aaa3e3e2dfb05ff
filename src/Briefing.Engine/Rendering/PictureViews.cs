using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>The views of the build-time pictures: each picture with its legend, and for the graph the same relations as a list.</summary>
internal sealed class PictureViews(ResolvedSite site)
{
    private readonly RelationText _words = new(site.Text);

    private readonly Lazy<(List<GraphNode> Nodes, List<GraphEdge> Edges)> _graph = new(() => ConsortiumGraphSvg.From(site));

    /// <summary>The timeline picture for these events, or null when there are none.</summary>
    public ChartView? Timeline(IReadOnlyList<ResolvedEvent> events, string label) =>
        events.Count == 0 ? null : new ChartView(TimelineSvg.Render(events, label, site.Text), TimelineSvg.Legend(events.Select(e => e.Event.Status), site.Text));

    /// <summary>The whole relation graph, or null when no entity has a relation.</summary>
    public GraphView? Graph()
    {
        var (nodes, edges) = _graph.Value;
        return Graph(nodes, edges, site.Text[UiKeys.ChartGraph], null);
    }

    /// <summary>An entity and its direct neighbours, when it has at least two (one line needs no picture).</summary>
    public GraphView? NeighbourGraph(EntityPage page)
    {
        var id = page.Entity.Id;
        var (nodes, edges) = _graph.Value;
        var near = edges.Where(e => e.From == id || e.To == id).SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        if (near.Count < 3)
        {
            return null;
        }

        return Graph(
            nodes.Where(n => near.Contains(n.Id)).ToList(),
            edges.Where(e => near.Contains(e.From) && near.Contains(e.To)).ToList(),
            site.Text.Format(UiKeys.ChartEntityGraph, ("name", page.Entity.Name)),
            id);
    }

    private GraphView? Graph(List<GraphNode> nodes, List<GraphEdge> edges, string label, string? hubId)
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
                    .Where(r => edges.Contains(new GraphEdge(r.From.Id, r.Type, r.To.Id)))
                    .GroupBy(r => r.Type, StringComparer.Ordinal)
                    .Select(g => new GraphRelation(_words.Label(g.Key), g.Select(r => ViewBuilder.Chip(r.To, site.Urls)).DistinctBy(c => c.Id).ToValueList()))
                    .ToValueList()))
            .Where(e => e.Relations.Count > 0)
            .ToValueList();
        return new GraphView(ConsortiumGraphSvg.Render(nodes, edges, label, _words, hubId), ConsortiumGraphSvg.Legend(nodes, site.Text), entries);
    }
}
