namespace Briefing.Engine.Rendering.Graphics;

/// <summary>Entities and their relations as an undirected graph; relations between the same two entities share one line.</summary>
internal sealed class RelationGraph
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<GraphEdge>> _pairs = [];
    private readonly Dictionary<string, SortedSet<string>> _neighbours = new(StringComparer.Ordinal);

    public RelationGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        foreach (var node in nodes)
        {
            _nodes.TryAdd(node.Id, node);
        }

        foreach (var edge in edges.Where(e => e.From != e.To && _nodes.ContainsKey(e.From) && _nodes.ContainsKey(e.To)).Distinct())
        {
            var key = Key(edge.From, edge.To);
            if (!_pairs.TryGetValue(key, out var list))
            {
                _pairs[key] = list = [];
            }

            list.Add(edge);
            Neighbours(edge.From).Add(edge.To);
            Neighbours(edge.To).Add(edge.From);
        }

        foreach (var list in _pairs.Values)
        {
            list.Sort((a, b) =>
            {
                var byType = GraphLayout.TypeOrder(a.Type).CompareTo(GraphLayout.TypeOrder(b.Type));
                return byType != 0 ? byType : string.CompareOrdinal(a.From, b.From);
            });
        }
    }

    public GraphNode Node(string id) => _nodes[id];

    /// <summary>Neighbours in a fixed order: by how they relate to <paramref name="id"/>, then by name.</summary>
    public IEnumerable<string> NeighboursOf(string id) =>
        _neighbours.TryGetValue(id, out var set)
            ? set.OrderBy(n => Rank(n, id)).ThenBy(n => _nodes[n].Name, StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal)
            : [];

    public IReadOnlyList<GraphEdge> Between(string a, string b) => _pairs.GetValueOrDefault(Key(a, b)) ?? [];

    /// <summary>
    /// Where <paramref name="outer"/> belongs among the neighbours of <paramref name="inner"/>: relations the
    /// outer entity holds towards the inner one (it leads, is a member of, invests in it) come before
    /// relations the inner one holds towards it.
    /// </summary>
    public int Rank(string outer, string inner)
    {
        var relations = Between(outer, inner);
        var own = relations.Where(r => r.From == outer).Select(r => GraphLayout.TypeOrder(r.Type)).DefaultIfEmpty(int.MaxValue).Min();
        return own != int.MaxValue ? own : 100 + relations.Select(r => GraphLayout.TypeOrder(r.Type)).DefaultIfEmpty(0).Min();
    }

    /// <summary>Connected parts, largest first; nodes without relations are left out.</summary>
    public List<HashSet<string>> Components()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<HashSet<string>>();
        foreach (var start in _neighbours.Keys.OrderBy(id => _nodes[id].Name, StringComparer.OrdinalIgnoreCase).ThenBy(id => id, StringComparer.Ordinal))
        {
            if (!seen.Add(start))
            {
                continue;
            }

            var component = new HashSet<string>(StringComparer.Ordinal) { start };
            var queue = new Queue<string>([start]);
            while (queue.TryDequeue(out var current))
            {
                foreach (var next in _neighbours[current])
                {
                    if (seen.Add(next))
                    {
                        component.Add(next);
                        queue.Enqueue(next);
                    }
                }
            }

            components.Add(component);
        }

        return components.OrderByDescending(c => c.Count).ToList();
    }

    /// <summary>Breadth-first from <paramref name="hub"/>: each entity hangs off the first, best-ranked neighbour that reaches it.</summary>
    public SpanningTree Tree(string hub)
    {
        var tree = new SpanningTree(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        tree.Depth[hub] = 0;
        var queue = new Queue<string>([hub]);
        while (queue.TryDequeue(out var current))
        {
            tree.Children[current] = [];
            foreach (var next in NeighboursOf(current).Where(n => !tree.Depth.ContainsKey(n)))
            {
                tree.Depth[next] = tree.Depth[current] + 1;
                tree.Parent[next] = current;
                tree.Children[current].Add(next);
                queue.Enqueue(next);
            }
        }

        return tree;
    }

    /// <summary>The entity with the most neighbours, ties broken by name.</summary>
    public string BestConnected(IEnumerable<string> ids) =>
        ids.OrderByDescending(id => _neighbours[id].Count)
            .ThenBy(id => _nodes[id].Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(id => id, StringComparer.Ordinal)
            .First();

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private SortedSet<string> Neighbours(string id)
    {
        if (!_neighbours.TryGetValue(id, out var set))
        {
            _neighbours[id] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        return set;
    }
}

/// <summary>How a part of the graph hangs from its hub: each entity's parent, children in order, and distance from the hub.</summary>
internal sealed record SpanningTree(Dictionary<string, string> Parent, Dictionary<string, List<string>> Children, Dictionary<string, int> Depth);
