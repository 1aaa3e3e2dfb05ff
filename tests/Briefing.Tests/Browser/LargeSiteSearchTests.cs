using System.Text;
using Briefing.Benchmarks.Corpus;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class LargeSiteBrowserTests : ICollectionFixture<LargeBrowserSite>
{
    public const string Name = "large site in a browser";
}

/// <summary>The benchmarks' synthetic corpus of ten thousand briefings, built and served like the real site.</summary>
public sealed class LargeBrowserSite : BrowserSite
{
    public const int Briefings = 10_000;

    protected override WriteResult Build(string folder)
    {
        var theme = InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag());
        var files = SyntheticCorpus.Generate(Briefings)
            .Select(f => new InputFile(f.Path, "input/" + f.Path, Encoding.UTF8.GetBytes(f.Text)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        return SiteBuilder.BuildAndWrite(new SiteInput("input", files, theme), new BuildOptions(Strict: true), folder, []);
    }
}

/// <summary>
/// What a reader's browser downloads to search a site of ten thousand briefings: the search page itself,
/// then what one query fetches (its terms files and the results shown), counted from the responses.
/// </summary>
[Collection(LargeSiteBrowserTests.Name)]
public sealed class LargeSiteSearchTests(LargeBrowserSite site)
{
    private const int FirstDownloadLimit = 100_000;
    private const int QueryLimit = 200_000;

    [BrowserFact]
    public async Task OpenSearchPage_TenThousandBriefings_DownloadsAtMost100kB()
    {
        var bytes = new Bytes();
        await using var page = await site.OpenAsync("/search/", configure: bytes.Count);

        Assert.True(bytes.Total <= FirstDownloadLimit, $"opening /search/ downloaded {bytes.Total} bytes:\n{bytes}");
        await Assertions.Expect(page.Page.GetByLabel("Search the site")).ToBeVisibleAsync();
        page.AssertNoProblems();
    }

    [BrowserTheory]
    [InlineData("bank")]
    [InlineData("robotics consortium")]
    [InlineData("sovereign export ministry")]
    [InlineData("pro")]
    [InlineData("company 42")]
    public async Task Search_TenThousandBriefings_OneQueryFetchesAtMost200kB(string query)
    {
        var bytes = new Bytes();
        await using var page = await site.OpenAsync("/search/", configure: bytes.Count);
        bytes.Reset();
        var results = page.Page.Locator("#search-results > li");

        await page.Page.GetByLabel("Search the site").FillAsync(query);
        await Assertions.Expect(page.Page.Locator("#search-status")).ToContainTextAsync(query);

        Assert.True(await results.CountAsync() > 0, $"no result for '{query}'");
        Assert.True(bytes.Total <= QueryLimit, $"searching '{query}' fetched {bytes.Total} bytes:\n{bytes}");
        page.AssertNoProblems();
    }

    /// <summary>The bodies of every response a page received, by address.</summary>
    private sealed class Bytes
    {
        private readonly List<Task<(string Url, int Length)>> _responses = [];

        // Read from a copy: the page may still be receiving a response, whose handler adds to the list meanwhile.
        public int Total => Task.WhenAll(Received()).GetAwaiter().GetResult().Sum(r => r.Length);

        public void Count(IPage page) => page.Response += (_, response) =>
        {
            lock (_responses)
            {
                _responses.Add(Length(response));
            }
        };

        public void Reset()
        {
            lock (_responses)
            {
                _responses.Clear();
            }
        }

        public override string ToString() =>
            string.Join('\n', Task.WhenAll(Received()).GetAwaiter().GetResult().OrderByDescending(r => r.Length).Select(r => $"{r.Length,9} {r.Url}"));

        private Task<(string Url, int Length)>[] Received()
        {
            lock (_responses)
            {
                return [.. _responses];
            }
        }

        private static async Task<(string, int)> Length(IResponse response) => (response.Url, (await response.BodyAsync()).Length);
    }
}
