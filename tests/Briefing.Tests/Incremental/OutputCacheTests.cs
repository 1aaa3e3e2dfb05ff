using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Incremental;

/// <summary>
/// <c>build</c> with the build cache: after each kind of edit its output is byte for byte a clean build's, it renders
/// and writes only what the edit reaches, and a record that is stale, damaged or not its own is never trusted.
/// </summary>
public sealed class OutputCacheTests : IDisposable
{
    private const string Overview = "input/briefings/overview.md";

    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("output");

    private string Cache => _folder.Combine(".briefing-cache", "output");

    private string RecordPath => Path.Combine(Cache, OutputRecord.FileName(Output));

    private string RelatedCache => _folder.Combine(".briefing-cache", "related");

    public static TheoryData<string, Func<SiteInput, SiteInput>> Edits => SiteSessionTests.Edits;

    [Theory]
    [MemberData(nameof(Edits))]
    public void Build_AfterEdit_WritesWhatACleanBuildWrites(string edit, Func<SiteInput, SiteInput> change)
    {
        var original = SiteEdits.RealSite();
        AssertOutputIsCleanBuild(Build(original), original, "first build");

        var edited = change(original);
        var result = Build(edited);
        AssertOutputIsCleanBuild(result, edited, edit, previous: original);
        AssertRecordIsNumberedAfresh(result, edited, edit);

        // Undoing the edit must also give the clean build: a page recorded before the edit must not come back stale.
        result = Build(original);
        AssertOutputIsCleanBuild(result, original, edit + ", undone");
        AssertRecordIsNumberedAfresh(result, original, edit + ", undone");
    }

    /// <summary>
    /// A page whose inputs are unchanged is left as it was without its views being made; with the inputs proved, the
    /// build makes them anyway and fails if they differ from those recorded, so every edit checks that the inputs cover
    /// what the views read.
    /// </summary>
    [Theory]
    [MemberData(nameof(Edits))]
    public void Build_AfterEdit_PagesWithUnchangedInputsHaveUnchangedViews(string edit, Func<SiteInput, SiteInput> change)
    {
        var proving = new BuildOptions { ProveInputs = true };
        var original = SiteEdits.RealSite();
        Build(original, proving);

        var edited = change(original);
        AssertOutputIsCleanBuild(Build(edited, proving), edited, edit, previous: original);
        AssertOutputIsCleanBuild(Build(original, proving), original, edit + ", undone");
    }

