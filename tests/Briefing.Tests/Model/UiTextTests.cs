using Briefing.Engine;
using Briefing.Engine.Model;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Model;

/// <summary>Reader-visible words come from the theme's <c>i18n/&lt;language&gt;.yml</c>, never from the engine.</summary>
public sealed class UiTextTests
{
    private const string UnusedSource = "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it";

    private static readonly string English = File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "en.yml"));

    [Fact]
    public void Build_LanguageFileLacksAKey_ReportsTheKeyAndHowToAddIt()
    {
        var withoutTimeline = English.Replace("  timeline: Timeline\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(English, withoutTimeline);

        var lines = MiniSite.Diagnostics(MiniSite.Basics + "-- theme/i18n/en.yml --\n" + withoutTimeline);

        Assert.Equal([UnusedSource, "theme/i18n/en.yml: error BRF3005: 'nav.timeline' has no text in theme/i18n/en.yml; add it, e.g. nav: { timeline: \"…\" }"], lines);
    }

    [Fact]
    public void Build_SiteLanguageWithoutAFile_ReportsTheMissingFile()
    {
        var site = MiniSite.Basics.Replace("publisher: Test desk", "publisher: Test desk\nlanguage: fr", StringComparison.Ordinal);

        var lines = MiniSite.Diagnostics(site);

        Assert.Equal([UnusedSource, "theme/i18n/fr.yml: error BRF3005: the theme has no words for the site's language 'fr'; create theme/i18n/fr.yml with a text for each key theme/i18n/en.yml has"], lines);
    }

    [Fact]
    public void Build_ChangedUiString_ShowsOnEveryPageWithoutAnEngineChange()
    {
        var renamed = English.Replace("  claims: Claims\n", "  claims: Ledger of figures\n", StringComparison.Ordinal);
        Assert.NotEqual(English, renamed);

        var result = MiniSite.Build(MiniSite.Basics + "-- theme/i18n/en.yml --\n" + renamed);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<a href=\"/claims/\">Ledger of figures</a>", result.Page("index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/claims/\">Ledger of figures</a>", result.Page("timeline/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChangedPageTitle_TitlesTheDocumentAndTheSitemapStaysTheSame()
    {
        var renamed = English.Replace("    title: Claims ledger\n", "    title: What the reports say\n", StringComparison.Ordinal);
        Assert.NotEqual(English, renamed);

        var result = MiniSite.Build(MiniSite.Basics + "-- theme/i18n/en.yml --\n" + renamed);

        Assert.Contains("<title>What the reports say — Test Desk</title>", result.Page("claims/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChangedTimelineTitle_NamesTheTimelineInItsStructuredData()
    {
        var renamed = English.Replace("    title: Timeline\n", "    title: Chronology\n", StringComparison.Ordinal);
        Assert.NotEqual(English, renamed);

        var result = MiniSite.Build(MiniSite.Basics + "-- theme/i18n/en.yml --\n" + renamed);

        Assert.Contains("\"@type\":\"ItemList\",\"name\":\"Chronology\"", result.Page("timeline/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026", "2026")]
    [InlineData("2026-Q3", "Q3 2026")]
    [InlineData("2026-04", "April 2026")]
    [InlineData("2026-04-09", "9 April 2026")]
    public void Date_EachPrecision_IsWrittenAsTheLanguageFileSays(string text, string expected)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(expected, ThemeText.English.Date(date!));
    }

    [Fact]
    public void Format_NamedValues_ReplaceTheirPlaceholdersAndLeaveOthers()
    {
        var text = new UiText(new UiStrings("en", "i18n/en.yml", new Dictionary<string, UiString>
        {
            ["greeting"] = new("{who} meets {whom} {unknown}", new("i18n/en.yml", 1, 1)),
        }));

        Assert.Equal("Alice meets {whom} {unknown}", text.Format("greeting", ("who", "Alice")));
        Assert.Equal("Alice meets Bob {unknown}", text.Format("greeting", ("whom", "Bob"), ("who", "Alice")));
    }

    [Fact]
    public void Theme_EnglishFile_HasEveryKeyTheEngineAsksFor()
    {
        Assert.All(UiKeys.Required, key => Assert.NotEqual(key, ThemeText.English[key]));
    }
}
