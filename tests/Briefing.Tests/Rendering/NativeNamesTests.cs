using Briefing.Engine.Rendering;

namespace Briefing.Tests.Rendering;

public sealed class NativeNamesTests
{
    [Theory]
    [InlineData("ソフトバンク株式会社", "Tokyo, Japan", "ja")]
    [InlineData("さくらインターネット株式会社", null, "ja")]
    [InlineData("経済産業省", "Tokyo, Japan", "ja")]
    [InlineData("経済産業省", null, "ja")]
    [InlineData("百度", "Beijing, China", "zh")]
    [InlineData("腾讯", "Shenzhen, China", "zh")]
    [InlineData("台積電", "Hsinchu, Taiwan", "zh")]
    [InlineData("삼성전자", "Suwon, South Korea", "ko")]
    public void Language_NativeName_ByScriptThenPlace(string name, string? headquarters, string expected)
    {
        Assert.Equal(expected, NativeNames.Language(name, headquarters));
    }

    [Fact]
    public void Language_NoNativeName_Null()
    {
        Assert.Null(NativeNames.Language(null, "Tokyo, Japan"));
    }
}
