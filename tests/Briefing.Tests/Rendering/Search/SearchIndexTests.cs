using System.Text;
using System.Text.Json;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Rendering;
using Briefing.Engine.Rendering.Search;
using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Rendering;

namespace Briefing.Tests.Rendering.Search;

/// <summary>The search index as the search page's script reads it: term files of postings, and a file per document.</summary>
public sealed class SearchIndexTests
{
    private static IReadOnlyDictionary<string, byte[]> Files => ReaderSite.Result.Site!.Files;

    private sealed record Document(int Number, string Kind, string Title, string Url, string? Summary, string? Text);

    private static List<Document> Documents() => Files.Keys
        .Where(p => p.StartsWith("search/documents/", StringComparison.Ordinal))
        .Select(p =>
        {
            using var json = JsonDocument.Parse(Files[p]);
            var root = json.RootElement;
            string? Optional(string key) => root.TryGetProperty(key, out var v) ? v.GetString() : null;
            return new Document(int.Parse(Path.GetFileNameWithoutExtension(p)), root.GetProperty("k").GetString()!, root.GetProperty("t").GetString()!, root.GetProperty("u").GetString()!, Optional("s"), Optional("x"));
        })
        .OrderBy(d => d.Number)
        .ToList();

    private static Document Find(string url) => Documents().Single(d => d.Url == url);

