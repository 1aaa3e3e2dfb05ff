using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>A site in English and Japanese: what each edition lists, where its links lead, and how its pages name each other.</summary>
public sealed class LanguageEditionTests
{
    private const string Site = """
        -- input/site.yml --
        title: Test Desk
        description: A site for tests.
        base_url: https://example.test
        publisher: Test desk
        languages:
          ja:
            title: テストデスク
            description: テスト用のサイト。
        -- input/sources.yml --
        - id: wire-2026
          publisher: Wire
          title: A wire report
          url: https://wire.test/report
          date: 2026-01-02
        - id: memo
          publisher: Desk
          description: An internal memo
          translations:
            ja:
              description: 社内メモ
        -- input/entities/sony.yml --
        name: Sony Group Corporation
        short_name: Sony
        kind: company
        summary: A maker of electronics [@wire-2026].
        translations:
          ja:
            name: ソニーグループ
            short_name: ソニー
            summary: 電機メーカー[@wire-2026]。
        -- input/briefings/alpha.md --
        ---
        title: Alpha
        date: 2026-02-01
        updated: 2026-03-01
        summary: The first.
        entities: [sony]
        ---
        About [[sony]] and [the other one](/briefings/beta/) and [the ledger](/claims/#size) [@wire-2026; @memo].
        -- input/briefings/alpha.ja.md --
        ---
        title: アルファ
        summary: 最初の記事。
        updated: 2026-02-01
        ---
        [[sony]]と[もう一つの記事](/briefings/beta/)と[台帳](/claims/#size)について[@wire-2026; @memo]。
        -- input/briefings/beta.md --
        ---
        title: Beta
        date: 2026-01-15
        summary: The second.
        ---
        Back to [alpha](/briefings/alpha/) [@wire-2026].
        -- input/claims.yml --
        - id: size
          question: How many?
          status: single-source
          reports:
            - value: Nine
              source: wire-2026
              note: Counted.
              translations:
                ja:
                  note: 数えた。
          translations:
            ja:
              question: 何社か。
        -- input/timeline.yml --
        - date: 2026-01-02
          title: The wire reports it
          sources: [wire-2026]
          translations:
            ja:
              title: 通信社が報じる
        """;

    private static readonly Lazy<BuildResult> Built = new(() => MiniSite.Build(Site));

    private static IDocument Html(string path) => new HtmlParser().ParseDocument(Built.Value.Page(path));

    private static string File(string path) => Encoding.UTF8.GetString(Built.Value.Site!.Files[path]);

