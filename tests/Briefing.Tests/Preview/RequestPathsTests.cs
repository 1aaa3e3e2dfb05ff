using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class RequestPathsTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/briefings/a/", "/briefings/a/")]
    [InlineData("/briefings/a/?utm=x#top", "/briefings/a/")]
    [InlineData("/assets/Noto%20Sans.woff2", "/assets/Noto Sans.woff2")]
    [InlineData("/entities/%E6%97%A5%E6%9C%AC/", "/entities/日本/")]
    public void TryParse_SitePath_GivesDecodedPath(string target, string expected)
    {
        Assert.True(RequestPaths.TryParse(target, out var path));
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("briefings/a/")]
    [InlineData("http://127.0.0.1/../")]
    [InlineData("/..")]
    [InlineData("/../etc/passwd")]
    [InlineData("/a/./b")]
    [InlineData("/a/%2e/b")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2e%2fetc")]
    [InlineData("/%252e%252e/etc")]
    [InlineData("/..%5c..%5cwindows")]
    [InlineData("/..\\windows")]
    [InlineData("/a\\b")]
    [InlineData("//server/share")]
    [InlineData("/%2f%2fserver")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/a%00b")]
    [InlineData("/a%0d%0aSet-Cookie:x")]
    [InlineData("/%ff%fe")]
    public void TryParse_PathLeavingSite_IsRefused(string target)
    {
        Assert.False(RequestPaths.TryParse(target, out _));
    }
}
