namespace Briefing.Engine.Rendering.Graphics;

/// <summary>
/// Places one connected part of the graph as an indented outline for a phone: the hub on top, each entity
/// below the one it hangs from and indented one step, joined to it by an elbow whose label says how they
/// relate. Relations outside that tree bow out on the right. The picture is exactly <see cref="Width"/>
/// wide and is shown at that size, so no text is drawn smaller than it is set.
/// </summary>
internal sealed class Outline(RelationGraph graph, string hub, RelationText words)
{
    /// <summary>Narrow enough for a 360 px screen less the page's margins.</summary>
    public const double Width = 320;

    private const double Indent = 26;
    private const double MinIndent = 14;
    private const double Trunk = 10;
    private const double RowGap = 10;
    private const double LabelLine = 14;
    private const double BowStep = 8;
    private const double MinBox = 110;

    public PartLayout Place()
    {
        var tree = graph.Tree(hub);
        var order = new List<string>();
        void Walk(string id)
        {
            order.Add(id);
            foreach (var child in tree.Children[id])
            {
                Walk(child);
            }
        }

        Walk(hub);

        var chords = new List<(string A, string B)>();
        foreach (var a in order)
        {
            foreach (var b in graph.NeighboursOf(a).Where(b => string.CompareOrdinal(a, b) < 0))
            {
                if (tree.Parent.GetValueOrDefault(a) != b && tree.Parent.GetValueOrDefault(b) != a)
                {
                    chords.Add((a, b));
                }
            }
        }

        chords = chords.Distinct().OrderBy(c => order.IndexOf(c.A)).ThenBy(c => order.IndexOf(c.B)).ToList();
        var chordLabels = chords.SelectMany(c => GraphLayout.LabelTexts(graph, words, c.A, c.B, vertical: true)).Select(GraphLayout.LabelWidth).DefaultIfEmpty(0).Max();
        var chordRoom = chords.Count == 0 ? 0 : 12 + (BowStep * Math.Min(chords.Count - 1, 3)) + 4 + chordLabels;

        // A deep tree indents in smaller steps so that its deepest box keeps room for a name, first beside
        // the bows and, in a tree deeper still, under them; the elbows shorten with the steps.
        var deepest = tree.Depth.Values.Max();
        var indent = deepest == 0 ? Indent : Math.Min(Math.Clamp((Width - 20 - MinBox - chordRoom) / deepest, MinIndent, Indent), (Width - 20 - MinBox) / deepest);
        var trunk = Math.Min(Trunk, indent / 2);

        var placed = new Dictionary<string, PlacedNode>(StringComparer.Ordinal);
        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var above = new HashSet<string>(StringComparer.Ordinal);
        var y = 0.0;
        foreach (var id in order)
        {
            var x = tree.Depth[id] * indent;
            var isHub = id == hub;
            var room = Math.Min(Width - 20 - x, Math.Max(MinBox, Width - 20 - x - chordRoom));
            var box = GraphLayout.Box(graph.Node(id), isHub, room - GraphLayout.BoxPadding(isHub));
            var texts = isHub ? [] : GraphLayout.LabelTexts(graph, words, tree.Parent[id], id, vertical: true);
            labels[id] = texts;

            // A label goes beside the box when it fits there with nothing bowing past; else above it.
            var beside = chords.Count == 0 && texts.Count > 0 && x + box.Width + 8 + texts.Max(GraphLayout.LabelWidth) <= Width - 20;
            if (!beside)
            {
                above.Add(id);
                y += texts.Count * LabelLine;
            }

            placed[id] = box with { X = x, Y = y };
            y += box.Height + RowGap;
        }

        var edges = new List<PlacedEdge>();
        foreach (var id in order.Where(id => id != hub))
        {
            var node = placed[id];
            var parent = placed[tree.Parent[id]];
            var siblings = tree.Children[tree.Parent[id]];
            var index = siblings.IndexOf(id);

            // Each elbow starts where the one to the sibling above it ends, so no two lines share a stretch
            // and a dashed one stays visible.
            var top = index == 0 ? parent.Y + parent.Height : placed[siblings[index - 1]].MiddleY;
            var trunkX = parent.X + trunk;
            var start = new Point(trunkX, top);
            var corner = new Point(trunkX, node.MiddleY);
            var end = new Point(node.X, node.MiddleY);
            var texts = labels[id];
            var edgeLabels = texts.Select((t, i) => above.Contains(id)
                ? new EdgeLabel(t, node.X + 2, node.Y - 4 - ((texts.Count - 1 - i) * LabelLine), "start")
                : new EdgeLabel(t, node.Right + 8, node.MiddleY + 4 + ((i - ((texts.Count - 1) / 2.0)) * LabelLine), "start")).ToList();
            edges.Add(new PlacedEdge(start, corner, corner, end, edgeLabels, GraphLayout.IsSingle(graph, id, tree.Parent[id])));
        }

        var usedLabelYs = new List<double>();
        for (var i = 0; i < chords.Count; i++)
        {
            var (a, b) = chords[i];
            var (upper, lower) = placed[a].Y <= placed[b].Y ? (placed[a], placed[b]) : (placed[b], placed[a]);
            var between = placed.Values.Where(n => n.Y + n.Height >= upper.MiddleY && n.Y <= lower.MiddleY).Max(n => n.Right);
            var apex = Math.Min(between + 12 + (BowStep * Math.Min(i, 3)), Width - 20 - 4 - chordLabels);
            // The label sits where the bow turns into its lower end, so each label is beside its own line.
            var texts = GraphLayout.LabelTexts(graph, words, upper.Node.Id, lower.Node.Id, vertical: true);
            var labelY = lower.MiddleY - 6 - ((texts.Count - 1) * LabelLine);
            while (usedLabelYs.Any(u => Math.Abs(u - labelY) < LabelLine * texts.Count))
            {
                labelY += LabelLine;
            }

            usedLabelYs.AddRange(texts.Select((_, k) => labelY + (k * LabelLine)));
            var chordLabelsPlaced = texts.Select((t, k) => new EdgeLabel(t, apex + 4, labelY + (k * LabelLine), "start")).ToList();
            edges.Add(new PlacedEdge(
                new Point(upper.Right, upper.MiddleY),
                new Point(apex, upper.MiddleY),
                new Point(apex, lower.MiddleY),
                new Point(lower.Right, lower.MiddleY),
                chordLabelsPlaced,
                GraphLayout.IsSingle(graph, a, b)));
        }

        return new PartLayout([.. placed.Values.OrderBy(n => n.Node.Id, StringComparer.Ordinal)], edges);
    }
}
