using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// <c>include_cached</c> makes a partial once for each set of values it is given and copies it into every page
/// that gives the same values; a copy must never show one page's values on another.
/// </summary>
public sealed class CachedIncludeTests
{
    [Fact]
    public void Build_MastheadMadeOncePerSection_MarksEachPagesOwnSection()
    {
        var result = MiniSite.Build(MiniSite.Basics);

        var briefings = result.Page("briefings/index.html");
        var timeline = result.Page("timeline/index.html");

        Assert.Contains("<li><a href=\"/briefings/\" aria-current=\"page\">Briefings</a></li>", briefings, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/timeline/\">Timeline</a></li>", briefings, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/timeline/\" aria-current=\"page\">Timeline</a></li>", timeline, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/briefings/\">Briefings</a></li>", timeline, StringComparison.Ordinal);
        Assert.Single(Lines(timeline, "aria-current=\"page\""));
    }

    [Fact]
    public void Build_CachedPartial_WritesWhatIncludeWrites()
    {
        // The same partial, indented the same way, once made for each page and once made once.
        const string Partial = """
            -- theme/partials/who.html --
              <ul>
              {{- for item in site.nav }}
            <li>{{ item.title }}{{ if item.url == section }} ({{ section }}){{ end }}</li>
              {{- end }}
              </ul>
            {{- ## no line break after the list ## -}}

            """;
        var included = MiniSite.Build(MiniSite.Basics + Partial + """
            -- theme/layouts/404.html --
            <div>
            {{ section = page.section; include 'partials/who.html' }}
              <p>after</p>
            </div>
            """).Page("404.html");
        var cached = MiniSite.Build(MiniSite.Basics + Partial + """
            -- theme/layouts/404.html --
            <div>
            {{ include_cached 'partials/who.html' section: page.section }}
              <p>after</p>
            </div>
            """).Page("404.html");

        Assert.Contains("<li>Briefings</li>\n<li>Companies</li>", cached, StringComparison.Ordinal);
        Assert.Equal(included, cached);
    }

    [Fact]
    public void Build_CachedPartialGivenDifferentValues_MakesOneCopyForEach()
    {
        var page = MiniSite.Build(MiniSite.Basics + """
            -- theme/partials/who.html --
            <b>{{ who }}</b>{{ if flag }}!{{ end }}
            -- theme/layouts/404.html --
            {{ include_cached 'partials/who.html' who: 'a&b' flag: true }}
            {{ include_cached 'partials/who.html' who: 'c' flag: false }}
            {{ include_cached 'partials/who.html' flag: true who: 'a&b' }}
            {{ include_cached 'partials/who.html' who: 2 flag: false }}
            """).Page("404.html");

        Assert.Contains("<b>a&amp;b</b>!\n\n<b>c</b>\n\n<b>a&amp;b</b>!\n\n<b>2</b>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CachedPartialNamingThePage_IsAnErrorInThePartial()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/partials/masthead.html --
            <a href="{{ page.url }}">{{ site.title }}</a>
            """,
            "theme/partials/masthead.html(1,13): error BRF3002: The variable or function `page` was not found ('partials/masthead.html' is included with include_cached, so it sees only site, the theme's functions and the values given to it by name) (rendering /briefings/)");
    }

    [Fact]
    public void Build_CachedPartialGivenAnObject_IsAnError()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/layouts/404.html --
            <p>{{ include_cached 'partials/masthead.html' section: page }}</p>
            """,
            "theme/layouts/404.html(1,7): error BRF3002: include_cached takes a partial and values by name that are text, whole numbers or true/false, as in include_cached 'partials/masthead.html' section: page.section; 'section' is an object (rendering /404.html)");
    }

    [Theory]
    [InlineData("{{ include_cached 'partials/masthead.html' page.section }}", "theme/layouts/404.html(1,4): error BRF3002: include_cached takes a partial and values by name that are text, whole numbers or true/false, as in include_cached 'partials/masthead.html' section: page.section (rendering /404.html)")]
    [InlineData("{{ include_cached 'partials/mast.html' }}", "theme/layouts/404.html(1,4): error BRF3002: the theme has no template 'partials/mast.html' (rendering /404.html)")]
    [InlineData("{{ include_cached 'partials/masthead.html' section: [1] }}", "theme/layouts/404.html(1,4): error BRF3002: include_cached takes a partial and values by name that are text, whole numbers or true/false, as in include_cached 'partials/masthead.html' section: page.section; 'section' is a list (rendering /404.html)")]
    [InlineData("{{ include_cached 'partials/masthead.html' site: 'x' }}", "theme/layouts/404.html(1,4): error BRF3002: include_cached gives the partial site itself; name the value otherwise (rendering /404.html)")]
    public void Build_CachedPartialCalledWrongly_IsAnErrorWhereItIsCalled(string call, string expected)
    {
        Refused.Assert(MiniSite.Basics + $"""
            -- theme/layouts/404.html --
            {call}
            """,
            expected);
    }

    [Fact]
    public void Build_CachedPartialIncludingItself_StopsAtTheRecursionLimit()
    {
        var lines = Refused.InMemory(MiniSite.Basics + """
            -- theme/partials/loop.html --
            <i>{{ include_cached 'partials/loop.html' depth: (depth + 1) }}</i>
            -- theme/layouts/404.html --
            {{ include_cached 'partials/loop.html' depth: 0 }}
            """,
            "theme/partials/loop.html(1,7): error BRF3002: 'partials/loop.html' is included with include_cached more than 50 deep: a partial includes itself (rendering /404.html)");

        // Told once, where the limit was met, not again by each of the fifty partials around it.
        Assert.Single(lines, line => line.Contains("BRF3002", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Lines(string page, string part) =>
        page.Split('\n').Where(line => line.Contains(part, StringComparison.Ordinal));
}
