using Briefing.Publishing;
using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class HeaderRuleTests
{
    private static readonly HeaderRule[] Rules =
    [
        new("/*", new Dictionary<string, string> { ["X-Frame-Options"] = "DENY", ["Cache-Control"] = "no-store" }),
        new("/assets/*", new Dictionary<string, string> { ["Cache-Control"] = "public, max-age=31536000, immutable" }),
        new("/feed.xml", new Dictionary<string, string> { ["Content-Type"] = "application/atom+xml" }),
    ];

    [Theory]
    [InlineData("/", "no-store", false)]
    [InlineData("/briefings/a/", "no-store", false)]
    [InlineData("/assets/site.1234.css", "public, max-age=31536000, immutable", false)]
    [InlineData("/assets", "public, max-age=31536000, immutable", false)]
    [InlineData("/assetsx/a.css", "no-store", false)]
    [InlineData("/feed.xml", "no-store", true)]
    public void For_Path_AppliesMatchingRulesInOrder(string path, string cacheControl, bool atom)
    {
        var headers = HeaderRule.For(path, Rules);

        Assert.Equal("DENY", headers["X-Frame-Options"]);
        Assert.Equal(cacheControl, headers["cache-control"]);
        Assert.Equal(atom, headers.ContainsKey("Content-Type"));
    }
}
