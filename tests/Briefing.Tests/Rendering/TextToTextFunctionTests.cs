using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>The theme's functions of one text, <c>asset</c> and <c>absolute</c>, as a template writes them.</summary>
public sealed class TextToTextFunctionTests
{
    [Fact]
    public void Build_AssetAndAbsolute_GiveTheFingerprintedAndTheAbsoluteAddress()
    {
        var page = MiniSite.Build(MiniSite.Basics + """
            -- theme/layouts/404.html --
            <p>{{ asset 'site.css' }}|{{ absolute '/briefings/' }}</p>
            """).Page("404.html");

        Assert.Matches(@"<p>/assets/site\.[0-9a-f]+\.css\|https://example\.test/briefings/</p>", page);
    }

    [Theory]
    [InlineData("{{ asset 'nope.css' }}", "theme/layouts/404.html(1,4): error BRF3002: the theme has no asset 'nope.css' in assets/ (rendering /404.html)")]
    [InlineData("{{ asset }}", "theme/layouts/404.html(1,9): error BRF3002: Invalid number of arguments `0` passed to `asset` while expecting `1` arguments (rendering /404.html)")]
    [InlineData("{{ absolute '/a/' '/b/' }}", "theme/layouts/404.html(1,19): error BRF3002: Invalid number of arguments `2` passed to `absolute '/a/' '/b/'` while expecting `1` arguments (rendering /404.html)")]
    public void Build_FunctionCalledWrongly_IsAnErrorWhereItIsCalled(string call, string expected)
    {
        Refused.Assert(MiniSite.Basics + $"""
            -- theme/layouts/404.html --
            {call}
            """,
            expected);
    }
}
