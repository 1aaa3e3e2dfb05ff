using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Publishing;

/// <summary>Every page of the real site must load under netlify.toml's Content-Security-Policy.</summary>
public sealed class CspComplianceTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in BuiltSites.Real.HtmlPages())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_RealSite_HasNoInlineScriptStyleOrHandlers(string path)
    {
        var html = BuiltSites.Real.Page(path);
        var document = Parser.ParseDocument(html);

        var inlineScripts = document.QuerySelectorAll("script:not([src])")
            .Where(s => s.GetAttribute("type") != "application/ld+json");
        Assert.Empty(inlineScripts);
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        var handlers = document.All.SelectMany(e => e.Attributes.Select(a => $"{e.LocalName}[{a.Name}]"))
            .Where(a => a.Contains("[on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(handlers);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_RealSite_LoadsResourcesOnlyFromItsOwnOrigin(string path)
    {
        var document = Parser.ParseDocument(BuiltSites.Real.Page(path));
        var resources = document.QuerySelectorAll("script[src], img[src], link[rel~=stylesheet], link[rel~=icon], link[rel=manifest], iframe, object, embed, source[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? string.Empty);

        Assert.All(resources, url => Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{path} loads '{url}' from elsewhere"));
    }

    [Fact]
    public void Assets_RealSite_NamesCarryTheirContentHash()
    {
        var assets = BuiltSites.Real.Site!.Files.Where(f => f.Key.StartsWith("assets/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(assets);
        Assert.All(assets, asset =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Value))[..12];
            Assert.Contains($".{hash}", asset.Key, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Pages_RealSite_ReferenceOnlyHashedAssetsThatExist()
    {
        var files = BuiltSites.Real.Site!.Files;
        foreach (var (path, html) in BuiltSites.Real.HtmlPages())
        {
            var document = Parser.ParseDocument(html);
            foreach (var url in document.QuerySelectorAll("[href^='/assets/'], [src^='/assets/']").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                Assert.True(files.ContainsKey(url.TrimStart('/')), $"{path} references missing {url}");
            }
        }
    }
}
