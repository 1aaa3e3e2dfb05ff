using System.Collections.Concurrent;

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
/// together in reading order and stop as soon as no briefing further on could take a place. Where the places are
/// taken by briefings that share little (a site whose briefings each name a few widely named companies and
/// topics), no briefing further on can be ruled out early and a walk would cover the long lists whole for every
/// briefing; past a budget the rest of them is counted as bits instead, a machine word of 64 briefings at a time.
/// </remarks>
internal sealed class SharedSubjects
{
    /// <summary>Lists longer than this are walked, and looked up in, rather than counted whole.</summary>
    private const int Counted = 64;

    // Each briefing's own lists, entities' then topics', each with its bits when it is kept as bits too.
    private readonly (List<int> Briefings, ulong[]? Bits)[][] _listsOf;

    // Words of bits per list over the whole site.
    private readonly int _words;

    // What matching one briefing writes as it goes, one for each thread matching at once: briefings are matched in parallel.
    private readonly ConcurrentStack<Scratch> _idle = new();

    /// <summary>The briefing being matched: how many of its short lists hold each briefing, the briefings those lists hold, and its long lists; for the bits search, a long list's bits when it keeps none, and the counts.</summary>
    private sealed class Scratch(int briefings)
    {
        public readonly int[] Shared = new int[briefings];
        public readonly List<int> Touched = [];
        public readonly List<(List<int> Briefings, ulong[]? Bits)> Long = [];
        public readonly List<ulong[]> MadeBits = [];
        public ulong[] Counts = [];
    }

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

