using System.Text;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>Related briefings found through who names each entity and topic are the ones comparing every pair would find.</summary>
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
                .Select((other, i) => (other, i, Shared: other.Entities.Count(e => entities.Contains(e.Id)) + other.Briefing.Topics.Count(topics.Contains)))
                .Where(c => c.other != page && c.Shared > 0)
                .OrderByDescending(c => c.Shared)
                .ThenBy(c => c.i)
                .Take(3)
                .Select(c => c.other.Briefing.Slug);

            Assert.Equal(expected, page.Related);
        }

        Assert.Contains(briefings, b => b.Related.Count == 3);
    }
}