    /// <summary>Each term's postings decoded: the documents that hold it, with where it stands at best and how often.</summary>
    private static Dictionary<string, List<(int Document, int Field, int Count)>> Terms()
    {
        var terms = new Dictionary<string, List<(int, int, int)>>(StringComparer.Ordinal);
        foreach (var path in Files.Keys.Where(p => p.StartsWith("search/terms/", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(Files[path]);
            foreach (var term in json.RootElement.EnumerateObject())
            {
                terms.Add(term.Name, Decode(term.Value.EnumerateArray().Select(v => v.GetInt32())));
            }
        }

        return terms;
    }

    private static List<(int Document, int Field, int Count)> Decode(IEnumerable<int> values)
    {
        var n = 0;
        var postings = new List<(int, int, int)>();
        foreach (var value in values)
        {
            n += value / 32;
            postings.Add((n, value / 8 % 4, value % 8));
        }

        return postings;
    }

    private static List<string> UrlsWith(string term) =>
        Terms()[term].Select(p => Documents().Single(d => d.Number == p.Document).Url).ToList();

    [Fact]
    public void Build_EveryBriefingEntityEventClaimAndSource_IsADocument()
    {
        var urls = Documents().Select(d => d.Url).ToList();

        Assert.Equal(Enumerable.Range(0, urls.Count), Documents().Select(d => d.Number));
        Assert.Contains("/briefings/alpha/", urls);
        Assert.Contains("/briefings/beta/", urls);
        Assert.Contains("/entities/loner/", urls);
        Assert.Contains("/sources/wire-2026/", urls);
        Assert.Contains("/claims/#members", urls);
        Assert.Equal(4, urls.Count(u => u.StartsWith("/timeline/#event-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_BriefingDocument_HoldsItsTextWithEntityNamesForSnippets()
    {
        var alpha = Find("/briefings/alpha/");

        Assert.Equal("Briefing", alpha.Kind);
        Assert.Equal(ReaderSite.Hostile + " Alpha", alpha.Title);
        Assert.Equal("The alpha briefing.", alpha.Summary);
        Assert.Equal("Where the money goes\nLead Corp. leads.\nAbout " + ReaderSite.Hostile + "\nText.\n", alpha.Text);
    }

    [Fact]
    public void Build_Terms_LeadToEveryDocumentThatHoldsThem()
    {
        Assert.Equal(["/briefings/beta/"], UrlsWith("beta"));
        Assert.Contains("/briefings/alpha/", UrlsWith("lead"));
        Assert.Contains("/entities/lead/", UrlsWith("lead"));
        Assert.Equal(["/claims/#size"], UrlsWith("trillion").Where(u => u.StartsWith("/claims/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_Postings_SayWhereATermStandsAtBest()
    {
        var terms = Terms();
        var documents = Documents();
        int Number(string url) => documents.Single(d => d.Url == url).Number;

        var goes = terms["goes"].Single(p => p.Document == Number("/briefings/alpha/"));
        var beta = terms["beta"].Single();
        var leads = terms["leads"].Single(p => p.Document == Number("/entities/lead/"));

        Assert.Equal((2, 2), (goes.Field, goes.Count)); // a heading, which the text holds too
        Assert.Equal((3, 3), (beta.Field, beta.Count)); // the title, and twice in summary and text
        Assert.Equal(1, leads.Field); // the role
    }

    [Fact]
    public void Build_JapaneseAndChineseNames_AreIndexedByPairsOfCharacters()
    {
        var terms = Terms();

        Assert.Equal(["/entities/lead/"], UrlsWith("リー"));
        Assert.Contains("株式", terms.Keys);
        Assert.Equal(["/entities/loner/"], UrlsWith("百度"));
    }

    [Fact]
    public void Build_SiteOfManyBatches_PostingsAreThoseOfEachDocumentInTurn()
    {
        // Documents are split in batches on several threads; the postings must be what one pass over them in order gives.
        var bag = new DiagnosticBag();
        var theme = InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, bag);
        var files = SyntheticCorpus.Generate(600).Select(f => new InputFile(f.Path, "input/" + f.Path, Encoding.UTF8.GetBytes(f.Text))).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var site = SiteResolver.Resolve(SiteLoader.Load(new SiteInput("input", files, theme), bag), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var output = new KeptFiles();

        SearchIndex.Build(site, output, NoRenderMemo.Instance);

        var expected = new SortedDictionary<string, List<(int Document, int Field, int Count)>>(StringComparer.Ordinal);
        var documents = SearchDocuments.Of(site);
        for (var n = 0; n < documents.Count; n++)
        {
            var here = new Dictionary<string, (int Field, int Count)>(StringComparer.Ordinal);
            var document = documents[n].Make();
            foreach (var (text, field) in document.Fields.Append((document.Text.ToString(), SearchField.Text)))
            {
                foreach (var term in SearchTerms.Of(text))
                {
                    here[term] = here.TryGetValue(term, out var seen) ? (Math.Max(seen.Field, (int)field), seen.Count + 1) : ((int)field, 1);
                }
            }

            foreach (var (term, (field, count)) in here)
            {
                (expected.TryGetValue(term, out var postings) ? postings : expected[term] = []).Add((n, field, Math.Min(count, 7)));
            }
        }

        var index = output.ToSite().Files;
        var actual = new SortedDictionary<string, List<(int Document, int Field, int Count)>>(StringComparer.Ordinal);
        foreach (var path in index.Keys.Where(p => p.StartsWith("search/terms/", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(index[path]);
            foreach (var term in json.RootElement.EnumerateObject())
            {
                actual.Add(term.Name, Decode(term.Value.EnumerateArray().Select(v => v.GetInt32())));
            }
        }

        Assert.True(documents.Count > 512, $"{documents.Count} documents: fewer than three batches");
        Assert.Equal(documents.Count, index.Keys.Count(p => p.StartsWith("search/documents/", StringComparison.Ordinal)));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, term => Assert.Equal(term.Value, actual[term.Key]));
    }

    [Fact]
    public void Build_TermInMoreDocumentsThanAFileLists_KeepsWhereItStandsBestAndSaysHowManyHaveIt()
    {
        var bag = new DiagnosticBag();
        var site = SiteResolver.Resolve(SiteLoader.Load(MiniSite.Parse(ReaderSite.Text), bag), bag);
        var files = new KeptFiles();
        SearchIndex.Build(site, files, NoRenderMemo.Instance, mostPostings: 2);
        var index = files.ToSite().Files;
        int Number(string url) => Documents().Single(d => d.Url == url).Number;
        var full = Terms()["lead"];

        var values = index.Where(f => f.Key.StartsWith("search/terms/", StringComparison.Ordinal))
            .Select(f => JsonDocument.Parse(f.Value).RootElement)
            .Single(root => root.TryGetProperty("lead", out _))
            .GetProperty("lead").EnumerateArray().Select(v => v.GetInt32()).ToList();
        var kept = Decode(values.Skip(1));

        Assert.True(full.Count > 2, "the fixture needs a term in more than two documents");
        Assert.Equal(-full.Count, values[0]);
        Assert.Equal(2, kept.Count);
        Assert.Contains(kept, p => p.Document == Number("/entities/lead/") && p.Field == 3);
        Assert.Equal(full.OrderByDescending(p => (p.Field * 8) + p.Count).ThenBy(p => p.Document).Take(2).OrderBy(p => p.Document), kept);
        Assert.Equal(index.Keys.Where(k => k.StartsWith("search/documents/", StringComparison.Ordinal)), Files.Keys.Where(k => k.StartsWith("search/documents/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_Numbers_KeepTheirDecimalPoint()
    {
        Assert.Contains("/claims/#members", UrlsWith("30"));
        Assert.Contains("/claims/#members", UrlsWith("9"));
    }

    [Fact]
    public void Build_EachTerm_IsInTheFileItsFirstThreeCharactersChoose()
    {
        var buckets = Files.Keys.Count(p => p.StartsWith("search/terms/", StringComparison.Ordinal));
        foreach (var path in Files.Keys.Where(p => p.StartsWith("search/terms/", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(Files[path]);
            foreach (var term in json.RootElement.EnumerateObject())
            {
                Assert.Equal(Path.GetFileNameWithoutExtension(path), Briefing.Engine.Rendering.Search.SearchTerms.Bucket(term.Name, buckets).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Build_HostileStrings_EscapedInTheJsonAndIntactWhenRead()
    {
        var evil = Files.Keys.Single(p => p.StartsWith("search/documents/", StringComparison.Ordinal) && Encoding.UTF8.GetString(Files[p]).Contains("/entities/evil/", StringComparison.Ordinal));
        var text = Encoding.UTF8.GetString(Files[evil]);

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        Assert.Equal(ReaderSite.Hostile, Find("/entities/evil/").Title);
    }

    [Fact]
    public void Render_SearchPage_ListsEveryBriefingAndEntityAsPlainLinks()
    {
        var page = ReaderSite.Document("search/index.html");

        var links = page.QuerySelectorAll("#search-browse a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/briefings/alpha/", "/briefings/beta/"], links.Where(l => l!.StartsWith("/briefings/", StringComparison.Ordinal)));
        Assert.Equal(5, links.Count(l => l!.StartsWith("/entities/", StringComparison.Ordinal)));
        Assert.Equal("zh", page.QuerySelector("#search-browse a[href='/entities/loner/'] + .native")!.GetAttribute("lang"));
    }

    [Fact]
    public void Render_SearchPage_FormNamesTheIndexAndIsHiddenUntilTheModuleScriptShowsIt()
    {
        var page = ReaderSite.Document("search/index.html");
        var form = page.QuerySelector("form.search-form")!;
        var script = page.QuerySelector("main script")!;
        var buckets = int.Parse(form.GetAttribute("data-buckets")!);

        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("/search/terms/", form.GetAttribute("data-terms"));
        Assert.Equal("/search/documents/", form.GetAttribute("data-documents"));
        Assert.Equal(Documents().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), form.GetAttribute("data-count"));
        Assert.All(Enumerable.Range(0, buckets), k => Assert.True(Files.ContainsKey($"search/terms/{k}.json")));
        Assert.False(Files.ContainsKey($"search/terms/{buckets}.json"));
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("module", script.GetAttribute("type"));
        Assert.Matches("^/assets/search\\.[0-9a-f]{12}\\.js$", script.GetAttribute("src"));
        Assert.True(Files.ContainsKey(script.GetAttribute("src")![1..]));
        Assert.Equal(string.Empty, script.TextContent);
    }
}
