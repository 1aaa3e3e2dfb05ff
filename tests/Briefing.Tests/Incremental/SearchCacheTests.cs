using Briefing.Engine;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Rendering.Search;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Incremental;

/// <summary>
/// <c>build</c> keeps each edition's search terms in the build cache: a build splits only the search documents that
/// changed, writes the same index a clean build writes, and splits again every document of a file that is damaged or
/// not its own.
/// </summary>
public sealed class SearchCacheTests : IDisposable
{
    private const string Overview = "input/briefings/overview.md";

    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("output");

    private string Cache => _folder.Combine(".briefing-cache", "search");

    private string EnglishFile => Path.Combine(Cache, SearchMemo.FileName("en"));

    [Fact]
    public void Build_Again_SplitsNoDocument_LeavesTheFileAsItWas_AndWritesWhatACleanBuildWrites()
    {
        var site = SiteEdits.RealSite();
        var first = Build(site);
        Assert.True(first.Succeeded);
        Assert.Equal(Documents(), first.SearchSplit);
        Assert.Equal(0, first.SearchReused);
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(EnglishFile, written);

        var again = Build(site);

        Assert.Equal(0, again.SearchSplit);
        Assert.Equal(first.SearchSplit, again.SearchReused);
        Assert.Equal(written, File.GetLastWriteTimeUtc(EnglishFile));
        AssertOutputIsCleanBuild(site);
    }

    [Fact]
    public void Build_OneBriefingEdited_SplitsThatBriefingAlone_InEachEditionThatShowsIt()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var edited = site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies");

        var result = Build(edited);

