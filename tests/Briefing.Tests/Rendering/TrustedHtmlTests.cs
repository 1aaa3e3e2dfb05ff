using System.Text;
using Briefing.Engine.Rendering;

namespace Briefing.Tests.Rendering;

public sealed class TrustedHtmlTests
{
    [Fact]
    public void Equals_MadeAsTextOrAsUtf8_IsTrueWhenTheHtmlIsTheSame()
    {
        var text = new TrustedHtml("<b>¥</b>");
        var bytes = new TrustedHtml(Encoding.UTF8.GetBytes("<b>¥</b>"));

        Assert.Equal(text, bytes);
        Assert.Equal(text.GetHashCode(), bytes.GetHashCode());
        Assert.NotEqual(new TrustedHtml("<b>$</b>"u8.ToArray()), bytes);
    }
}
