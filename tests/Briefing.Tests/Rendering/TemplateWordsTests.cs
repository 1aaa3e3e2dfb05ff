using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Every word a template shows a reader comes from the language file, so another language can replace it.</summary>
public sealed class TemplateWordsTests
{
    private static readonly string[] Names =
    [
        .. new[] { "layouts", "partials" }.SelectMany(folder =>
            Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, folder), "*.html").Select(file => $"{folder}/{Path.GetFileName(file)}")),
    ];

    public static TheoryData<string> Templates() => new(Names.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_WritesNoWordsOfItsOwn(string name)
    {
        var found = TemplateLiterals.Find($"theme/{name}", File.ReadAllText(Path.Combine(RepoPaths.Theme, name)));

        Assert.True(found.Count == 0, "words written in the template rather than taken with text 'key' from theme/i18n/en.yml:\n" + string.Join('\n', found));
    }

    [Fact]
    public void Templates_AreAllChecked()
    {
        Assert.Contains("layouts/base.html", Names);
        Assert.Contains("partials/provenance.html", Names);
        Assert.True(Names.Length >= 20, string.Join(", ", Names));
    }

    [Fact]
    public void Find_LiteralWordsInTextAndReadAttributes_AreEachNamedWithTheirPlace()
    {
        const string Template = """
            <!doctype html>
            <meta name="description" content="A site"><meta name="viewport" content="width=device-width">
            <nav aria-label="Main">{{ for item in site.nav }}<a href="{{ item.url }}" title="{{ item.title }}">{{ item.title }}</a>{{ end }}</nav>
            <p>{{ site.publisher }}. Every statement &amp; cites</p>
              <img alt="Logo" src="x.svg"><input placeholder="Find"><span class="visually-hidden">Cited at </span>
            <p>{{ if x }}Shown{{ else }} · {{ end }}&nbsp;&#8212;</p>
            <!-- a comment with words --><script type="module" src="a.js"></script>{{ text 'words.inside.code' }}
            <form data-terms="/t/" data-text-none="No results for “{query}”." data-text-more="{{ text 'search.more' }}" hidden></form>
            <p>{{ "Written" }} {{ x ?? "Fallback" }} {{ text 'k' { name: "Named" } }}</p>
            """;

        var found = TemplateLiterals.Find("theme/layouts/t.html", Template);

        Assert.Equal(
        [
            "theme/layouts/t.html(2,35): 'A site'",
            "theme/layouts/t.html(3,18): 'Main'",
            "theme/layouts/t.html(4,26): '. Every statement cites'",
            "theme/layouts/t.html(5,13): 'Logo'",
            "theme/layouts/t.html(5,51): 'Find'",
            "theme/layouts/t.html(5,87): 'Cited at'",
            "theme/layouts/t.html(6,14): 'Shown ·'",
            "theme/layouts/t.html(8,40): 'No results for “{query}”.'",
            "theme/layouts/t.html(9,7): 'Written' (a string the code writes)",
            "theme/layouts/t.html(9,28): 'Fallback' (a string the code writes)",
            "theme/layouts/t.html(9,62): 'Named' (a string the code writes)",
        ], found);
    }

    [Fact]
    public void Find_MarksJoiningValues_AreEachNamedWithTheirPlace()
    {
        const string Template = """
            <p>{{ a }} · {{ b }}</p>
            <p>{{ for x in xs }}{{ if !for.first }}, {{ end }}{{ x }}{{ end }} ({{ n }})</p>
            <p>{{ d }}: {{ t }}. {{ u }}</p>
            """;

        var found = TemplateLiterals.Find("theme/layouts/t.html", Template);

        Assert.Equal(
        [
            "theme/layouts/t.html(1,12): '·' (a mark that joins a line, which each language writes its own way: text 'punctuation.…')",
            "theme/layouts/t.html(2,40): ', ( )' (a mark that joins a line, which each language writes its own way: text 'punctuation.…')",
            "theme/layouts/t.html(3,11): ': .' (a mark that joins a line, which each language writes its own way: text 'punctuation.…')",
        ], found);
    }

    [Fact]
    public void Find_TextTakenFromTheLanguageFile_FindsNothing()
    {
        const string Template = """
            <nav aria-label="{{ text 'nav.label' }}"><a href="/x/"{{ if a > b }} aria-current="page"{{ end }}>{{ text 'nav.x' }}</a></nav>
            <p class="meta">{{ text 'briefing.published' { date: d } }}{{ text 'punctuation.separator' }}{{ n }}{{ text 'punctuation.open' }}<time datetime="{{ d }}">{{ d }}</time>{{ text 'punctuation.close' }}</p>
            {{ include 'partials/x.html' }}<link href="{{ asset 'site.css' }}">{{ if prov == "relayed" }}{{ case s }}{{ when "contested", "corrected" }}{{ end }}{{ end }}
            """;

        Assert.Empty(TemplateLiterals.Find("theme/layouts/t.html", Template));
    }
}