        _words = (briefings.Count + 63) / 64;
        _listsOf = [.. named.Select(lists => lists.Select(list => (list, bitsOf.GetValueOrDefault(list))).ToArray())];
    }

    /// <summary>At most <paramref name="count"/> briefings sharing something with the one at <paramref name="self"/>, most shared first, ties in list order; safe to call from several threads at once.</summary>
    /// <param name="excluded">Briefings already chosen, which are not offered again.</param>
    public List<int> MostShared(int self, IEnumerable<int> excluded, int count)
    {
        if (!_idle.TryPop(out var scratch))
        {
            scratch = new Scratch(_listsOf.Length);
        }

        var found = MostShared(scratch, self, excluded, count);
        _idle.Push(scratch);
        return found;
    }

    private List<int> MostShared(Scratch scratch, int self, IEnumerable<int> excluded, int count)
    {
        foreach (var list in _listsOf[self])
        {
            Gather(scratch, list);
        }

        var skipped = new HashSet<int>(excluded) { self };
        var best = new List<(int Score, int Briefing)>(count + 1);

        // A briefing in a short list: its score exactly, the long lists looked up.
        foreach (var i in scratch.Touched)
        {
            if (!skipped.Contains(i))
            {
                var score = scratch.Shared[i];
                foreach (var (list, bits) in scratch.Long)
                {
                    score += (bits is null ? list.BinarySearch(i) >= 0 : (bits[i >> 6] & (1UL << i)) != 0) ? 1 : 0;
                }

                Offer(best, score, i, count);
            }
        }

        Walk(scratch, best, skipped, count);

        foreach (var i in scratch.Touched)
        {
            scratch.Shared[i] = 0;
        }

        scratch.Touched.Clear();
        scratch.Long.Clear();
        return best.ConvertAll(b => b.Briefing);
    }

    /// <summary>
    /// Offers, in reading order, each briefing found only in long lists, scored by how many of them hold it, until
    /// none further on could take a place: it would need more of the lists not yet walked to the end than there
    /// are, or as many and to come before the last briefing placed. A walk that runs past its budget leaves the
    /// briefings it has not reached to <see cref="CountBits"/>.
    /// </summary>
    private void Walk(Scratch scratch, List<(int Score, int Briefing)> best, HashSet<int> skipped, int count)
    {
        var @long = scratch.Long;
        Span<int> at = @long.Count <= 32 ? stackalloc int[@long.Count] : new int[@long.Count];

        // Counting bits costs about two words per list for the rest of the site; a walk that has taken as many steps is handed over.
        var budget = 2 * _words;
        while (true)
        {
            var next = int.MaxValue;
            var open = 0;
            for (var k = 0; k < @long.Count; k++)
            {
                if (at[k] < @long[k].Briefings.Count)
                {
                    open++;
                    next = Math.Min(next, @long[k].Briefings[at[k]]);
                }
            }

            if (open == 0 || (best.Count == count && (best[^1].Score > open || (best[^1].Score == open && next > best[^1].Briefing))))
            {
                return;
            }

            if (--budget < 0)
            {
                CountBits(scratch, best, skipped, count, next, at);
                return;
            }

            var score = 0;
            for (var k = 0; k < @long.Count; k++)
            {
                if (at[k] < @long[k].Briefings.Count && @long[k].Briefings[at[k]] == next)
                {
                    score++;
                    at[k]++;
                }
            }

            if (scratch.Shared[next] == 0 && !skipped.Contains(next))
            {
                Offer(best, score, next, count);
            }
        }
    }

    /// <summary>
    /// Offers each briefing from <paramref name="from"/> on that only long lists hold, as <see cref="Walk"/> would, found
    /// from how many of the lists hold it: the lists' bits are added a word at a time into binary counts (one word
    /// per binary digit), and the briefings held by exactly t lists are read off them for t from the most down, so
    /// each pass stops once no briefing further on could take a place.
    /// </summary>
    /// <param name="at">Where the walk stopped in each list: every briefing before it is less than <paramref name="from"/>.</param>
    private void CountBits(Scratch scratch, List<(int Score, int Briefing)> best, HashSet<int> skipped, int count, int from, ReadOnlySpan<int> at)
    {
        var @long = scratch.Long;
        var lists = @long.Count;
        var digits = System.Numerics.BitOperations.Log2((uint)lists) + 1;
        var first = from >> 6;
        var span = _words - first;
        if (scratch.Counts.Length < digits * span)
        {
            scratch.Counts = new ulong[digits * _words];
        }

        var counts = scratch.Counts.AsSpan(0, digits * span);
        counts.Clear();
        var made = 0;
        for (var k = 0; k < lists; k++)
        {
            var (briefings, kept) = @long[k];
            var bits = kept;
            if (bits is null)
            {
                if (scratch.MadeBits.Count == made)
                {
                    scratch.MadeBits.Add(new ulong[_words]);
                }

                bits = scratch.MadeBits[made++];
                for (var a = at[k]; a < briefings.Count; a++)
                {
                    bits[briefings[a] >> 6] |= 1UL << briefings[a];
                }
            }

            for (var w = first; w < _words; w++)
            {
                // A carry through the binary digits of each briefing's count.
                var carry = w == first ? bits[w] & (~0UL << from) : bits[w];
                for (var d = 0; d < digits && carry != 0; d++)
                {
                    ref var digit = ref counts[(d * span) + w - first];
                    var next = digit & carry;
                    digit ^= carry;
                    carry = next;
                }
            }

            if (kept is null)
            {
                bits.AsSpan(first).Clear();
            }
        }

        for (var score = lists; score > 0; score--)
        {
            if (best.Count == count && best[^1].Score > score)
            {
                return;
            }

            for (var w = 0; w < span; w++)
            {
                var exactly = ~0UL;
                for (var d = 0; d < digits; d++)
                {
                    exactly &= ((score >> d) & 1) != 0 ? counts[(d * span) + w] : ~counts[(d * span) + w];
                }

                for (; exactly != 0; exactly &= exactly - 1)
                {
                    var briefing = ((first + w) << 6) + System.Numerics.BitOperations.TrailingZeroCount(exactly);
                    if (best.Count == count && (best[^1].Score > score || (best[^1].Score == score && briefing > best[^1].Briefing)))
                    {
                        goto nextScore;
                    }

                    if (scratch.Shared[briefing] == 0 && !skipped.Contains(briefing))
                    {
                        Offer(best, score, briefing, count);
                    }
                }
            }

            nextScore:;
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
    private static void Gather(Scratch scratch, (List<int> Briefings, ulong[]? Bits) list)
    {
        if (list.Briefings.Count > Counted)
        {
            scratch.Long.Add(list);
            return;
        }

        foreach (var i in list.Briefings)
        {
            if (scratch.Shared[i]++ == 0)
            {
                scratch.Touched.Add(i);
            }
        }
    }
}
