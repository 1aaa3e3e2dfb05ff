using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Text is marked with the language it is written in, not the language of what it belongs to; dates and languages read as words.</summary>
public sealed class LanguageMarkupTests
{
    private const string Site = MiniSite.Basics + """
        - id: phoenix
          publisher: Phoenix Tech
          publisher_native: 凤凰科技
          publisher_language: zh
          title: An English headline
          language: en
          date: 2026-05-28
        - id: chinese
          publisher: Daily
          title: 中文标题
          language: zh
        - id: translated
          publisher: Weekly
          title: A translated headline
          language: zh
          title_language: en
        - id: korean
          publisher: Seoul Daily
          description: Coverage of the plan
          language: ko
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        Text [@wire-2026; @phoenix; @chinese; @translated; @korean].
        """;

    private static readonly Lazy<Briefing.Engine.BuildResult> Built = new(() => MiniSite.Build(Site));

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Built.Value.Page(path));

    private static IElement Reference(IDocument page, int number) => page.QuerySelector($"#ref-{number}")!;

    [Fact]
    public void Render_References_TitleMarkedWithItsOwnLanguage()
    {
        var page = Page("briefings/a/index.html");

        Assert.Null(Reference(page, 2).QuerySelector("cite")!.GetAttribute("lang"));
        Assert.Equal("zh", Reference(page, 3).QuerySelector("cite")!.GetAttribute("lang"));
        Assert.Null(Reference(page, 4).QuerySelector("cite")!.GetAttribute("lang"));
        Assert.Null(Reference(page, 5).QuerySelector("[lang]"));
    }

    [Fact]
    public void Render_PublisherNativeName_MarkedWithTheOutletsLanguage()
    {
        var reference = Reference(Page("briefings/a/index.html"), 2);
        var source = Page("sources/phoenix/index.html");

        var native = reference.QuerySelector(".native")!;
        Assert.Equal("凤凰科技", native.TextContent);
        Assert.Equal("zh", native.GetAttribute("lang"));
        Assert.Equal("zh", source.QuerySelector(".facts .native")!.GetAttribute("lang"));
        Assert.Equal("zh", Page("sources/index.html").QuerySelector(".source-list .native")!.GetAttribute("lang"));
    }

    [Fact]
    public void Render_LanguagesAndDates_ShownInWords()
    {
        var page = Page("briefings/a/index.html");

        Assert.Contains("(28 May 2026), in English.", Reference(page, 2).TextContent, StringComparison.Ordinal);
        Assert.Contains(", in Korean.", Reference(page, 5).TextContent, StringComparison.Ordinal);
        Assert.Equal("Phoenix Tech, “An English headline” (28 May 2026)", page.QuerySelector("a.cite[href='#ref-2'] .cite-tip")!.TextContent);
        Assert.Equal("Wire, “A wire report” (2 January 2026)", page.QuerySelector("a.cite[href='#ref-1'] .cite-tip")!.TextContent);
    }

    [Fact]
    public void Load_TitleLanguageWithDescription_IsRefused()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            - id: korean
              publisher: Seoul Daily
              description: Coverage of the plan
              language: ko
              title_language: ko
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026; @korean].
            """);

        Assert.Equal(["input/sources.yml(10,19): error BRF1008: 'title_language' is the language of a report's own title; a description is written in the site's language, so remove it"], lines);
    }

    [Fact]
    public void Theme_JapaneseText_BreaksStrictlyAndHeadingsBetweenPhrases()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "assets", "site.css"));

        Assert.Contains("[lang|=\"ja\"] { line-break: strict; word-break: normal; overflow-wrap: anywhere; }", css, StringComparison.Ordinal);
        Assert.Contains(":lang(ja):is(h1, h2, h3) { word-break: auto-phrase; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_Stylesheet_WritesNoWordsOfItsOwn()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "assets", "site.css"));

        // Generated content a reader sees must come from the language file, or a Japanese page shows English.
        Assert.Empty(System.Text.RegularExpressions.Regex.Matches(css, "content:\\s*\"[^\"]*[A-Za-z][^\"]*\"").Select(m => m.Value));
    }

    [Fact]
    public void Theme_JapanesePage_SetsItsSansAndSerifInJapaneseFaces()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "assets", "site.css"));

        Assert.Contains("--sans: \"Hiragino Sans\", \"Noto Sans CJK JP\", \"Yu Gothic\", sans-serif;", css, StringComparison.Ordinal);
        Assert.Contains("svg.chart { display: block; max-width: 100%; height: auto; font-family: var(--sans); }", css, StringComparison.Ordinal);
        Assert.DoesNotContain(":lang(ja) { font-family", css, StringComparison.Ordinal);
    }
}
