using System.Text;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Incremental;

/// <summary>
/// <c>build</c> keeps parsed Markdown in the build cache: a text read back gives exactly what parsing it gives, a build
/// parses only texts that changed, and a file of the cache that is damaged or not its own is parsed again, never used.
/// </summary>
public sealed class MarkdownCacheTests : IDisposable
{
    private const string Overview = "input/briefings/overview.md";

    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("output");

    private string Cache => _folder.Combine(".briefing-cache", "markdown");

    /// <summary>Texts that exercise every part of what is kept: refusals, every kind of mark, uncited blocks, headings with entity links, images, charts, and text without spaces.</summary>
    public static TheoryData<string> Texts => new()
    {
        "## Funding by [[softbank]]\n\nThe consortium raised money [@nikkei, p. 2]. [[sony|Sony]] joined [@reuters; @nikkei].\n\n- an item\n- a cited item [@a]\n\n| a | b |\n| - | - |\n| 1 | 2 |\n",
        "Raw <b>HTML</b> here [@a].\n\n<div>block</div>\n\n[mail](mailto:a@b.example) and [link](https://example.org/x) and [home](/about/).\n",
        "![A chart of funding](/media/chart.png \"Figure 1\")\n\n*Figure caption* [@a]\n",
        "::: chart graph: physical-ai-venture\nHow the members are tied [@a].\n:::\n\nA claim that cites nothing.\n",
        "An unclosed citation [@nikkei and more text.\n",
        new string('>', 40) + " too deep\n",
        "ソフトバンクが主導する連合[@nikkei]。[[sony]]も参加した。\n\n## 資金\n\n日本語の段落[@a]。\n",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadBack_OfAText_GivesWhatParsingItGives(string text) => AssertReadBackAsParsed([text]);

    [Fact]
    public void ReadBack_OfEveryTextOfTheRealSiteAndBothCorpora_GivesWhatParsingGives()
    {
        var corpora = SyntheticCorpus.Generate(40).Concat(VariedCorpus.Generate(40)).Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).Select(f => f.Text);
        var site = SiteEdits.RealSite().Content.Where(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Content));
        AssertReadBackAsParsed(site.Concat(corpora).ToList());
    }

    [Fact]
    public void Build_Again_ParsesNoMarkdownAndWritesWhatACleanBuildWrites()
    {
        var site = SiteEdits.RealSite();
        var first = Build(site);
        Assert.True(first.Succeeded);
        Assert.Equal(MarkdownFiles(site), first.MarkdownParsed);
        Assert.Equal(0, first.MarkdownReused);

        var again = Build(site);

        Assert.Equal(0, again.MarkdownParsed);
        Assert.Equal(first.MarkdownParsed, again.MarkdownReused);
        AssertOutputIsCleanBuild(site);
    }

    [Fact]
    public void Build_OneBriefingEdited_ParsesThatBriefingAlone_AndForgetsItsEarlierText()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var edited = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");

        var result = Build(edited);

        Assert.Equal(1, result.MarkdownParsed);
        Assert.Equal(MarkdownFiles(site) - 1, result.MarkdownReused);
        AssertOutputIsCleanBuild(edited);

        // The text before the edit was dropped from the cache: the cache holds the site's texts, not every text it ever had.
        Assert.Equal(1, Build(site).MarkdownParsed);
    }

    [Fact]
    public void Preview_FirstBuild_ReadsTheTextsABuildKept_AndLaterBuildsParseOnlyEditedFiles()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var cacheBefore = Directory.GetFiles(Cache).ToDictionary(f => f, File.ReadAllBytes);
        var session = new SiteSession(new BuildOptions(MarkdownCache: Cache));

        var first = session.Build(site);

        Assert.True(first.Succeeded);
        Assert.Equal(MarkdownFiles(site), session.LastStatistics!.MarkdownReused);
        AssertSameFiles(SiteBuilder.Build(site, new BuildOptions()), first);

        var edited = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");
        var second = session.Build(edited);

        Assert.Equal(0, session.LastStatistics!.MarkdownReused);
        Assert.Equal(1, session.LastStatistics.FilesParsed);
        AssertSameFiles(SiteBuilder.Build(edited, new BuildOptions()), second);

        // The session reads the folder and leaves it as the build wrote it.
        Assert.Equal(cacheBefore.Keys.Order(), Directory.GetFiles(Cache).Order());
        Assert.All(cacheBefore, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public void Preview_WithoutABuildBefore_ParsesEveryText()
    {
        var site = SiteEdits.RealSite();
        var session = new SiteSession(new BuildOptions(MarkdownCache: Cache));

        Assert.True(session.Build(site).Succeeded);

        Assert.Equal(0, session.LastStatistics!.MarkdownReused);
        Assert.False(Directory.Exists(Cache));
    }

    [Fact]
    public void Build_TextEditedThatSharesItsCacheFile_LeavesTheCacheHoldingExactlyTheSiteTexts()
    {
        // A second briefing whose text is kept in the same cache file as the overview's, then the overview edited so
        // that its new text is kept elsewhere: the shared file keeps the second text and loses the overview's old one.
        var overview = MarkdownTexts(SiteEdits.RealSite())[Overview];
        var file = MarkdownMemo.FileOf(Hash(overview));
        var site = SiteEdits.RealSite().Add("input/briefings/overview-again.md", WithNewlinesUntil(overview, text => MarkdownMemo.FileOf(Hash(text)) == file));
        Build(site);
        var edited = site.Edit(Overview, text => WithNewlinesUntil(text, changed => MarkdownMemo.FileOf(Hash(changed)) != file));

        var result = Build(edited);

        Assert.Equal(1, result.MarkdownParsed);
        var kept = Directory.GetFiles(Cache, "*.bin").SelectMany(f => MarkdownShard.Read(File.ReadAllBytes(f), MarkdownMemo.Key())!.Keys);
        Assert.Equal(MarkdownTexts(edited).Values.Select(Hash).Order(), kept.Order());
    }

    [Fact]
    public void Build_WithMarkdownTheParserRefuses_ReportsTheSameProblemsFromTheCache()
    {
        var site = SiteEdits.RealSite().Replace(Overview, "Some of Japan's best-known companies", "Some [@nikkei of Japan's best-known companies");
        var first = Build(site);
        Assert.False(first.Succeeded);
        Assert.Contains(first.Diagnostics, d => d.Code == "BRF1018" && d.Location.Path == Overview);

        var again = Build(site);

        Assert.Equal(0, again.MarkdownParsed);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
    }

    public static TheoryData<string, Action<string>> Damage
    {
        get
        {
            var damage = CacheFileDamage.Any();
            damage.Add("written by another engine", path => File.WriteAllBytes(path, Packed("another engine", MarkdownShard.Read(File.ReadAllBytes(path), MarkdownMemo.Key())!)));
            return damage;
        }
    }

    [Theory]
    [MemberData(nameof(Damage))]
    public void Build_CacheFileNotAsWritten_ParsesItsTextsAgain(string damage, Action<string> apply)
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var largest = new DirectoryInfo(Cache).GetFiles("*.bin").OrderByDescending(f => f.Length).First().FullName;
        var held = MarkdownShard.Read(File.ReadAllBytes(largest), MarkdownMemo.Key())!.Count;
        apply(largest);

        var result = Build(site);

        Assert.True(result.Succeeded, damage);
        Assert.Equal(held, result.MarkdownParsed);
        AssertOutputIsCleanBuild(site);

        // The file was written again, and the next build trusts it.
        Assert.Equal(0, Build(site).MarkdownParsed);
    }

    [Fact]
    public void Build_WithoutCache_KeepsNoMarkdown()
    {
        var result = SiteBuilder.BuildAndWrite(SiteEdits.RealSite(), new BuildOptions(), Output, []);

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Cache));
    }

    [Fact]
    public void BuildCommand_RebuildAndNoCache_SayHowManyTextsWereParsed()
    {
        using var disk = DiskSite.Write(SiteEdits.RealSite());
        var texts = MarkdownFiles(SiteEdits.RealSite());

        Assert.Contains($"Markdown: {texts} parsed, 0 from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.Contains($"Markdown: 0 parsed, {texts} from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Markdown:", disk.Build(extra: "--no-cache").Stdout, StringComparison.Ordinal);
        Assert.True(Directory.Exists(disk.Path(".briefing-cache", "markdown")));
    }

    [Fact]
    public void Shard_KeepsEveryTextsHtml_AfterAllTheRest_InTheTextsOrder()
    {
        var first = MarkdownTextReader.Parse("# One\n\nThe first text, with [[sony]] in it [@a].\n");
        var second = MarkdownTextReader.Parse("Only the second text.\n");

        var file = Packed("key", [new(2, second), new(1, first)]);

        // Before the 16 bytes of the checksum: the first text's HTML, then the second's.
        var html = first.Html.Packed.Html.ToArray().Concat(second.Html.Packed.Html.ToArray()).ToArray();
        Assert.Equal(html, file[^(html.Length + 16)..^16]);
        Assert.Equal(file.Length - html.Length - 16, file.AsSpan().IndexOf(first.Html.Packed.Html.Span));
    }

    public void Dispose() => _folder.Dispose();

    private static byte[] Packed(string key, IEnumerable<KeyValuePair<UInt128, ParsedMarkdown>> entries)
    {
        using var stream = new MemoryStream();
        MarkdownShard.Write(stream, key, entries);
        return stream.ToArray();
    }

    private static void AssertReadBackAsParsed(IReadOnlyList<string> texts)
    {
        var parsed = texts.Distinct().Select((text, i) => (Key: (UInt128)i, Parsed: MarkdownTextReader.Parse(text))).ToDictionary(e => e.Key, e => e.Parsed);
        var read = MarkdownShard.Read(Packed("key", parsed), "key");

        Assert.NotNull(read);
        Assert.Equal(parsed.Keys.Order(), read.Keys.Order());
        foreach (var (hash, expected) in parsed)
        {
            var actual = read[hash];
            Assert.Equal(expected.Refusals, actual.Refusals);
            Assert.Equal(expected.Outline.Marks, actual.Outline.Marks);
            Assert.Equal(expected.Outline.Uncited, actual.Outline.Uncited);
            Assert.Equal(expected.Outline.Headings.Select(h => (h.Id, string.Join('|', h.Parts))), actual.Outline.Headings.Select(h => (h.Id, string.Join('|', h.Parts))));
            Assert.Equal(expected.Outline.WordCount, actual.Outline.WordCount);
            Assert.Equal(expected.Html.ImageCount, actual.Html.ImageCount);
            Assert.True(expected.Html.Packed.Html.Span.SequenceEqual(actual.Html.Packed.Html.Span));
            Assert.True(expected.Html.Packed.Holes.Span.SequenceEqual(actual.Html.Packed.Holes.Span));
            Assert.Equal(expected.Html.Identity, actual.Html.Identity);
        }
    }

    private static int MarkdownFiles(SiteInput site) => MarkdownTexts(site).Count;

    /// <summary>What the cache keeps a text of a file without a byte order mark under.</summary>
    private static UInt128 Hash(string text) => MarkdownMemo.Hash(Encoding.UTF8.GetBytes(text));

    /// <summary>The text of each briefing and page, translations included, by path.</summary>
    private static Dictionary<string, string> MarkdownTexts(SiteInput site) =>
        site.Content
            .Where(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal) && (f.RelativePath.StartsWith("briefings/", StringComparison.Ordinal) || f.RelativePath.StartsWith("pages/", StringComparison.Ordinal)))
            .ToDictionary(f => f.DisplayPath, f => Encoding.UTF8.GetString(f.Content));

    /// <summary><paramref name="text"/> with the fewest newlines added (one at least) that make it what <paramref name="wanted"/> asks.</summary>
    private static string WithNewlinesUntil(string text, Func<string, bool> wanted)
    {
        do
        {
            text += "\n";
        }
        while (!wanted(text));

        return text;
    }

    private WriteResult Build(SiteInput input) =>
        SiteBuilder.BuildAndWrite(input, new BuildOptions(MarkdownCache: Cache), Output, []);

    private static void AssertSameFiles(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Site!.Files.Keys.Order(StringComparer.Ordinal), actual.Site!.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected.Site.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual.Site.Files[path]), $"{path} differs from a clean build");
        }
    }

    private void AssertOutputIsCleanBuild(SiteInput input) => CacheFileDamage.AssertOutputIsCleanBuild(Output, input);
}
