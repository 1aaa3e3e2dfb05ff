using Briefing.Engine.Model;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>An entity as the relation graph draws it.</summary>
internal sealed record GraphNode(string Id, string Name, string Kind, string Url, IReadOnlyList<string> Aliases);

/// <summary>One relation: <c>From</c> <c>Type</c> <c>To</c>, e.g. softbank-corp leads physical-ai-venture.</summary>
/// <param name="Reports">How many independent reports stand behind it (see <see cref="Certainty"/>).</param>
internal sealed record GraphEdge(string From, string Type, string To, int Reports);

internal sealed record PlacedNode(GraphNode Node, IReadOnlyList<string> Lines, double X, double Y, double Width, double Height, bool IsHub)
{
    public double Right => X + Width;

    public double MiddleY => Y + (Height / 2);
}

internal sealed record EdgeLabel(string Text, double X, double Y, string Anchor);

internal readonly record struct Point(double X, double Y)
{
    public Point Move(double dx, double dy) => new(X + dx, Y + dy);
}

/// <summary>A relation line as a cubic Bézier curve, with its labels.</summary>
/// <param name="Single">Drawn dashed: every relation on the line rests on one report.</param>
internal sealed record PlacedEdge(Point Start, Point Control1, Point Control2, Point End, IReadOnlyList<EdgeLabel> Labels, bool Single)
{
    public IEnumerable<Point> Points => [Start, Control1, Control2, End];

    public PlacedEdge Move(double dx, double dy) =>
        new(Start.Move(dx, dy), Control1.Move(dx, dy), Control2.Move(dx, dy), End.Move(dx, dy), Labels.Select(l => l with { X = l.X + dx, Y = l.Y + dy }).ToList(), Single);
}

internal sealed record GraphPicture(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<PlacedEdge> Edges, double Width, double Height);

/// <summary>
/// Lays a relation graph out as a "mind map", one per connected part: the best-connected entity in the
/// middle, its neighbours in a column on each side ordered by how they relate to it (leaders, members,
/// investors, funders, partners, hosts, rivals), and entities further away in further columns. Every
/// choice is ordered by relation type and then name, so the same data always gives the same picture.
/// </summary>
internal static class GraphLayout
{
    public const double NodeFont = 13;
    public const double HubFont = 14.5;
    public const double LabelFont = 12;
    public const double LineHeight = 16;
    private const double MaxText = 150;
    private const double PadX = 10;
    private const double PadY = 7;
    private const double Margin = 10;
    private const double ComponentGap = 40;

    /// <param name="hubId">The entity to put in the middle (its own part of the graph only); null for the whole graph.</param>
    /// <param name="narrow">The phone layout (<see cref="Outline"/>) in place of the mind map.</param>
    public static GraphPicture Lay(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, RelationText words, string? hubId = null, bool narrow = false)
    {
        var graph = new RelationGraph(nodes, edges);
        var components = graph.Components();
        if (hubId is not null)
        {
            components = components.Where(c => c.Contains(hubId)).ToList();
        }

        var placedNodes = new List<PlacedNode>();
        var placedEdges = new List<PlacedEdge>();
        double top = 0, width = 0;
        foreach (var component in components)
        {
            var hub = hubId is not null && component.Contains(hubId) ? hubId : graph.BestConnected(component);
            var part = narrow ? new Outline(graph, hub, words).Place() : new MindMap(graph, hub, words).Place();
            var (minX, minY, maxX, maxY) = Bounds(part);
            var dx = Margin - minX;
            var dy = top + Margin - minY;
            placedNodes.AddRange(part.Nodes.Select(n => n with { X = n.X + dx, Y = n.Y + dy }));
            placedEdges.AddRange(part.Edges.Select(e => e.Move(dx, dy)));
            width = Math.Max(width, maxX - minX + (2 * Margin));
            top += maxY - minY + (2 * Margin) + ComponentGap;
        }

        // The narrow layout is drawn at its full width on a phone, so its text keeps its size.
        return new GraphPicture(placedNodes, placedEdges, narrow ? Outline.Width : Math.Ceiling(width), Math.Ceiling(Math.Max(0, top - ComponentGap)));
    }

