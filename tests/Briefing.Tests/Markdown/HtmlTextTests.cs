using System.Buffers;
using System.Text;
using Briefing.Engine.Markdown;
using CsCheck;
using Markdig.Renderers;

namespace Briefing.Tests.Markdown;

/// <summary>An address the page writes itself reads exactly as one Markdig wrote: the same escaping, checked against Markdig.</summary>
public sealed class HtmlTextTests
{
    private static string Written(string url)
    {
        var html = new ArrayBufferWriter<byte>();
        HtmlText.WriteUrl(html, url);
        return Encoding.UTF8.GetString(html.WrittenSpan);
    }

    private static string Markdig(string url)
    {
        var writer = new StringWriter();
        new HtmlRenderer(writer).WriteEscapeUrl(url);
        return writer.ToString();
    }

    [Theory]
    [InlineData("/briefings/the-money/")]
    [InlineData("/ja/claims/#consortium-size")]
    [InlineData("/search/?q=a&b=\"c\"")]
    [InlineData("/entities/ソニー/")]
    [InlineData("/a_b~c/")]
    public void WriteUrl_WritesWhatMarkdigWrites(string url) => Assert.Equal(Markdig(url), Written(url));

    [Fact]
    public void WriteUrl_AnyAddress_WritesWhatMarkdigWrites() =>
        Gen.String[Gen.Char["/-._~az09#?&=\"'<> %ソ"], 0, 40].Sample(url => Assert.Equal(Markdig(url), Written(url)), iter: 20_000);

    [Fact]
    public void WriteUrl_AnyPrintableAscii_WritesWhatMarkdigWrites() =>
        Gen.String[Gen.Char[' ', '~'], 0, 24].Sample(url => Assert.Equal(Markdig(url), Written(url)), iter: 20_000);

    [Fact]
    public void PlainUrl_IsExactlyWhatMarkdigLeavesAlone()
    {
        var ascii = Enumerable.Range(0, 128).Select(c => (char)c);

        Assert.Equal(
            ascii.Where(c => Markdig(c.ToString()) == c.ToString()).ToArray(),
            ascii.Where(HtmlText.PlainUrl.Contains).ToArray());
    }
}
