namespace Briefing.Engine.Rendering.Search;

/// <summary>
/// One term's postings as documents are added in order: how many documents have it, and, of those, the
/// <c>most</c> where it stands best (by rank, then the earlier document), which is all its file lists once more
/// documents have it. A term in most of a large site's documents so keeps a few thousand postings rather than one
/// per document until the index is written.
/// </summary>
/// <remarks>
/// A rank is a posting's low five bits, field × 8 + min(count, 7). Postings are held as document × 32 + rank.
/// Once more than <c>2 × most</c> are held, the best <c>most</c> are kept and the lowest rank among them becomes
/// the floor: a later document of that rank or lower can never be among the best, since the held ones are as good
/// and earlier, so it is only counted.
/// </remarks>
internal sealed class TermPostings(int most)
{
    private int[] _held = new int[4];
    private int _length;
    private int _floor = -1;

    /// <summary>How many documents have the term.</summary>
    public int Count { get; private set; }

    /// <param name="document">Greater than the document added before.</param>
    /// <param name="rank">From 0 to 31.</param>
    public void Add(int document, int rank)
    {
        Count++;
        if (rank <= _floor)
        {
            return;
        }

        if (_length == 2 * most)
        {
            KeepBest();
            if (rank <= _floor)
            {
                return;
            }
        }

        if (_length == _held.Length)
        {
            Array.Resize(ref _held, Math.Min(_held.Length * 2, Math.Max(2 * most, 4)));
        }

        _held[_length++] = checked((document * 32) + rank);
    }

    /// <summary>
    /// As the term's file lists them: every document, as (document − previous document) × 32 + rank; or, in more
    /// than <c>most</c>, −(how many) first and then the best <c>most</c> so encoded.
    /// </summary>
    public int[] Encoded()
    {
        var over = Count > most;
        if (over && _length > most)
        {
            KeepBest();
        }

        var values = new int[_length + (over ? 1 : 0)];
        var n = 0;
        if (over)
        {
            values[n++] = -Count;
        }

        var previous = 0;
        for (var i = 0; i < _length; i++)
        {
            var document = _held[i] / 32;
            values[n++] = ((document - previous) * 32) + (_held[i] % 32);
            previous = document;
        }

        return values;
    }

    /// <summary>Keeps the best <c>most</c> held postings in document order, found by counting ranks rather than sorting.</summary>
    private void KeepBest()
    {
        Span<int> perRank = stackalloc int[32];
        for (var i = 0; i < _length; i++)
        {
            perRank[_held[i] % 32]++;
        }

        var cutoff = 31;
        var atCutoff = most;
        while (perRank[cutoff] < atCutoff)
        {
            atCutoff -= perRank[cutoff];
            cutoff--;
        }

        var kept = 0;
        for (var i = 0; i < _length; i++)
        {
            var rank = _held[i] % 32;
            if (rank > cutoff || (rank == cutoff && atCutoff-- > 0))
            {
                _held[kept++] = _held[i];
            }
        }

        _length = kept;
        _floor = cutoff;
    }
}
