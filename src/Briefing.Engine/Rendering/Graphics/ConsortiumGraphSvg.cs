using Briefing.Engine.Markdown;
using System.Text;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>
/// The entities and their relations as a picture (laid out by <see cref="GraphLayout"/>): every entity a
/// box that links to its page, every relation a labelled line. Pages pair it with the same relations
/// as a list, so the picture never carries information alone.
/// </summary>
internal static class ConsortiumGraphSvg
{
    /// <summary>Every entity that takes part in at least one relation.</summary>
    public static (List<GraphNode> Nodes, List<GraphEdge> Edges) From(ResolvedSite site)
    {
        var edges = site.Entities.SelectMany(p => p.Outgoing).Select(r => new GraphEdge(r.From.Id, r.Type, r.To.Id, Certainty.Independent(site, r.Sources))).ToList();
        var related = edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        var nodes = site.Entities
            .Where(p => related.Contains(p.Entity.Id))
            .Select(p => new GraphNode(p.Entity.Id, p.Entity.Name, p.Entity.Kind, p.Url, p.Entity.Aliases))
            .ToList();
        return (nodes, edges);
    }

    /// <param name="hubId">Draw only the part around this entity, with it in the middle; null for all of it.</param>
    /// <param name="narrow">The phone layout: an outline drawn at the size it is shown.</param>
    public static TrustedHtml Render(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, string label, RelationText words, string? hubId = null, bool narrow = false)
    {
        var picture = GraphLayout.Lay(nodes, edges, words, hubId, narrow);
        if (picture.Nodes.Count == 0)
        {
            return TrustedHtml.Empty;
        }

        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart ").Append(narrow ? "graph-narrow chart-narrow" : "graph-chart chart-wide").Append("\" viewBox=\"0 0 ")
            .Append(SvgText.Num(picture.Width)).Append(' ').Append(SvgText.Num(picture.Height))
            .Append("\" width=\"").Append(SvgText.Num(picture.Width)).Append("\" height=\"").Append(SvgText.Num(picture.Height))
            .Append("\" aria-label=\"").Append(HtmlText.Encode(label)).Append("\">");

        // The relations are told by the list beside the picture; here they would only be read out twice.
        svg.Append("<g class=\"edges\" aria-hidden=\"true\">");
        foreach (var edge in picture.Edges)
        {
            svg.Append(edge.Single ? "<path class=\"single\" d=\"M" : "<path d=\"M").Append(Pair(edge.Start)).Append(" C").Append(Pair(edge.Control1))
                .Append(' ').Append(Pair(edge.Control2)).Append(' ').Append(Pair(edge.End)).Append("\"/>");
        }

        foreach (var text in picture.Edges.SelectMany(e => e.Labels))
        {
            svg.Append("<text x=\"").Append(SvgText.Num(text.X)).Append("\" y=\"").Append(SvgText.Num(text.Y)).Append('"');
            if (text.Anchor != "start")
            {
                svg.Append(" text-anchor=\"").Append(text.Anchor).Append('"');
            }

            svg.Append('>').Append(HtmlText.Encode(text.Text)).Append("</text>");
        }

        svg.Append("</g>");

        foreach (var node in picture.Nodes.OrderBy(n => n.Y).ThenBy(n => n.X))
        {
            var font = node.IsHub ? GraphLayout.HubFont : GraphLayout.NodeFont;
            svg.Append("<a class=\"node kind-").Append(HtmlText.Encode(node.Node.Kind)).Append(node.IsHub ? " hub" : string.Empty)
                .Append("\" href=\"").Append(HtmlText.Encode(node.Node.Url)).Append("\">")
                .Append(narrow && string.Join(' ', node.Lines) == node.Node.Name ? string.Empty : "<title>" + HtmlText.Encode(node.Node.Name) + "</title>")
                .Append("<rect x=\"").Append(SvgText.Num(node.X)).Append("\" y=\"").Append(SvgText.Num(node.Y))
                .Append("\" width=\"").Append(SvgText.Num(node.Width)).Append("\" height=\"").Append(SvgText.Num(node.Height))
                .Append("\" rx=\"").Append(node.IsHub ? "8" : "5").Append("\"/>");
            var firstBaseline = node.MiddleY - ((node.Lines.Count - 1) * GraphLayout.LineHeight / 2) + (font * 0.35);
            SvgText.Lines(svg, node.Lines, node.X + (node.Width / 2), firstBaseline, GraphLayout.LineHeight);
            svg.Append("</a>");
        }

        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>The colour of each kind of entity the picture shows, and the line styles it uses, in words.</summary>
    public static TrustedHtml Legend(IEnumerable<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, UiText text)
    {
        var kinds = nodes.Select(n => n.Kind).ToHashSet(StringComparer.Ordinal);
        var graph = new RelationGraph(nodes, edges);
        var lines = edges.Select(e => GraphLayout.IsSingle(graph, e.From, e.To) ? 1 : 2);
        var html = new StringBuilder("<ul class=\"chart-legend\">");
        Certainty.Legend(html, lines, text, "edge");
        foreach (var kind in EntityKinds.All.Where(kinds.Contains))
        {
            html.Append("<li><svg class=\"legend-mark node kind-").Append(kind).Append("\" width=\"22\" height=\"14\" aria-hidden=\"true\">")
                .Append("<rect x=\"1\" y=\"1\" width=\"20\" height=\"12\" rx=\"3\"/></svg>")
                .Append(HtmlText.Encode(text[UiKeys.KindMany(kind)])).Append("</li>");
        }

        html.Append("</ul>");
        return new TrustedHtml(html.ToString());
    }

    private static string Pair(Point p) => SvgText.Num(p.X) + "," + SvgText.Num(p.Y);
}
