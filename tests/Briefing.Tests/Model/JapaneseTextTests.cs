using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Engine.Model;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Rendering;

namespace Briefing.Tests.Model;

/// <summary>A site whose language is <c>ja</c> shows every word, date, count and mark of the theme in Japanese.</summary>
public sealed partial class JapaneseTextTests
{
    private static readonly Lazy<BuildResult> Japanese = new(() =>
        MiniSite.Build(ReaderSite.Text.Replace("publisher: Test desk", "publisher: Test desk\nlanguage: ja", StringComparison.Ordinal)));

    [Fact]
    public void Theme_JapaneseFile_HasExactlyTheKeysOfTheEnglishOne()
    {
        // The powers of ten a language has words for are its own (million and billion; 万 and 億).
        static IEnumerable<string> Keys(UiText text) =>
            text.Strings.Texts.Keys.Where(k => !k.StartsWith(UiKeys.NumberScalePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        var english = Keys(ThemeText.English).ToList();
        var japanese = Keys(ThemeText.Japanese).ToList();

        Assert.Equal([], english.Except(japanese));
        Assert.Equal([], japanese.Except(english));
        Assert.Contains(ThemeText.Japanese.Strings.Texts.Keys, k => k.StartsWith(UiKeys.NumberScalePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Theme_JapaneseFile_PutsInEveryValueTheEnglishTextPutsIn()
    {
        var missing = ThemeText.English.Strings.Texts
            .Where(e => ThemeText.Japanese.Has(e.Key))
            .SelectMany(e => Placeholder().Matches(e.Value.Text).Select(m => m.Value)
                .Where(p => !ThemeText.Japanese[e.Key].Contains(p, StringComparison.Ordinal))
                .Select(p => $"{e.Key}: {p}"));

        Assert.Equal([], missing);
    }

    [Fact]
    public void Theme_JapaneseFile_HasNoLatinLettersBeyondNamesOfFormats()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "JSON", "CSV", "iCalendar", "Atom", "JavaScript" };
        var latin = ThemeText.Japanese.Strings.Texts
            .Select(e => (e.Key, Words: Word().Matches(Placeholder().Replace(e.Value.Text, string.Empty)).Select(m => m.Value).Where(w => !allowed.Contains(w)).ToList()))
            .Where(e => e.Words.Count > 0)
            .Select(e => $"{e.Key}: {string.Join(' ', e.Words)}");

        Assert.Equal([], latin);
    }

    [Theory]
    [InlineData("2026-05-28", "2026年5月28日")]
    [InlineData("2026-05", "2026年5月")]
    [InlineData("2027", "2027年")]
    [InlineData("2027-Q1", "2027年第1四半期")]
    public void Date_Japanese_IsWrittenTheJapaneseWay(string text, string expected)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(expected, ThemeText.Japanese.Date(date!));
    }

    [Theory]
    [InlineData(5e5, "$500,000", "$50万")]
    [InlineData(1e6, "$1 million", "$100万")]
    [InlineData(1e9, "$1 billion", "$10億")]
    [InlineData(1e11, "$100 billion", "$1,000億")]
    [InlineData(1e12, "$1 trillion", "$1兆")]
    public void Amount_LargeNumbers_TakeTheWordsOfTheLanguage(double value, string english, string japanese)
    {
        Assert.Equal(english, ThemeText.English.Amount(value, "$"));
        Assert.Equal(japanese, ThemeText.Japanese.Amount(value, "$"));
    }

    [Theory]
    [InlineData(0, "0 briefings", "0件のブリーフィング")]
    [InlineData(1, "one briefing", "1件のブリーフィング")]
    [InlineData(2, "2 briefings", "2件のブリーフィング")]
    public void Counted_TheCount_ChoosesTheForm(int count, string english, string japanese)
    {
        Assert.Equal(english, ThemeText.English.Counted(UiKeys.TopicCount, count));
        Assert.Equal(japanese, ThemeText.Japanese.Counted(UiKeys.TopicCount, count));
    }

    [Fact]
    public void Build_OneOfEach_HomeCountsAreSingular()
    {
        var home = new HtmlParser().ParseDocument(MiniSite.Build(MiniSite.Basics + """
            -- input/briefings/only.md --
            ---
            title: The only one
            date: 2026-01-03
            summary: One briefing.
            ---
            A paragraph [@wire-2026].
            """).Page("index.html"));

        Assert.Equal("1 briefing · 0 companies and organisations · 1 source · 0 timeline events", home.QuerySelector(".counts")!.TextContent);
    }

    [Fact]
    public void Build_JapaneseSite_HomeReadsInJapanese()
    {
        Assert.True(Japanese.Value.Succeeded, string.Join('\n', Japanese.Value.Diagnostics));
        var home = new HtmlParser().ParseDocument(Japanese.Value.Page("index.html"));

        Assert.Equal("ja", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ブリーフィング2本・企業・団体5件・出典2件・年表の出来事4件", home.QuerySelector(".counts")!.TextContent);
        Assert.Equal(["ブリーフィング", "企業・団体", "年表", "出典", "主張台帳", "検索"], home.QuerySelectorAll("header nav a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Build_JapaneseSite_NoEnglishPunctuationBetweenTheThemesWords()
    {
        var claims = new HtmlParser().ParseDocument(Japanese.Value.Page("claims/index.html"));
        var timeline = new HtmlParser().ParseDocument(Japanese.Value.Page("timeline/index.html"));

        var summary = claims.QuerySelector(".status-summary")!.TextContent;
        Assert.StartsWith("主張", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(", ", summary, StringComparison.Ordinal);
        Assert.Contains("、", summary, StringComparison.Ordinal);
        Assert.All(claims.QuerySelectorAll("h3"), h => Assert.Matches("^[^ ()]+（\\d+）$", h.TextContent));
        Assert.All(timeline.QuerySelectorAll(".event-meta .reports"), r => Assert.Matches("^・(1件の報道|独立した\\d+件の報道)$", r.TextContent));
        Assert.All(timeline.QuerySelectorAll(".event-meta time"), t => Assert.Matches("^\\d{4}年(第\\d四半期|\\d{1,2}月(\\d{1,2}日)?)?$", t.TextContent));
    }

    [GeneratedRegex("\\{[a-z_]+\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Word();
}
