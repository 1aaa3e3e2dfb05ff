namespace Briefing.Engine.Resolution;

/// <summary>
/// Which briefings share the most entities and topics with one briefing (a shared topic counts as much as a
/// shared entity; ties go to the briefing earlier in the reading order), found through who names each entity
/// and topic, so that a briefing is compared only with the briefings it shares something with.
/// </summary>
/// <remarks>
/// A topic, or a company named everywhere, is shared with a large part of the site, so counting every briefing
/// that names it made finding every briefing's neighbours grow with the square of the site (6% of a build's
/// processor time at 100,000 briefings, all on one core). Short lists are counted whole; long ones are walked
/// together in reading order and stop as soon as no briefing further on could take a place.
/// </remarks>
internal sealed class SharedSubjects
{
    /// <summary>Lists longer than this are walked, and looked up in, rather than counted whole.</summary>
    private const int Counted = 64;

    // Each briefing's own lists, entities' then topics', each with its bits when it is kept as bits too.
    private readonly (List<int> Briefings, ulong[]? Bits)[][] _listsOf;

    // The briefing being matched: how many of its short lists hold each briefing, the briefings those lists hold, and its long lists.
    private readonly int[] _shared;
    private readonly List<int> _touched = [];
    private readonly List<(List<int> Briefings, ulong[]? Bits)> _long = [];

    /// <param name="briefings">Each briefing's entity ids and topics, in the order ties are broken: the earlier first.</param>
    /// <param name="bitsOver">The length past which a long list is also kept as bits; by default a 64th of the site, so that
    /// there are at most 64 such lists for each subject the average briefing names, and their bits take at most 8 bytes
    /// for each name a briefing gives. Shorter long lists are searched.</param>
    public SharedSubjects(IReadOnlyList<(IEnumerable<string> Entities, IEnumerable<string> Topics)> briefings, int? bitsOver = null)
    {
        var byEntity = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var named = new List<int>[briefings.Count][];
        for (var i = 0; i < briefings.Count; i++)
        {
            var (entities, topics) = briefings[i];
            named[i] =
            [
                .. entities.Distinct(StringComparer.Ordinal).Select(entity => Add(byEntity, entity, i)),
                .. topics.Distinct(StringComparer.Ordinal).Select(topic => Add(byTopic, topic, i)),
            ];
        }

        // Lists named by a large part of the site, as one bit per briefing: the most looked up.
        var bitsOf = new Dictionary<List<int>, ulong[]>(ReferenceEqualityComparer.Instance);
        foreach (var list in byEntity.Values.Concat(byTopic.Values).Where(l => l.Count > Math.Max(Counted, bitsOver ?? briefings.Count / 64)))
        {
            var bits = new ulong[(briefings.Count + 63) / 64];
            foreach (var i in list)
            {
                bits[i >> 6] |= 1UL << i;
            }

            bitsOf.Add(list, bits);
        }

        _shared = new int[briefings.Count];
        _listsOf = [.. named.Select(lists => lists.Select(list => (list, bitsOf.GetValueOrDefault(list))).ToArray())];
    }

    /// <summary>At most <paramref name="count"/> briefings sharing something with the one at <paramref name="self"/>, most shared first, ties in list order.</summary>
    /// <param name="excluded">Briefings already chosen, which are not offered again.</param>
    public List<int> MostShared(int self, IEnumerable<int> excluded, int count)
    {
        foreach (var list in _listsOf[self])
        {
            Gather(list);
        }

        var skipped = new HashSet<int>(excluded) { self };
        var best = new List<(int Score, int Briefing)>(count + 1);

        // A briefing in a short list: its score exactly, the long lists looked up.
        foreach (var i in _touched)
        {
            if (!skipped.Contains(i))
            {
                var score = _shared[i];
                foreach (var (list, bits) in _long)
                {
                    score += (bits is null ? list.BinarySearch(i) >= 0 : (bits[i >> 6] & (1UL << i)) != 0) ? 1 : 0;
                }

                Offer(best, score, i, count);
            }
        }

        Walk(best, skipped, count);

        foreach (var i in _touched)
        {
            _shared[i] = 0;
        }

        _touched.Clear();
        _long.Clear();
        return best.ConvertAll(b => b.Briefing);
    }

    /// <summary>
    /// Offers, in reading order, each briefing found only in long lists, scored by how many of them hold it, until
    /// none further on could take a place: it would need more of the lists not yet walked to the end than there
    /// are, or as many and to come before the last briefing placed.
    /// </summary>
    private void Walk(List<(int Score, int Briefing)> best, HashSet<int> skipped, int count)
    {
        Span<int> at = _long.Count <= 32 ? stackalloc int[_long.Count] : new int[_long.Count];
        while (true)
        {
            var next = int.MaxValue;
            var open = 0;
            for (var k = 0; k < _long.Count; k++)
            {
                if (at[k] < _long[k].Briefings.Count)
                {
                    open++;
                    next = Math.Min(next, _long[k].Briefings[at[k]]);
                }
            }

            if (open == 0 || (best.Count == count && (best[^1].Score > open || (best[^1].Score == open && next > best[^1].Briefing))))
            {
                return;
            }

            var score = 0;
            for (var k = 0; k < _long.Count; k++)
            {
                if (at[k] < _long[k].Briefings.Count && _long[k].Briefings[at[k]] == next)
                {
                    score++;
                    at[k]++;
                }
            }

            if (_shared[next] == 0 && !skipped.Contains(next))
            {
                Offer(best, score, next, count);
            }
        }
    }

    /// <summary>Places a briefing among the best, most shared first and ties in reading order, keeping at most <paramref name="count"/>.</summary>
    private static void Offer(List<(int Score, int Briefing)> best, int score, int briefing, int count)
    {
        // A loop rather than FindIndex: a closure for every briefing offered, for every briefing, was half a gigabyte at 10,000.
        var at = best.Count;
        while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Briefing > briefing)))
        {
            at--;
        }

        if (at < count)
        {
            best.Insert(at, (score, briefing));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }
    }

    private static List<int> Add(Dictionary<string, List<int>> index, string key, int briefing)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index.Add(key, list = []);
        }

        list.Add(briefing);
        return list;
    }

    /// <summary>Counts a short list's briefings; keeps a long one to walk.</summary>
    private void Gather((List<int> Briefings, ulong[]? Bits) list)
    {
        if (list.Briefings.Count > Counted)
        {
            _long.Add(list);
            return;
        }

        foreach (var i in list.Briefings)
        {
            if (_shared[i]++ == 0)
            {
                _touched.Add(i);
            }
        }
    }
}
