using Briefing.Engine.Rendering.Search;
using CsCheck;
using Briefing.Engine.Resolution;

namespace Briefing.Tests.Rendering.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Honda Motor Co.", "honda|motor|co")]
    [InlineData("$61.6 billion, or 1,000 firms.", "61.6|billion|or|1,000|firms")]
    [InlineData("Société Générale's", "societe|generale|s")]
    [InlineData("ＳｏｆｔＢａｎｋ ＡＩ", "softbank|ai")]
    [InlineData("ソフトバンク", "ソ|ソフ|フ|フト|ト|トバ|バ|バン|ン|ンク|ク")]
    [InlineData("経済産業省の支援", "経|経済|済|済産|産|産業|業|業省|省|省の|の|の支|支|支援|援")]
    [InlineData("新エネルギー・産業", "新|新エ|エ|エネ|ネ|ネル|ル|ルギ|ギ|ギー|ー|産|産業|業")]
    [InlineData("AI基盤モデル 百", "ai|基|基盤|盤|盤モ|モ|モデ|デ|デル|ル|百")]
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

    /// <summary>
    /// The splitter takes short cuts for ASCII (whole runs lower-cased at once, separators skipped before the other
    /// tests); on any mix of scripts it must give what the rules above give character by character.
    /// </summary>
    [Fact]
    public void Of_AnyText_GivesWhatTheRulesGiveCharacterByCharacter()
    {
        Gen.Char["aZz09 .,-'\t\n\u00c9\u00e9\u0141\u00df\u00d7\uff33\uff4f\uff10\u30bd\u30d5\u30fb\u7d4c\u6e08\u3042\u0416\u0661\u00bd\u2160\u00a0"]
            .Array[0, 60]
            .Select(chars => new string(chars))
            .Sample(text => Assert.Equal(ByTheRules(text), SearchTerms.Of(text)));
    }

    private static List<string> ByTheRules(string text)
    {
        var folded = new string(text.Select(c => char.ToLowerInvariant(c switch
        {
            >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
            >= '\u00c0' and <= '\u017f' => SearchTerms.LatinFolds[c - 0xc0],
            _ => c,
        })).ToArray());
        var terms = new List<string>();
        var i = 0;
        while (i < folded.Length)
        {
            var start = i;
            if (SearchTerms.IsSpaceless(folded[i]))
            {
                while (i < folded.Length && SearchTerms.IsSpaceless(folded[i]))
                {
                    i++;
                }

                for (var p = start; p < i; p++)
                {
                    terms.Add(folded.Substring(p, 1));
                    if (p + 1 < i)
                    {
                        terms.Add(folded.Substring(p, 2));
                    }
                }
            }
            else if (char.IsLetter(folded[i]) || char.IsNumber(folded[i]))
            {
                while (i < folded.Length && (((char.IsLetter(folded[i]) || char.IsNumber(folded[i])) && !SearchTerms.IsSpaceless(folded[i]))
                    || (folded[i] is '.' or ',' && i > 0 && i + 1 < folded.Length && char.IsAsciiDigit(folded[i - 1]) && char.IsAsciiDigit(folded[i + 1]))))
                {
                    i++;
                }

                terms.Add(folded.Substring(start, Math.Min(i - start, SearchTerms.MaxLength)));
            }
            else
            {
                i++;
            }
        }

        return terms;
    }
}
