using Briefing.Engine.Resolution;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("a { color: red; }", "a{color:red}")]
    [InlineData("/* note */\nmain  >  p ,\n .card h3 a { margin : 0 }", "main>p,.card h3 a{margin :0}")]
    [InlineData("a::after { content: \" <\"  attr(href)  \"> /* kept */\"; }", "a::after{content:\" <\" attr(href) \"> /* kept */\"}")]
    [InlineData("b { width: calc(100% - 2rem); font: 1rem/1.5 \"Noto  Sans\", serif; }", "b{width:calc(100% - 2rem);font:1rem/1.5 \"Noto  Sans\",serif}")]
    [InlineData("@media (min-width: 40rem) and (max-width: 60rem) { .x { gap: 0 1rem; } }", "@media (min-width:40rem) and (max-width:60rem){.x{gap:0 1rem}}")]
    [InlineData("i { content: 'it\\'s'; }", "i{content:'it\\'s'}")]
    [InlineData(".x :focus, td:nth-child(2)::before { content: \"Source: \"; }", ".x :focus,td:nth-child(2)::before{content:\"Source: \"}")]
    [InlineData("p { margin: 0.5rem 0 -0.25em; opacity: 0.9; width: calc(100% - 0.5rem); line-height: 10.5; }", "p{margin:.5rem 0 -.25em;opacity:.9;width:calc(100% - .5rem);line-height:10.5}")]
    [InlineData(".h0.x, [data-v=\"0.5\"] { transition: 0.2s; z-index: 0; }", ".h0.x,[data-v=\"0.5\"]{transition:.2s;z-index:0}")]
    public void Minify_Stylesheet_SameRulesFewerBytes(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Fact]
    public void Build_ThemeStylesheet_ServedMinifiedUnderTheHashOfWhatIsServed()
    {
        var files = MiniSite.Build(MiniSite.Basics).Site!.Files;

        var css = files.Single(f => f.Key.StartsWith("assets/site.", StringComparison.Ordinal) && f.Key.EndsWith(".css", StringComparison.Ordinal));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(css.Value))[..12];

        Assert.Equal($"assets/site.{hash}.css", css.Key);
        Assert.DoesNotContain("/*", System.Text.Encoding.UTF8.GetString(css.Value), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", System.Text.Encoding.UTF8.GetString(css.Value), StringComparison.Ordinal);
    }
}
