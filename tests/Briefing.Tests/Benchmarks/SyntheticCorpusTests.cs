using System.Text;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Benchmarks;

/// <summary>The corpus the benchmarks time must be input a writer could have written: strict, clean, and always the same.</summary>
public sealed class SyntheticCorpusTests
{
    private static readonly Lazy<List<InputFile>> Theme = new(() => InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag()));

    [Fact]
    public void Generate_FiftyBriefings_BuildsStrictWithNoDiagnostics()
    {
        var result = SiteBuilder.Build(Input(SyntheticCorpus.Generate(50)), new BuildOptions(Strict: true));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Succeeded);
        Assert.Equal(50, result.Site!.Files.Keys.Count(k => k.StartsWith("briefings/", StringComparison.Ordinal) && k != "briefings/index.html" && !k.Contains("page/", StringComparison.Ordinal)));
        Assert.Equal(SyntheticCorpus.EntityCount(50), result.Site.Files.Keys.Count(k => k.StartsWith("entities/", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal) && k != "entities/index.html" && !k.Contains("page/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_SameSize_GivesTheSameFiles()
    {
        var first = SyntheticCorpus.Generate(30);
        var second = SyntheticCorpus.Generate(30);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_Briefing_HasTheShapeTheBenchmarksPromise()
    {
        var briefings = SyntheticCorpus.Generate(200).Where(f => f.Path.StartsWith("briefings/", StringComparison.Ordinal)).ToList();
        var sizes = briefings.Select(f => Encoding.UTF8.GetByteCount(f.Text)).ToList();
        var sample = briefings[17].Text;

        Assert.Equal(200, briefings.Count);
        Assert.InRange(sizes.Average(), 9_000, 12_000);
        Assert.Equal(SyntheticCorpus.EntityLinksPerBriefing, CountOf(sample, "[[entity-"));
        Assert.Equal(SyntheticCorpus.SourcesPerBriefing, System.Text.RegularExpressions.Regex.Matches(sample, "@(source-[0-9]+)").Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Contains("\n## ", sample, StringComparison.Ordinal);
        Assert.Contains("\n- ", sample, StringComparison.Ordinal);
        Assert.Contains("\n> ", sample, StringComparison.Ordinal);
    }

    [Fact]
    public void VariedCorpus_SixtyBriefings_BuildsStrictWithNoDiagnostics()
    {
        var result = SiteBuilder.Build(Input(VariedCorpus.Generate(60)), new BuildOptions(Strict: true));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Succeeded);
        Assert.Equal(VariedCorpus.Generate(60), VariedCorpus.Generate(60));
    }

    [Fact]
    public void VariedCorpus_Briefings_DifferInShapeFromTheSyntheticOnes()
    {
        var briefings = VariedCorpus.Generate(400).Where(f => f.Path.StartsWith("briefings/", StringComparison.Ordinal)).Select(f => f.Text).ToList();
        var sizes = briefings.Select(Encoding.UTF8.GetByteCount).ToList();
        var mentions = briefings.Select(b => System.Text.RegularExpressions.Regex.Matches(b, @"\[\[(entity-[0-9]+)").Select(m => m.Groups[1].Value).Distinct().Count()).ToList();

        Assert.InRange(sizes.Average(), 8_000, 12_000);
        Assert.True(sizes.Min() < 3_000 && sizes.Max() > 20_000, $"sizes from {sizes.Min()} to {sizes.Max()} bytes");
        Assert.True(mentions.Min() <= 2 && mentions.Max() >= 8, $"from {mentions.Min()} to {mentions.Max()} companies a briefing");
        Assert.Contains(briefings, b => b.Contains("\n| --- |", StringComparison.Ordinal));
        Assert.Contains(briefings, b => b.Contains("\n  - ", StringComparison.Ordinal));
        Assert.Contains(briefings, b => b.Contains("\n### ", StringComparison.Ordinal));
    }

    private static SiteInput Input(IReadOnlyList<CorpusFile> files) =>
        new("input", files.Select(f => new InputFile(f.Path, "input/" + f.Path, Encoding.UTF8.GetBytes(f.Text))).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), Theme.Value);

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
