using Briefing.Engine.Rendering.Search;
using CsCheck;

namespace Briefing.Tests.Rendering.Search;

/// <summary>
/// A term's postings, kept bounded as documents are added, are written as keeping every posting and then choosing the
/// best would write them.
/// </summary>
public sealed class TermPostingsTests
{
    /// <summary>
    /// A term's documents, some far apart, each with a rank; ranks drawn from a few values (as in a common word, mostly
    /// in the text and once or twice) or from all 32; and how many its file may list.
    /// </summary>
    private static readonly Gen<(List<(int Document, int Rank)> Postings, int Most)> Terms =
        Gen.Select(
            Gen.OneOf(Gen.Int[0, 2].Select(r => r * 8), Gen.Int[0, 31], Gen.OneOf(Gen.Int[0, 1], Gen.Int[24, 31]))
                .SelectMany(rank => Gen.OneOf(Gen.Int[1, 2], Gen.Int[1, 500]).Select(step => (Step: step, Rank: rank)))
                .List[0, 3000]
                .Select(steps =>
                {
                    var document = -1;
                    return steps.Select(s => (document += s.Step, s.Rank)).ToList();
                }),
            Gen.OneOf(Gen.Int[1, 5], Gen.Int[6, 1200]));

    [Fact]
    public void Encoded_AnyTerm_IsEveryPostingOrTheBestChosenFromAll() =>
        Terms.Sample(
            term =>
            {
                var (postings, most) = term;
                var kept = new TermPostings(most);
                foreach (var (document, rank) in postings)
                {
                    kept.Add(document, rank);
                }

                Assert.Equal(postings.Count, kept.Count);
                Assert.Equal(Expected(postings, most), kept.Encoded());
            },
            iter: 300);

    [Fact]
    public void Encoded_ManyDocumentsOfOneRankThenABetterOne_KeepsTheEarliestAndTheBetter()
    {
        var kept = new TermPostings(2);
        for (var document = 0; document < 10; document++)
        {
            kept.Add(document, 0);
        }

        kept.Add(10, 8);

        // −11 documents; then document 0 (rank 0) and document 10 (rank 8), ten documents after it.
        Assert.Equal([-11, 0, (10 * 32) + 8], kept.Encoded());
    }

    /// <summary>Every posting, or past <paramref name="most"/> the best by rank then document, in document order, each as its distance from the one before.</summary>
    private static int[] Expected(List<(int Document, int Rank)> postings, int most)
    {
        var listed = postings.Count > most
            ? postings.OrderByDescending(p => p.Rank).ThenBy(p => p.Document).Take(most).OrderBy(p => p.Document).ToList()
            : postings;
        var previous = 0;
        var encoded = listed.Select(p =>
        {
            var value = ((p.Document - previous) * 32) + p.Rank;
            previous = p.Document;
            return value;
        });
        return postings.Count > most ? [-postings.Count, .. encoded] : [.. encoded];
    }
}