        // The Japanese edition has its own text of the briefing, so only the English document changed.
        Assert.Equal(1, result.SearchSplit);
        Assert.Equal(Documents() - 1, result.SearchReused);
        AssertOutputIsCleanBuild(edited);
        Assert.Equal(1, Build(site).SearchSplit);
    }

    [Fact]
    public void Build_OneBriefingsWordsEdited_MakesNoOtherDocument_ButAnEntitysNewNameMakesEveryOne()
    {
        var site = SiteEdits.RealSite();
        Build(site);

        var edited = Build(site.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"));

        // Every other document, in both editions, is known unchanged by what it is made from, before it is made.
        Assert.Equal(Documents() - 1, edited.SearchFromInputs);
        Assert.Equal(Documents() - 1, edited.SearchReused);

        // A name any document may show is something every document is made from: each is made again, and its terms found by their key.
        var renamed = site.Replace("input/entities/sharp.yml", "short_name: \"Sharp\"", "short_name: \"Sharp Display\"");
        var result = Build(renamed);
        Assert.Equal(0, result.SearchFromInputs);
        Assert.InRange(result.SearchReused, 1, Documents() - 1);
        AssertOutputIsCleanBuild(renamed);
        Assert.Equal(Documents(), Build(renamed).SearchFromInputs);
    }

    [Fact]
    public void Build_Again_MakesNoSearchDocumentsFile_ItsRecordSaysItIsInTheOutputAsItWouldBeMade()
    {
        var site = SiteEdits.RealSite();
        Assert.Equal(0, Build(site).FilesReused);

        var again = Build(site);

        // Every document's file is left as it is, beside the feeds, sitemaps and data files.
        Assert.InRange(again.FilesReused, Documents() + 1, int.MaxValue);
        AssertOutputIsCleanBuild(site);
    }

    [Theory]
    [InlineData("summary: \"A SoftBank-led group", "summary: \"A SoftBank-run group", "A SoftBank-run group")]
    [InlineData("title: \"Japan Inc. bets", "title: \"Japan Inc. wagers", "Japan Inc. wagers")]
    [InlineData("Some of Japan's best-known companies", "Several of Japan's best-known companies", "Several of Japan")]
    public void Build_BriefingsSummaryTitleOrTextEdited_MakesItsDocumentsFileAgain(string before, string after, string shown)
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var unchanged = Build(site).FilesReused;
        var edited = site.Replace(Overview, before, after);

        var result = Build(edited);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.InRange(result.FilesReused, Documents() - 1, unchanged - 1);
        Assert.Contains(shown, ReadDocument("/briefings/overview/"), StringComparison.Ordinal);
        AssertOutputIsCleanBuild(edited);
    }

    [Fact]
    public void Build_EntityRenamed_SplitsAgainATextThatShowsItsName_AndWritesWhatACleanBuildWrites()
    {
        // The Sakai data centre's summary links [[sharp]] and shows its name; its document names no other entity in its fields.
        var site = SiteEdits.RealSite();
        Build(site);
        var renamed = site.Replace("input/entities/sharp.yml", "short_name: \"Sharp\"", "short_name: \"Sharp Display\"");

        var result = Build(renamed);

        Assert.True(result.Succeeded);
        Assert.Contains("Sharp Display", ReadDocument("/entities/sakai-data-centre/"), StringComparison.Ordinal);
        AssertOutputIsCleanBuild(renamed);
    }

    [Fact]
    public void Build_DocumentsReordered_WritesTheFileAgain_AndTheNextBuildReusesEveryDocument()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        File.SetLastWriteTimeUtc(EnglishFile, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // An earlier date moves the briefing from the front of the list, and so of the index, to its end; its text is unchanged.
        var moved = site.Replace(Overview, "date: 2026-11-23", "date: 2026-11-22");
        var result = Build(moved);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(0, result.SearchSplit);
        Assert.True(File.GetLastWriteTimeUtc(EnglishFile).Year > 2001);
        AssertOutputIsCleanBuild(moved);
        Assert.Equal(0, Build(moved).SearchSplit);
    }

    [Fact]
    public void Build_RemovesTheTermsOfAnEditionTheSiteNoLongerHas_AndKeepsEachOfItsOwn()
    {
        var site = SiteEdits.RealSite();
        Build(site);
        var japanese = Path.Combine(Cache, SearchMemo.FileName("ja"));
        var english = File.ReadAllBytes(EnglishFile);
        var dropped = Path.Combine(Cache, SearchMemo.FileName("fr"));
        File.Copy(japanese, dropped);
        File.WriteAllText(Path.Combine(Cache, "notes.txt"), "not the build's");

        var result = Build(site);

        Assert.Equal(0, result.SearchSplit);
        Assert.False(File.Exists(dropped));
        Assert.True(File.Exists(japanese));
        Assert.Equal(english, File.ReadAllBytes(EnglishFile));
        Assert.True(File.Exists(Path.Combine(Cache, "notes.txt")));
    }

    public static TheoryData<string, Action<string>> Damage => CacheFileDamage.Any();

    [Theory]
    [MemberData(nameof(Damage))]
    public void Build_CacheFileNotAsWritten_SplitsItsDocumentsAgain(string damage, Action<string> apply)
    {
        var site = SiteEdits.RealSite();
        var first = Build(site);
        apply(EnglishFile);

        var result = Build(site);

        Assert.True(result.Succeeded, damage);
        Assert.Equal(first.SearchSplit - result.SearchReused, result.SearchSplit);
        Assert.Equal(Documents("en"), result.SearchSplit);
        AssertOutputIsCleanBuild(site);

        // The file was written again, and the next build trusts it.
        Assert.Equal(0, Build(site).SearchSplit);
    }

    [Fact]
    public void Hash_KeepsEachFieldApart()
    {
        SearchDocument Document(string first, string second) =>
            new("Briefing", "t", "/u/", null, [(first, SearchField.Title), (second, SearchField.Summary)], new SearchText("text"));

        Assert.Equal(SearchMemo.Hash(Document("ab", "c")), SearchMemo.Hash(Document("ab", "c")));
        Assert.NotEqual(SearchMemo.Hash(Document("ab", "c")), SearchMemo.Hash(Document("a", "bc")));
        Assert.NotEqual(
            SearchMemo.Hash(Document("ab", "c")),
            SearchMemo.Hash(new("Briefing", "t", "/u/", null, [("ab", SearchField.Name), ("c", SearchField.Summary)], new SearchText("text"))));
    }

    [Fact]
    public void BuildCommand_RebuildAndNoCache_SayHowManyDocumentsWereSplit()
    {
        using var disk = DiskSite.Write(SiteEdits.RealSite());
        var documents = Documents();

        Assert.Contains($"Search: {documents} documents split into terms, 0 from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.Contains($"Search: 0 documents split into terms, {documents} from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        File.WriteAllText(disk.Path("input", "briefings", "overview.md"), File.ReadAllText(disk.Path("input", "briefings", "overview.md")).Replace("Some of Japan's best-known companies", "Several of Japan's best-known companies", StringComparison.Ordinal));
        Assert.Contains($"Search: 1 document split into terms, {documents - 1} from the cache.", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Search:", disk.Build(extra: "--no-cache").Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(disk.Path(".briefing-cache", "search", SearchMemo.FileName("en"))));
        Assert.True(File.Exists(disk.Path(".briefing-cache", "search", SearchMemo.FileName("ja"))));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The search document file of the English page at <paramref name="url"/>, as written.</summary>
    private string ReadDocument(string url) =>
        Directory.EnumerateFiles(Path.Combine(Output, "search", "documents")).Select(File.ReadAllText)
            .Single(json => json.Contains($"\"u\":\"{url}\"", StringComparison.Ordinal));

    /// <summary>How many documents the real site's search indexes hold: every edition's, or one edition's.</summary>
    private static int Documents(string? language = null) =>
        BuiltSites.Real.Site!.Files.Keys.Count(path =>
            (path.StartsWith("search/documents/", StringComparison.Ordinal) && language is null or "en")
            || (path.StartsWith("ja/search/documents/", StringComparison.Ordinal) && language is null or "ja"));

    private WriteResult Build(SiteInput input) =>
        SiteBuilder.BuildAndWrite(input, new BuildOptions(OutputCache: _folder.Combine(".briefing-cache", "output"), SearchCache: Cache), Output, []);

    private void AssertOutputIsCleanBuild(SiteInput input) => CacheFileDamage.AssertOutputIsCleanBuild(Output, input);
}