    [Fact]
    public void Build_Translation_IsAtTheSameAddressUnderItsLanguage_InItsWords()
    {
        var page = Html("ja/briefings/alpha/index.html");

        Assert.Empty(Built.Value.Diagnostics);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("アルファ", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("テストデスク", page.QuerySelector(".brand")!.TextContent);
    }

    [Fact]
    public void Build_BriefingWithoutTranslation_IsNotInTheJapaneseEdition()
    {
        var list = Html("ja/briefings/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.False(Built.Value.Site!.Files.ContainsKey("ja/briefings/beta/index.html"));
        Assert.Contains("/ja/briefings/alpha/", list);
        Assert.DoesNotContain("/ja/briefings/beta/", list);
        Assert.DoesNotContain("/briefings/beta/", list);
    }

    [Fact]
    public void Build_JapaneseProse_LinksItsOwnPages_AndMarksALinkToAnUntranslatedPageAsEnglish()
    {
        var prose = Html("ja/briefings/alpha/index.html").QuerySelector(".prose")!;
        var toBeta = prose.QuerySelector("a[href='/briefings/beta/']")!;

        Assert.Equal("en", toBeta.GetAttribute("hreflang"));
        Assert.Equal("もう一つの記事（英語）", toBeta.TextContent);
        Assert.NotNull(prose.QuerySelector("a[href='/ja/claims/#size']"));
        Assert.Equal("ソニー", prose.QuerySelector("a.entity[href='/ja/entities/sony/']")!.TextContent);
    }

    [Fact]
    public void Build_EnglishProse_LinksAsWritten()
    {
        var prose = Html("briefings/alpha/index.html").QuerySelector(".prose")!;

        Assert.Null(prose.QuerySelector("a[href='/briefings/beta/']")!.GetAttribute("hreflang"));
        Assert.Equal("Sony", prose.QuerySelector("a.entity[href='/entities/sony/']")!.TextContent);
    }

    [Fact]
    public void Build_PageInBothLanguages_NamesBothAndTheMainAsDefault_AndLinksTheOther()
    {
        string[] Alternates(string path) => Html(path).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")).ToArray();
        string[] expected = ["en https://example.test/briefings/alpha/", "ja https://example.test/ja/briefings/alpha/", "x-default https://example.test/briefings/alpha/"];

        Assert.Equal(expected, Alternates("briefings/alpha/index.html"));
        Assert.Equal(expected, Alternates("ja/briefings/alpha/index.html"));
        var toJapanese = Html("briefings/alpha/index.html").QuerySelector("header nav.languages a")!;
        Assert.Equal(("/ja/briefings/alpha/", "ja", "日本語"), (toJapanese.GetAttribute("href"), toJapanese.GetAttribute("lang"), toJapanese.TextContent));
        var toEnglish = Html("ja/briefings/alpha/index.html").QuerySelector("header nav.languages a")!;
        Assert.Equal(("/briefings/alpha/", "en", "English"), (toEnglish.GetAttribute("href"), toEnglish.GetAttribute("lang"), toEnglish.TextContent));
    }

    [Fact]
    public void Build_PageWithoutTranslation_NamesNoAlternate_AndLeadsToTheOtherEditionsHome()
    {
        var page = Html("briefings/beta/index.html");

        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Equal("/ja/", page.QuerySelector("header nav.languages a")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_OriginalUpdatedAfterTheTranslation_SaysSoOnTheTranslation()
    {
        var note = Html("ja/briefings/alpha/index.html").QuerySelector(".translation-note")!;

        Assert.Contains("英語版", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-03-01", note.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/briefings/alpha/", note.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
        Assert.Null(Html("briefings/alpha/index.html").QuerySelector(".translation-note"));
    }

    [Fact]
    public void Build_Records_ShowTheirTranslatedWords_AndKeepTheirValues()
    {
        var ledger = Html("ja/claims/index.html").QuerySelector("#size")!.ParentElement!.TextContent;
        var entity = Html("ja/entities/sony/index.html");
        var timeline = Html("ja/timeline/index.html");
        var references = Html("ja/briefings/alpha/index.html").QuerySelector(".references")!.TextContent;

        Assert.Contains("何社か。", ledger, StringComparison.Ordinal);
        Assert.Contains("数えた。", ledger, StringComparison.Ordinal);
        Assert.Contains("Nine", ledger, StringComparison.Ordinal);
        Assert.Equal("ソニーグループ", entity.QuerySelector("h1")!.TextContent);
        Assert.Contains("通信社が報じる", timeline.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(timeline.QuerySelector("#event-2026-01-02-the-wire-reports-it"));
        Assert.Contains("社内メモ", references, StringComparison.Ordinal);
        Assert.Contains("A wire report", references, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EachEdition_HasItsOwnFeedSitemapAndData_AndRobotsNamesBothSitemaps()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(File("ja/feed.xml"));
        var sitemap = XDocument.Parse(File("ja/sitemap.xml"));
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

        Assert.Equal("ja", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal(["アルファ"], feed.Root.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value));
        var alpha = sitemap.Root!.Elements(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://example.test/ja/briefings/alpha/");
        Assert.Equal(["en", "ja", "x-default"], alpha.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
        Assert.Contains("何社か。", File("ja/claims.json"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.test/ja/sitemap.xml", File("robots.txt"), StringComparison.Ordinal);
        Assert.False(Built.Value.Site!.Files.ContainsKey("ja/robots.txt"));
        Assert.True(Built.Value.Site!.Files.ContainsKey("ja/404.html"));
        Assert.DoesNotContain(Built.Value.Site!.Files.Keys, p => p.StartsWith("ja/assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SiteInOneLanguage_HasNoAlternatesNorLanguageLinks()
    {
        var result = MiniSite.Build(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            """);
        var page = new HtmlParser().ParseDocument(result.Page("briefings/a/index.html"));

        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Null(page.QuerySelector("nav.languages"));
        Assert.DoesNotContain(result.Site!.Files.Keys, p => p.StartsWith("ja/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("translations:\n  ja:\n    date: 2026-01-01\n", "input/entities/sony.yml(4,5): error BRF1004: unknown key 'date' in the 'ja' translation of an entity; ids, dates, values, sources and relations are the same in every language; translate only name, short_name, role, summary, sector, headquarters, stake")]
    [InlineData("translations:\n  fr:\n    name: Sony\n", "input/entities/sony.yml(3,3): error BRF1008: 'fr' is not a language the site can publish (supported: en, ja)")]
    public void Load_TranslationOfARecord_RefusesWhatIsNotTranslatable_AtItsLine(string translations, string expected)
    {
        var lines = MiniSite.Diagnostics(Site.Replace("""
            -- input/entities/sony.yml --
            name: Sony Group Corporation
            short_name: Sony
            kind: company
            summary: A maker of electronics [@wire-2026].
            translations:
              ja:
                name: ソニーグループ
                short_name: ソニー
                summary: 電機メーカー[@wire-2026]。
            """, "-- input/entities/sony.yml --\nname: Sony\n" + translations + "kind: company\nsummary: A maker [@wire-2026].\n", StringComparison.Ordinal));

        Assert.Contains(expected, lines);
    }

    [Fact]
    public void Load_TranslationFrontMatter_RefusesTheOriginalsKeys()
    {
        var lines = MiniSite.Diagnostics(Site.Replace("title: アルファ\n", "title: アルファ\ndate: 2026-02-01\n", StringComparison.Ordinal));

        Assert.Contains("input/briefings/alpha.ja.md(3,1): error BRF1004: unknown key 'date' in a translation's front matter; a translation takes 'date' from its original; give only title, summary and updated (the day it was last brought in line), so remove it", lines);
    }

    [Fact]
    public void Load_TranslationFileInALanguageTheEngineCannotShow_IsRefusedByItsName()
    {
        var lines = MiniSite.Diagnostics(Site + "\n-- input/briefings/alpha.fr.md --\n---\ntitle: Alpha\nsummary: S\n---\nTexte [@wire-2026].\n");

        Assert.Contains("input/briefings/alpha.fr.md: error BRF1012: 'alpha.fr.md' names the language 'fr', which the site cannot publish (supported: en, ja); a translation is named <slug>.<language>.md", lines);
    }

    [Fact]
    public void Load_SiteLanguages_RefusesALanguageTheEngineCannotShow_AndTheMainOne()
    {
        var lines = MiniSite.Diagnostics(Site.Replace("languages:\n  ja:", "languages:\n  en:\n    title: T\n    description: D\n  xx:\n    title: T\n    description: D\n  ja:", StringComparison.Ordinal));

        Assert.Contains("input/site.yml(6,3): error BRF1008: 'en' is the site's main language ('language'); 'languages' lists only the further ones, so remove it", lines);
        Assert.Contains("input/site.yml(9,3): error BRF1008: 'xx' is not a language the site can publish (supported: en, ja)", lines);
    }

    [Fact]
    public void Build_RealSite_EveryHreflangPairIsReciprocal_AndEveryBriefingHasItsJapanese()
    {
        var real = BuiltSites.Real;
        var parser = new HtmlParser();
        var alternates = real.HtmlPages().ToDictionary(
            p => "https://physical-ai-briefing.netlify.app/" + (p.Path.EndsWith("index.html", StringComparison.Ordinal) ? p.Path[..^"index.html".Length] : p.Path),
            p => parser.ParseDocument(p.Html).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!)).ToHashSet());
        var walked = 0;

        foreach (var (url, links) in alternates.Where(a => a.Value.Count > 0))
        {
            Assert.Contains(links, l => l.Item2 == url && l.Item1 != "x-default");
            foreach (var (language, target) in links)
            {
                Assert.True(alternates.TryGetValue(target, out var back), $"{url} names {target} ({language}), which the site does not have");
                Assert.True(back!.SetEquals(links), $"{target} does not name the same pages as {url}");
                walked++;
            }
        }

        Assert.True(walked > 300, $"only {walked} alternates walked");
        Assert.All(real.Site!.Files.Keys.Where(p => p.StartsWith("briefings/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && !p.Contains("/page/", StringComparison.Ordinal) && p != "briefings/index.html"),
            p => Assert.True(real.Site.Files.ContainsKey("ja/" + p), $"{p} has no Japanese edition"));
    }

    [Fact]
    public void Theme_Templates_LinkTheSitesPagesThroughSiteUrls_SoEachEditionLinksItsOwn()
    {
        var written = Directory.GetFiles(RepoPaths.Theme, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(System.IO.File.ReadAllText(file), "(?:href|action|src)=\"/[^\"]*\"").Select(m => Path.GetFileName(file) + ": " + m.Value));

        Assert.Empty(written);
    }
}