    [Fact]
    public void Build_OneBriefingsWordsEdited_MakesOnlyTheFeedsThatCarryIt_AndItsSearchDocument()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var english = Directory.EnumerateFiles(Output, "feed.xml", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(Output, "ja"), StringComparison.Ordinal))
            .ToList();
        var carrying = english.Count(f => File.ReadAllText(f).Contains("/briefings/overview/</id>", StringComparison.Ordinal));
        Assert.InRange(carrying, 1, english.Count - 1);
        var unchanged = Build(site);

        var result = Build(site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"));

        // Every feed and search document is known from its inputs but the English feeds that carry the briefing's text and its English document.
        Assert.Equal(unchanged.FilesFromInputs - carrying - 1, result.FilesFromInputs);
        AssertOutputIsCleanBuild(result, site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"), "words edited");
    }

    [Fact]
    public void Build_OneBriefingsWordsEdited_MakesNoOtherPagesViews()
    {
        var site = SiteEdits.RealSite();
        var first = Build(site);
        var result = Build(site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"));

        Assert.Equal(1, result.PagesRendered);
        Assert.Equal(first.PagesRendered - 1, result.PagesFromInputs);

        // What other pages show of a briefing is more than its front matter: an entity it links is listed with it.
        result = Build(site.Replace(Overview, "[[openai]]:", "[[sony]]:"));
        Assert.Equal(0, result.PagesFromInputs);
        Assert.True(result.PagesReused > 0);
    }

    [Fact]
    public void Build_RelatedBriefings_AreMatchedAgainOnlyWhenABriefingsSubjectsChange()
    {
        var site = SiteEdits.RealSite();
        Assert.True(Build(site).RelatedFound > 0);

        var words = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");
        var result = Build(words);
        Assert.Equal(0, result.RelatedFound);
        AssertOutputIsCleanBuild(result, words, "words edited");

        // An entity linked in the text is one of the briefing's subjects.
        var linked = site.Replace(Overview, "[[openai]]:", "[[sony]]:");
        result = Build(linked);
        Assert.True(result.RelatedFound > 0);
        AssertOutputIsCleanBuild(result, linked, "entity link changed");
    }

    [Fact]
    public void Build_RelatedBriefingsFileDamaged_MatchesThemAgain()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var file = Path.Combine(RelatedCache, RelatedMemo.FileName);
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(file, bytes);

        var result = Build(site);
        Assert.True(result.RelatedFound > 0);
        AssertOutputIsCleanBuild(result, site, "related briefings damaged");
        Assert.Equal(0, Build(site).RelatedFound);
    }

    [Fact]
    public void Record_WrittenFromARecordRead_KeepsTheNumbersOfPagesLeftInTheOutput()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var key = OutputMemo.Key(site, drafts: false, baseUrl: null, noIndex: false);
        var record = OutputRecord.Read(Cache, Output, key)!;
        var other = _folder.Combine("other");

        // Nothing changed: the table read is the one a new numbering makes, and so are every page's numbers.
        Assert.True(new OutputRecord(key, record.Files, record.Strings).Write(other, Output));
        Assert.Equal(File.ReadAllBytes(RecordPath), File.ReadAllBytes(Path.Combine(other, OutputRecord.FileName(Output))));

        // A page's numbers as read are carried over, not looked up again: two of one page's, swapped, show.
        var (path, page) = record.Files.First(f => f.Value.Numbers is { Links.Length: > 1 });
        var numbers = page.Numbers!;
        var swapped = new PageNumbers([numbers.Links[1], numbers.Links[0], .. numbers.Links[2..]], numbers.Ids);
        var files = record.Files.ToDictionary(f => f.Key, f => f.Key == path ? f.Value with { Numbers = swapped } : f.Value, StringComparer.Ordinal);
        Assert.True(new OutputRecord(key, files, record.Strings).Write(other, Output));
        Assert.NotEqual(File.ReadAllBytes(RecordPath), File.ReadAllBytes(Path.Combine(other, OutputRecord.FileName(Output))));

        // A page gone with the only use of a string: the string leaves the table and the numbers after it move, as a new numbering has them.
        var uses = record.Files.Values.SelectMany(f => f.Numbers is { } n ? n.Links.Concat(n.Ids) : []).CountBy(n => n).ToDictionary();
        var lone = record.Files.First(f => f.Value.Numbers is { } n && n.Links.Concat(n.Ids).Any(x => uses[x] == 1)).Key;
        var without = record.Files.Where(f => f.Key != lone).ToDictionary(StringComparer.Ordinal);
        var fresh = _folder.Combine("fresh");
        Assert.True(new OutputRecord(key, without, record.Strings).Write(other, Output));
        Assert.True(new OutputRecord(key, without).Write(fresh, Output));
        Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, OutputRecord.FileName(Output))), File.ReadAllBytes(Path.Combine(other, OutputRecord.FileName(Output))));
    }

    [Fact]
    public void Build_ManyEditsInSequence_EachWritesWhatACleanBuildWrites()
    {
        var options = new BuildOptions(Drafts: true, BaseUrl: "https://preview.test");
        var site = SiteEdits.RealSite();
        AssertOutputIsCleanBuild(Build(site, options), site, "first build", options: options);
        foreach (var (name, change) in Edits.Select(row => ((string)row[0], (Func<SiteInput, SiteInput>)row[1])))
        {
            var edited = change(site);
            var result = Build(edited, options);
            AssertOutputIsCleanBuild(result, edited, name, previous: site, options: options);
            site = result.Succeeded ? edited : site;
        }
    }

    [Fact]
    public void Build_OneBriefingEdited_RendersItsPageAndWritesOnlyTheFilesThatChanged()
    {
        var site = SiteEdits.RealSite();
        var first = Build(site);
        Assert.Equal(0, first.PagesReused);
        var before = Snapshot();

        var result = Build(site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"));

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.PagesRendered);
        Assert.Equal(first.PagesRendered - 1, result.PagesReused);
        var after = Snapshot();
        var changed = after.Where(f => !before[f.Key].Bytes.AsSpan().SequenceEqual(f.Value.Bytes)).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        var touched = after.Where(f => before[f.Key].Modified != f.Value.Modified).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("briefings/overview/index.html", changed);
        Assert.Contains("feed.xml", changed);
        Assert.Equal(changed, touched);
        Assert.Equal(changed.Count, result.FilesWritten);
        Assert.InRange(changed.Count, 2, before.Count / 4);

        // Feeds that do not carry the briefing's text, the sitemaps, the data files and the search documents of other
        // pages are not made again.
        string[] data = ["claims.json", "claims.csv", "timeline.json", "timeline.ics", "graph.json"];
        var keyed = after.Keys.Where(p => Path.GetFileName(p) is var name && (name == "feed.xml" || name.StartsWith("sitemap", StringComparison.Ordinal) || data.Contains(name) || p.Contains("search/documents/", StringComparison.Ordinal))).ToList();
        Assert.Contains("entities/alibaba/feed.xml", keyed);
        Assert.DoesNotContain("entities/alibaba/feed.xml", changed);
        Assert.Contains(changed, p => p.StartsWith("search/documents/", StringComparison.Ordinal));
        Assert.Equal(keyed.Count(p => !changed.Contains(p)), result.FilesReused);
    }

    [Fact]
    public void Build_NothingChanged_RendersAndWritesNothing()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var before = Snapshot();

        var result = Build(SiteEdits.RealSite());

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.PagesRendered);
        Assert.Equal(0, result.FilesWritten);
        Assert.Equal(before.ToDictionary(f => f.Key, f => f.Value.Modified), Snapshot().ToDictionary(f => f.Key, f => f.Value.Modified));
    }

    public static TheoryData<string, Action<OutputCacheTests>> Damage => new()
    {
        { "a byte of the record changed", t => CacheFileDamage.Flip(t.RecordPath, at: 0.5) },
        { "the record's last byte changed", t => CacheFileDamage.Flip(t.RecordPath, at: 1.0) },
        { "the record cut short", t => Truncate(t.RecordPath) },
        { "the record emptied", t => File.WriteAllBytes(t.RecordPath, []) },
        { "the record replaced by other bytes", t => File.WriteAllText(t.RecordPath, "not a record") },
        { "a record made by another engine", t => Rekey(t, "another engine") },
        { "a page of the output edited by hand", t => File.AppendAllText(Path.Combine(t.Output, "about", "index.html"), "<!-- edited -->") },
        { "a page of the output edited by hand, keeping its length", t => Overwrite(Path.Combine(t.Output, "about", "index.html")) },
        { "a file of the output deleted", t => File.Delete(Path.Combine(t.Output, "feed.xml")) },
        { "a file added to the output", t => File.WriteAllText(Path.Combine(t.Output, "briefings", "extra.html"), "<p>extra</p>") },
        { "the output folder deleted", t => Directory.Delete(t.Output, recursive: true) },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Build_RecordOrOutputNotAsRecorded_BuildsEverythingAgain(string damage, Action<OutputCacheTests> apply)
    {
        var site = SiteEdits.RealSite();
        Build(site);
        apply(this);

        var edited = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");
        var result = Build(edited);

        Assert.True(result.Succeeded, damage);
        Assert.Equal(0, result.PagesReused);
        AssertOutputIsCleanBuild(result, edited, damage);

        // The build wrote a new record, which the next build trusts.
        Assert.True(Build(edited).PagesReused > 0, damage);
    }

    [Fact]
    public void Build_OtherOptions_DoNotReuseTheRecord()
    {
        var site = SiteEdits.RealSite();
        Build(site);

        var options = new BuildOptions(BaseUrl: "https://elsewhere.test");
        var result = Build(site, options);

        Assert.Equal(0, result.PagesReused);
        AssertOutputIsCleanBuild(result, site, "another base URL", options: options);
    }

    [Fact]
    public void Build_Fails_LeavesTheOutputAndItsRecord()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var before = Snapshot();
        var record = File.ReadAllBytes(RecordPath);

        var failed = Build(site.Replace(Overview, "[[softbank-corp]] is leading", "[[softbank-crop]] is leading"));

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == "BRF2001");
        Assert.Equal(before.ToDictionary(f => f.Key, f => f.Value.Modified), Snapshot().ToDictionary(f => f.Key, f => f.Value.Modified));
        Assert.Equal(record, File.ReadAllBytes(RecordPath));
        Assert.Equal(0, Build(site).FilesWritten);
    }

    [Fact]
    public void Build_WriteFailsWhileUpdating_LeavesTheOutputAndBuildsWholeNextTime()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var before = Snapshot();
        var edited = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");

        var failing = new SiteWriter(path => throw new IOException($"disk full writing {path}"));
        var failed = SiteBuilder.BuildAndWrite(edited, new BuildOptions(OutputCache: Cache), Output, [], failing);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == "BRF4001" && d.Message.Contains("disk full", StringComparison.Ordinal));
        Assert.Equal(before.ToDictionary(f => f.Key, f => f.Value.Modified), Snapshot().ToDictionary(f => f.Key, f => f.Value.Modified));

        // The new record is made while the output is committed; with the commit refused, neither it nor its temporary file is left.
        Assert.Empty(Directory.GetFiles(Cache, "output-*"));
        AssertOutputIsCleanBuild(Build(edited), edited, "after the failed write");
    }

    [Fact]
    public void Build_WithoutCache_WritesNoRecord()
    {
        SiteBuilder.BuildAndWrite(SiteEdits.RealSite(), new BuildOptions(), Output, []);

        Assert.False(Directory.Exists(Cache));
    }

    [Fact]
    public void Build_TwoOutputFolders_KeepARecordEach()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var other = _folder.Combine("other");
        SiteBuilder.BuildAndWrite(site, new BuildOptions(OutputCache: Cache), other, []);

        Assert.Equal(2, Directory.GetFiles(Cache, "*.bin").Length);
        Assert.Equal(0, Build(site).FilesWritten);
        Assert.Equal(0, SiteBuilder.BuildAndWrite(site, new BuildOptions(OutputCache: Cache), other, []).FilesWritten);
    }

    public void Dispose() => _folder.Dispose();

    private WriteResult Build(SiteInput input, BuildOptions? options = null) =>
        SiteBuilder.BuildAndWrite(input, (options ?? new BuildOptions()) with { OutputCache = Cache, MarkdownCache = _folder.Combine(".briefing-cache", "markdown"), SearchCache = _folder.Combine(".briefing-cache", "search"), RelatedCache = RelatedCache }, Output, []);

    /// <summary>The output folder holds exactly what a clean build of <paramref name="input"/> makes; after a failed build, what one of <paramref name="previous"/> makes.</summary>
    private void AssertOutputIsCleanBuild(WriteResult result, SiteInput input, string what, SiteInput? previous = null, BuildOptions? options = null)
    {
        var clean = SiteBuilder.Build(input, options ?? new BuildOptions());
        Assert.Equal(clean.Succeeded, result.Succeeded);
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        var expected = clean.Succeeded ? clean : SiteBuilder.Build(previous ?? input, options ?? new BuildOptions());
        var files = Snapshot();
        Assert.Equal(expected.Site!.Files.Keys, files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected.Site.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(files[path].Bytes), $"{what}: {path} differs from a clean build");
        }
    }

    /// <summary>
    /// The record a successful build wrote is, byte for byte, the one numbering every page's links and ids afresh writes:
    /// the numbers of pages left in the output are kept only when that changes nothing.
    /// </summary>
    private void AssertRecordIsNumberedAfresh(WriteResult result, SiteInput input, string what)
    {
        if (!result.Succeeded)
        {
            return;
        }

        var key = OutputMemo.Key(input, drafts: false, baseUrl: null, noIndex: false);
        var record = OutputRecord.Read(Cache, Output, key);
        Assert.NotNull(record);
        var fresh = _folder.Combine("fresh");
        Assert.True(new OutputRecord(key, record.Files).Write(fresh, Output));
        Assert.True(File.ReadAllBytes(RecordPath).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fresh, OutputRecord.FileName(Output)))), $"{what}: the record differs from one numbered afresh");
    }

    private Dictionary<string, (byte[] Bytes, DateTime Modified)> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(full => (Path: Path.GetRelativePath(Output, full).Replace('\\', '/'), Full: full))
            .Where(f => f.Path != SiteWriter.MarkerFile)
            .ToDictionary(f => f.Path, f => (File.ReadAllBytes(f.Full), File.GetLastWriteTimeUtc(f.Full)), StringComparer.Ordinal);

    private static void Truncate(string path)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
    }

    private static void Overwrite(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] = (byte)(bytes[bytes.Length / 2] == (byte)'x' ? 'y' : 'x');
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Writes the record again, whole and with a valid checksum, but as made with another key.</summary>
    private static void Rekey(OutputCacheTests test, string key)
    {
        var record = OutputRecord.Read(test.Cache, test.Output, OutputMemo.Key(SiteEdits.RealSite(), drafts: false, baseUrl: null, noIndex: false))!;
        Assert.True(new OutputRecord(key, record.Files).Write(test.Cache, test.Output));
    }
}
