using System.Text;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Limits the published site must keep: page weight, search index size, and what the Content-Security-Policy allows.</summary>
public sealed class RealSiteBudgetTests
{
    /// <summary>
    /// What a reader downloads for a page on a first visit: the page and the CSS and JavaScript it loads, each
    /// compressed as the host serves them. Compressed, because raw UTF-8 weighs a Japanese page's every character
    /// three times an English one's, though it carries as much; the host never sends either uncompressed.
    /// </summary>
    private const int PageBudget = 16_000;
    /// <summary>A query fetches one terms file per word and a document file per result shown, ten at a time.</summary>
    private const int SearchTermsFileBudget = 50_000;

    private const int SearchDocumentBudget = 15_000;

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Files = new(() =>
    {
        var input = InputReader.Read(RepoPaths.Input, RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag());
        var result = SiteBuilder.Build(input, new BuildOptions());
        return result.Site?.Files ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    });

    private static IEnumerable<(string Path, string Html)> Pages =>
        Files.Value.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Key, Encoding.UTF8.GetString(f.Value)));

    [Fact]
    public void Build_RealSite_EveryPageWithItsCssAndJsUnder16KBCompressed()
    {
        var parser = new HtmlParser();
        var over = new List<string>();
        foreach (var (path, html) in Pages)
        {
            var document = parser.ParseDocument(html);
            var assets = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
                .ToList();
            Assert.All(assets, a => Assert.True(Files.Value.ContainsKey(a.TrimStart('/')), $"{path} loads {a}, which the site does not have"));
            var total = Compressed(Encoding.UTF8.GetBytes(html)) + assets.Sum(a => Compressed(Files.Value[a.TrimStart('/')]));
            if (total >= PageBudget)
            {
                over.Add($"/{path}: {total} bytes");
            }
        }

        Assert.True(over.Count == 0, "over the budget of " + PageBudget + " compressed bytes:\n" + string.Join('\n', over));
    }

    /// <summary>The bytes gzip sends at the level hosts use for pages made ahead of time.</summary>
    private static int Compressed(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return (int)compressed.Length;
    }

    [Fact]
    public void Build_RealSite_SearchIndexFilesSmallEnoughForAQueryToFetchFew()
    {
        var terms = Files.Value.Where(f => f.Key.StartsWith("search/terms/", StringComparison.Ordinal)).ToList();
        var documents = Files.Value.Where(f => f.Key.StartsWith("search/documents/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(terms);
        Assert.NotEmpty(documents);
        Assert.All(terms, f => Assert.True(f.Value.Length < SearchTermsFileBudget, $"{f.Key} is {f.Value.Length} bytes"));
        Assert.All(documents, f => Assert.True(f.Value.Length < SearchDocumentBudget, $"{f.Key} is {f.Value.Length} bytes"));
    }

    [Fact]
    public void Build_RealSite_NothingTheContentSecurityPolicyWouldBlock()
    {
        var parser = new HtmlParser();
        foreach (var (path, html) in Pages)
        {
            var document = parser.ParseDocument(html);
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name == "style", $"/{path}: style attribute on <{element.LocalName}>");
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"/{path}: {attribute.Name} handler on <{element.LocalName}>");
                    Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"/{path}: javascript: URL in {attribute.Name}");
                }
            }

            Assert.Empty(document.QuerySelectorAll("style"));
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var isData = script.GetAttribute("type") == "application/ld+json";
                var isAsset = script.GetAttribute("src") is { } src && src.StartsWith("/assets/", StringComparison.Ordinal) && script.TextContent.Length == 0;
                Assert.True(isData || isAsset, $"/{path}: inline script {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            }

            var external = document.QuerySelectorAll("link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Where(u => u is not null && !u.StartsWith('/') && !(u.StartsWith("https://physical-ai-briefing", StringComparison.Ordinal)));
            Assert.Empty(external);
        }
    }
}