    /// <summary>The name if it fits in two lines of a box, else the first alias that does, else the name cut short.</summary>
    public static IReadOnlyList<string> NodeLines(GraphNode node, double font, double maxText = MaxText)
    {
        foreach (var text in node.Aliases.Prepend(node.Name))
        {
            if (SvgText.Wrap(text, font, maxText) is { Count: <= 2 } lines)
            {
                return lines;
            }
        }

        return SvgText.Fit(node.Name, font, maxText, 2);
    }

    /// <summary>An entity's box, sized to its text, at the origin.</summary>
    public static PlacedNode Box(GraphNode node, bool isHub, double maxText = MaxText)
    {
        var font = isHub ? HubFont : NodeFont;
        var lines = NodeLines(node, font, maxText);
        var padX = isHub ? PadX * 1.6 : PadX;
        var padY = isHub ? PadY * 1.8 : PadY;
        var width = Math.Ceiling(lines.Max(l => SvgText.Width(l, font)) + (2 * padX));
        var height = (lines.Count * LineHeight) + (2 * padY);
        return new PlacedNode(node, lines, 0, 0, width, height, isHub);
    }

    /// <summary>How much wider than its text a box is drawn.</summary>
    public static double BoxPadding(bool isHub) => 2 * (isHub ? PadX * 1.6 : PadX);

    /// <summary>
    /// One text per relation between <paramref name="first"/> (drawn left of or above the other) and
    /// <paramref name="second"/>, with an arrow pointing from the entity that holds the relation to the
    /// other: "leads →" when the first leads the second. Symmetric relations get no arrow. On a line that
    /// is solid for another relation, one that rests on a single report says so.
    /// </summary>
    public static List<string> LabelTexts(RelationGraph graph, RelationText words, string first, string second, bool vertical = false)
    {
        var relations = graph.Between(first, second);
        var mixed = relations.Any(r => Certainty.IsFirm(r.Reports)) && relations.Any(r => !Certainty.IsFirm(r.Reports));
        return relations.Select(r =>
        {
            var label = words.Label(r.Type);
            if (!words.IsSymmetric(r.Type))
            {
                var forward = r.From == first;
                label = vertical ? label + (forward ? " ↓" : " ↑") : forward ? label + " →" : "← " + label;
            }

            return mixed && !Certainty.IsFirm(r.Reports) ? label + " " + words.OneReport : label;
        }).ToList();
    }

    /// <summary>Whether the line between two entities is drawn dashed: every relation on it rests on one report.</summary>
    public static bool IsSingle(RelationGraph graph, string a, string b) => graph.Between(a, b).All(r => !Certainty.IsFirm(r.Reports));

    public static double LabelWidth(string text) => SvgText.Width(text, LabelFont);

    private static (double MinX, double MinY, double MaxX, double MaxY) Bounds(PartLayout part)
    {
        var xs = part.Nodes.SelectMany(n => new[] { n.X, n.Right }).ToList();
        var ys = part.Nodes.SelectMany(n => new[] { n.Y, n.Y + n.Height }).ToList();
        foreach (var label in part.Edges.SelectMany(e => e.Labels))
        {
            var w = LabelWidth(label.Text);
            var left = label.Anchor switch { "end" => label.X - w, "middle" => label.X - (w / 2), _ => label.X };
            xs.Add(left);
            xs.Add(left + w);
            ys.Add(label.Y - LabelFont);
            ys.Add(label.Y + 4);
        }

        // A Bézier curve stays inside the hull of its control points.
        xs.AddRange(part.Edges.SelectMany(e => e.Points).Select(p => p.X));
        ys.AddRange(part.Edges.SelectMany(e => e.Points).Select(p => p.Y));
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    /// <summary>How strongly a relation type ties an entity to the one it is drawn next to: leaders first, rivals last.</summary>
    public static int TypeOrder(string type) =>
        type switch
        {
            "leads" => 0,
            "parent-of" => 1,
            "member-of" => 2,
            "invests-in" => 3,
            "funds" => 4,
            "partner-of" => 5,
            "hosts" => 6,
            "competes-with" => 8,
            _ => RelationTypes.All.Count + 8,
        };
}

internal sealed record PartLayout(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<PlacedEdge> Edges);
