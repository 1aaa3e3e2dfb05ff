using Briefing.Engine.Rendering.Search;
using Briefing.Engine.Resolution;

namespace Briefing.Tests.Rendering.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Honda Motor Co.", "honda|motor|co")]
    [InlineData("$61.6 billion, or 1,000 firms.", "61.6|billion|or|1,000|firms")]
    [InlineData("Société Générale's", "societe|generale|s")]
    [InlineData("ＳｏｆｔＢａｎｋ ＡＩ", "softbank|ai")]
    [InlineData("ソフトバンク", "ソフ|フト|トバ|バン|ンク")]
    [InlineData("経済産業省の支援", "経済|済産|産業|業省|省の|の支|支援")]
    [InlineData("新エネルギー・産業", "新エ|エネ|ネル|ルギ|ギー|産業")]
    [InlineData("AI基盤モデル 百", "ai|基盤|盤モ|モデ|デル|百")]
    public void Of_Text_GivesTheTermsAQueryMatches(string text, string terms)
    {
        Assert.Equal(terms.Split('|'), SearchTerms.Of(text));
    }

    [Fact]
    public void Fold_KeepsEveryCharacterWhereItWas()
    {
        const string text = "Ｓｏｎｙ Société ŁÓDŹ ソフトバンク 1.5";

        Assert.Equal("sony societe lodz ソフトバンク 1.5", SearchTerms.Fold(text));
        Assert.Equal(0x180 - 0xc0, SearchTerms.LatinFolds.Length);
    }

    [Fact]
    public void Of_VeryLongRun_IsCut()
    {
        Assert.Equal(SearchTerms.MaxLength, SearchTerms.Of(new string('x', 100)).Single().Length);
    }

    [Fact]
    public void Bucket_TermsThatShareTheirFirstThreeCharacters_ShareAFile()
    {
        Assert.Equal(SearchTerms.Bucket("hon", 64), SearchTerms.Bucket("honda", 64));
        Assert.Equal(SearchTerms.Bucket("hon", 64), SearchTerms.Bucket("honour", 64));
        Assert.InRange(SearchTerms.Bucket("anything", 8), 0, 7);
        Assert.Equal(0, SearchTerms.Bucket("anything", 1));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5_999, 1)]
    [InlineData(6_001, 2)]
    [InlineData(7_000_000, 2048)]
    [InlineData(900_000_000, 4096)]
    public void For_Words_SpreadsTermsOverMoreFilesAsTheTextGrows(long words, int buckets)
    {
        Assert.Equal(buckets, SearchPlan.For(10, words).Buckets);
    }
}
