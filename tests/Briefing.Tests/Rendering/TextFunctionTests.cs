using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Templates read their words from the language file with <c>text</c>; a key it lacks is an error at the template.</summary>
public sealed class TextFunctionTests
{
    private const string UnusedSource = "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it";

    private static readonly string English = File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "en.yml"));

    [Fact]
    public void Build_TemplateNamesAKeyTheLanguageFileLacks_ReportsTheKeyWhereTheTemplateNamesIt()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/layouts/topics.html --
            <h1>{{ text 'page.topics.title' }}</h1>
              <p>{{ text 'templates.topics.missing' }}</p>
            """,
            UnusedSource,
            "theme/layouts/topics.html(2,14): error BRF3005: 'templates.topics.missing' has no text in theme/i18n/en.yml; add it, e.g. templates: { topics: { missing: \"…\" } }");
    }

    [Fact]
    public void Build_LanguageFileLacksAKeyOfTheRealTemplates_NamesTheKeyAndEachTemplateUsingIt()
    {
        var withoutLanguage = English.Replace("  language: \"in {language}\"\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(English, withoutLanguage);

        Refused.Assert(MiniSite.Basics + "-- theme/i18n/en.yml --\n" + withoutLanguage,
            UnusedSource,
            "theme/layouts/sources.html(8,…",
            "theme/partials/references.html(7,…");
    }

    [Fact]
    public void Build_ComputedKeyTheLanguageFileLacks_IsAnErrorNamingTheKey()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/layouts/topics.html --
            <h1>{{ text ('templates.topics.' + 'missing') }}</h1>
            """,
            UnusedSource,
            "theme/layouts/topics.html(1,8): error BRF3002: 'templates.topics.missing' has no text in theme/i18n/en.yml (rendering /topics/)");
    }

    [Fact]
    public void Render_ValuesInAText_AreEscapedOnceAndCapturedHtmlIsKept()
    {
        var result = MiniSite.Build(MiniSite.Basics.Replace("title: Test Desk", "title: \"Q&A <b>\\\"x\\\"</b>\"", StringComparison.Ordinal) + """
            -- theme/layouts/topics.html --
            {{ capture link }}<a href="/sources/">{{ site.title }}</a>{{ end }}
            <p title="{{ text 'test.quoted' }}">{{ text 'test.sentence' { link: link, name: site.title, count: 3 } }}</p>
            <p>{{ text 'test.sentence' }}</p>
            -- theme/i18n/en.yml --

            """ + English + """

            test:
              sentence: "{count} × {link} & {name}, {later}"
              quoted: "say \"<hi>\", it's"
            """);

        var page = result.Page("topics/index.html");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(
            "<p title=\"say &quot;&lt;hi&gt;&quot;, it's\">3 × <a href=\"/sources/\">Q&amp;A &lt;b&gt;&quot;x&quot;&lt;/b&gt;</a> &amp; Q&amp;A &lt;b&gt;&quot;x&quot;&lt;/b&gt;, {later}</p>",
            page,
            StringComparison.Ordinal);
        Assert.Contains("<p>{count} × {link} &amp; {name}, {later}</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChangedTemplateText_ShowsOnThePage()
    {
        var changed = English.Replace("    kicker: Error 404\n", "    kicker: Nothing here\n", StringComparison.Ordinal);
        Assert.NotEqual(English, changed);

        var result = MiniSite.Build(MiniSite.Basics + "-- theme/i18n/en.yml --\n" + changed);

        Assert.Contains("<p class=\"kicker\">Nothing here</p>", result.Page("404.html"), StringComparison.Ordinal);
    }
}
