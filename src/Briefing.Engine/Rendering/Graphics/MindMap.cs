namespace Briefing.Engine.Rendering.Graphics;

/// <summary>
/// Places one connected part of the graph around its hub (see <see cref="GraphLayout"/>). Coordinates
/// are relative to the hub's centre; <see cref="GraphLayout"/> moves the part into the picture.
/// </summary>
internal sealed class MindMap(RelationGraph graph, string hub, RelationText words)
{
    private const double RowGap = 16;
    private const double MinColumnGap = 64;

    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _depth = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _side = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Start, double End)> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlacedNode> _placed = new(StringComparer.Ordinal);

    public PartLayout Place()
    {
        Spread();
        var sides = AssignSides();
        var hubNode = Size(hub, true);
        _placed[hub] = hubNode with { X = -hubNode.Width / 2, Y = -hubNode.Height / 2 };
        foreach (var (side, firsts) in sides)
        {
            PlaceSide(side, firsts);
        }

        var edges = new List<PlacedEdge>();
        foreach (var (child, parent) in _parent.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            edges.Add(TreeEdge(_placed[child], _placed[parent], _side[child]));
        }

        var drawn = _parent.Select(p => Pair(p.Key, p.Value)).ToHashSet();
        foreach (var a in _placed.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var b in graph.NeighboursOf(a).Where(b => string.CompareOrdinal(a, b) < 0 && _placed.ContainsKey(b)))
            {
                if (drawn.Add(Pair(a, b)))
                {
                    edges.Add(Chord(_placed[a], _placed[b]));
                }
            }
        }

        return new PartLayout([.. _placed.Values.OrderBy(n => n.Node.Id, StringComparer.Ordinal)], edges);
    }

    /// <summary>Hangs the part from the hub as <see cref="RelationGraph.Tree"/> does for every layout.</summary>
    private void Spread()
    {
        var tree = graph.Tree(hub);
        foreach (var (id, depth) in tree.Depth)
        {
            _depth[id] = depth;
        }

        foreach (var (id, parent) in tree.Parent)
        {
            _parent[id] = parent;
        }

        foreach (var (id, children) in tree.Children)
        {
            _children[id] = children;
        }
    }

    /// <summary>
    /// Hub neighbours related to one another stay together (the most connected in their middle); then the
    /// sequence is cut in two halves of about equal height, the first on the left.
    /// </summary>
    private List<(int Side, List<string> Firsts)> AssignSides()
    {
        var firsts = _children[hub];
        var clusterOf = firsts.ToDictionary(f => f, f => f, StringComparer.Ordinal);
        string Root(string id) => clusterOf[id] == id ? id : Root(clusterOf[id]);
        foreach (var a in firsts)
        {
            foreach (var b in graph.NeighboursOf(a).Where(clusterOf.ContainsKey))
            {
                var (ra, rb) = (Root(a), Root(b));
                if (ra != rb)
                {
                    var (keep, drop) = firsts.IndexOf(ra) < firsts.IndexOf(rb) ? (ra, rb) : (rb, ra);
                    clusterOf[drop] = keep;
                }
            }
        }

        var clusters = firsts.GroupBy(Root, StringComparer.Ordinal).Select(g => Centred(g.ToList())).ToList();
        var total = firsts.Sum(Leaves);
        var left = new List<string>();
        var right = new List<string>();
        foreach (var cluster in clusters)
        {
            (left.Sum(Leaves) * 2 < total ? left : right).AddRange(cluster);
        }

        return [(-1, left), (1, right)];
    }

    private List<string> Centred(List<string> cluster)
    {
        if (cluster.Count < 3)
        {
            return cluster;
        }

        var inCluster = cluster.ToHashSet(StringComparer.Ordinal);
        var centre = cluster.OrderByDescending(id => graph.NeighboursOf(id).Count(inCluster.Contains)).First();
        cluster.Remove(centre);
        cluster.Insert((cluster.Count + 1) / 2, centre);
        return cluster;
    }

    private int Leaves(string id) => _children.TryGetValue(id, out var kids) && kids.Count > 0 ? kids.Sum(Leaves) : 1;

    private void PlaceSide(int side, List<string> firsts)
    {
        if (firsts.Count == 0)
        {
            return;
        }

        var members = new List<string>();
        var row = 0.0;
        foreach (var first in firsts)
        {
            AssignRows(first, side, members, ref row);
        }

        var sized = members.ToDictionary(id => id, id => Size(id, false), StringComparer.Ordinal);
        var pitch = sized.Values.Max(n => n.Height) + RowGap;
        var offset = (row - 1) / 2;
        var edge = side < 0 ? _placed[hub].X : _placed[hub].Right;
        foreach (var depth in members.Select(m => _depth[m]).Distinct().Order())
        {
            var column = members.Where(m => _depth[m] == depth).ToList();
            var labelRoom = column.SelectMany(m => LabelTexts(m, _parent[m])).Select(GraphLayout.LabelWidth).DefaultIfEmpty(0).Max();
            var gap = Math.Max(MinColumnGap, labelRoom + 44);
            var inner = edge + (side * gap);
            foreach (var id in column)
            {
                var node = sized[id];
                var middle = ((_rows[id].Start + _rows[id].End) / 2 - offset) * pitch;
                _placed[id] = node with { X = side < 0 ? inner - node.Width : inner, Y = middle - (node.Height / 2) };
            }

            var width = column.Max(m => sized[m].Width);
            edge = inner + (side * width);
        }
    }

    private void AssignRows(string id, int side, List<string> members, ref double row)
    {
        _side[id] = side;
        members.Add(id);
        var kids = _children[id];
        if (kids.Count == 0)
        {
            _rows[id] = (row, row);
            row++;
            return;
        }

        foreach (var kid in kids)
        {
            AssignRows(kid, side, members, ref row);
        }

        _rows[id] = (_rows[kids[0]].Start, _rows[kids[^1]].End);
    }

    private PlacedNode Size(string id, bool isHub) => GraphLayout.Box(graph.Node(id), isHub);

    /// <summary>From a node's inner side to its parent's facing side; ends on the parent fan out over its height.</summary>
    private PlacedEdge TreeEdge(PlacedNode child, PlacedNode parent, int side)
    {
        var start = new Point(side < 0 ? child.Right : child.X, child.MiddleY);
        var siblings = _children[parent.Node.Id].Where(k => _side[k] == side).Select(k => Math.Abs(_placed[k].MiddleY - parent.MiddleY)).Max();
        var spread = siblings <= 0 ? 0 : (child.MiddleY - parent.MiddleY) / siblings * Math.Max(0, (parent.Height / 2) - 6);
        var end = new Point(side < 0 ? parent.X : parent.Right, parent.MiddleY + spread);
        var mid = (start.X + end.X) / 2;

        // Labels sit beside the child, on the side of the line away from where it bends.
        var texts = side < 0 ? LabelTexts(child.Node.Id, parent.Node.Id) : LabelTexts(parent.Node.Id, child.Node.Id);
        var below = end.Y < start.Y - 0.5;
        var x = start.X - (side * 8);
        var labels = texts.Select((text, i) => new EdgeLabel(
            text,
            x,
            below ? start.Y + 15 + (i * 14) : start.Y - 6 - ((texts.Count - 1 - i) * 14),
            side < 0 ? "start" : "end")).ToList();
        return new PlacedEdge(start, new Point(mid, start.Y), new Point(mid, end.Y), end, labels, GraphLayout.IsSingle(graph, child.Node.Id, parent.Node.Id));
    }

    /// <summary>A relation between two entities that are not parent and child: a bow outwards if they share a column, else a curve between facing sides.</summary>
    private PlacedEdge Chord(PlacedNode a, PlacedNode b)
    {
        var (sideA, sideB) = (_side.GetValueOrDefault(a.Node.Id), _side.GetValueOrDefault(b.Node.Id));
        if (sideA == sideB && sideA != 0 && _depth[a.Node.Id] == _depth[b.Node.Id])
        {
            var (upper, lower) = a.MiddleY <= b.MiddleY ? (a, b) : (b, a);
            var side = sideA;
            var outerUpper = side < 0 ? upper.X : upper.Right;
            var outerLower = side < 0 ? lower.X : lower.Right;
            var outermost = side < 0 ? Math.Min(outerUpper, outerLower) : Math.Max(outerUpper, outerLower);
            var bow = 26 + (Math.Abs(lower.MiddleY - upper.MiddleY) / 8);
            var apex = outermost + (side * bow);
            var middle = (upper.MiddleY + lower.MiddleY) / 2;
            var texts = LabelTexts(upper.Node.Id, lower.Node.Id, vertical: true);
            var x = outermost + (side * ((bow * 0.75) + 6));
            var labels = texts.Select((text, i) => new EdgeLabel(text, x, middle + 4 + ((i - ((texts.Count - 1) / 2.0)) * 14), side < 0 ? "end" : "start")).ToList();
            return new PlacedEdge(new Point(outerUpper, upper.MiddleY), new Point(apex, upper.MiddleY), new Point(apex, lower.MiddleY), new Point(outerLower, lower.MiddleY), labels, GraphLayout.IsSingle(graph, a.Node.Id, b.Node.Id));
        }

        var (left, right) = a.X + (a.Width / 2) <= b.X + (b.Width / 2) ? (a, b) : (b, a);
        var start = new Point(left.Right, left.MiddleY);
        var end = new Point(right.X, right.MiddleY);
        var mid = (start.X + end.X) / 2;
        var lines = LabelTexts(left.Node.Id, right.Node.Id);
        var y = ((start.Y + end.Y) / 2) - 6;
        return new PlacedEdge(start, new Point(mid, start.Y), new Point(mid, end.Y), end, lines.Select((t, i) => new EdgeLabel(t, mid, y + (i * 14), "middle")).ToList(), GraphLayout.IsSingle(graph, a.Node.Id, b.Node.Id));
    }

    private List<string> LabelTexts(string first, string second, bool vertical = false) => GraphLayout.LabelTexts(graph, words, first, second, vertical);

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
