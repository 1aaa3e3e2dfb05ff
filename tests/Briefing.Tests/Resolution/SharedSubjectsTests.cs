using System.Text;
using Briefing.Benchmarks.Corpus;
using CsCheck;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>
/// Related briefings found through who names each entity and topic, short lists counted and long ones walked, are the
/// ones comparing every pair would find.
/// </summary>
public sealed class SharedSubjectsTests
{
    [Fact]
    public void Resolve_TwoHundredBriefings_RelatedAreTheMostSharedByComparingEveryPair()
    {
        var bag = new DiagnosticBag();
        var theme = InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, bag);
        var files = SyntheticCorpus.Generate(200).Select(f => new InputFile(f.Path, "input/" + f.Path, Encoding.UTF8.GetBytes(f.Text))).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var briefings = SiteResolver.Resolve(SiteLoader.Load(new SiteInput("input", files, theme), bag), bag).Briefings;

        foreach (var page in briefings)
        {
            var entities = page.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var topics = page.Briefing.Topics.ToHashSet(StringComparer.Ordinal);
            var expected = briefings
                .Select((other, i) => (other, i, Shared: other.Entities.Select(e => e.Id).Distinct().Count(entities.Contains) + other.Briefing.Topics.Distinct().Count(topics.Contains)))
                .Where(c => c.other != page && c.Shared > 0)
                .OrderByDescending(c => c.Shared)
                .ThenBy(c => c.i)
                .Take(3)
                .Select(c => c.other.Briefing.Slug);

            Assert.Equal(expected, page.Related);
        }

        Assert.Contains(briefings, b => b.Related.Count == 3);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    public void MostShared_FirstBriefingOfALongList_CountsEverySubjectItShares(int bitsOver)
    {
        // Every briefing names "big", so its list is long; the first briefing shares it and "x" with the second.
        var briefings = new List<(IEnumerable<string> Entities, IEnumerable<string> Topics)>
        {
            (["x"], ["big"]),
            (["x", "y"], ["big"]),
            (["y"], []),
            (["y"], ["big"]),
        };
        briefings.AddRange(Enumerable.Repeat<(IEnumerable<string>, IEnumerable<string>)>(([], ["big"]), 196));

        Assert.Equal([0, 3, 2], new SharedSubjects(briefings, bitsOver).MostShared(1, [], 3));
    }

    /// <summary>
    /// Sites where some subjects are named by most briefings (lists far longer than those counted whole, searched or
    /// kept as bits), some by a few, with names repeated and briefings already chosen.
    /// </summary>
    private static readonly Gen<(List<(string[] Entities, string[] Topics)> Briefings, int[] Excluded, int BitsOver)> Sites =
        Gen.Int[1, 400].SelectMany(n => Gen.Select(
            Gen.Select(Gen.Int[0, 7].SelectMany(c => Gen.OneOf(Gen.Int[0, 3], Gen.Int[0, 300]).Array[c]), Gen.Int[0, 4].SelectMany(c => Gen.Int[0, 5].Array[c]))
                .Select((e, t) => (e.Select(x => $"e{x}").ToArray(), t.Select(x => $"t{x}").ToArray()))
                .List[n],
            Gen.Int[0, n - 1].Array[0, 3],
            Gen.OneOf(Gen.Const(64), Gen.Const(150), Gen.Const(1000))));

    [Fact]
    public void MostShared_AnySite_IsWhatComparingEveryPairFinds() =>
        Sites.Sample(
            site =>
            {
                var (briefings, excluded, bitsOver) = site;
                var sharing = new SharedSubjects([.. briefings.Select(b => ((IEnumerable<string>)b.Entities, (IEnumerable<string>)b.Topics))], bitsOver);
                for (var self = 0; self < briefings.Count; self++)
                {
                    var own = briefings[self];
                    var expected = briefings
                        .Select((other, i) => (i, Shared: other.Entities.Distinct().Count(own.Entities.Contains) + other.Topics.Distinct().Count(own.Topics.Contains)))
                        .Where(c => c.i != self && !excluded.Contains(c.i) && c.Shared > 0)
                        .OrderByDescending(c => c.Shared)
                        .ThenBy(c => c.i)
                        .Take(3)
                        .Select(c => c.i);

                    Assert.Equal(expected, sharing.MostShared(self, excluded, 3));
                }
            },
            iter: 200);

    [Fact]
    public void MostShared_ManyThreadsAtOnce_FindWhatOneThreadFinds()
    {
        // Long lists walked and counted as bits, so every part of the matching writes its own working memory.
        var random = new Random(7);
        var briefings = Enumerable.Range(0, 3000)
            .Select(i => ((IEnumerable<string>)[.. Enumerable.Range(0, 1 + random.Next(6)).Select(_ => $"e{(random.Next(4) == 0 ? random.Next(3) : random.Next(400))}")], (IEnumerable<string>)[$"t{random.Next(5)}"]))
            .ToList();
        var alone = new SharedSubjects(briefings, bitsOver: 100);
        var expected = Enumerable.Range(0, briefings.Count).Select(i => alone.MostShared(i, [], 3)).ToList();

        var together = new SharedSubjects(briefings, bitsOver: 100);
        var found = new List<int>[briefings.Count];
        Parallel.For(0, briefings.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => found[i] = together.MostShared(i, [], 3));

        Assert.Equal(expected, found);
    }
}
