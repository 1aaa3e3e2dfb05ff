using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Escaping through every template construct, content that looks like template syntax, and template mistakes as located diagnostics.</summary>
public sealed class TemplateTests
{
    private const string AwkwardTitle = """
        -- input/site.yml --
        title: "Q&A <b>\"quoted\"</b>"
        description: D
        base_url: https://example.test
        publisher: P
        -- input/sources.yml --
        - id: wire-2026
          publisher: Wire
          title: A wire report

        """;

    private const string Escaped = "Q&amp;A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;";

    [Fact]
    public void Render_EveryTemplateConstruct_EscapesExactlyOnce()
    {
        var result = MiniSite.Build(AwkwardTitle + """
            -- theme/partials/echo.html --
            <p class="partial">{{ site.title }}</p>
            -- theme/layouts/404.html --
            {{ capture heading }}<em>{{ site.title }}</em>{{ end }}
            <h1>{{ heading }}</h1>
            {{ include 'partials/echo.html' }}
            {{ 'partials/echo.html' | include }}
            {{ func shout }}<strong>{{ $0 }}</strong>{{ end }}{{ shout site.title }}
            {{ for item in [site.title] }}<i>{{ item }}</i>{{ end }}
            {{ if site.title }}<u>{{ site.title }}</u>{{ end }}
            {{ title = site.title }}<s>{{ title }}</s>
            <b>{{ site.title | string.upcase }}</b>
            {{ capture outer }}{{ capture inner }}<q>{{ site.title }}</q>{{ end }}{{ inner }}{{ end }}{{ outer }}
            {{ capture wrapped }}{{ include 'partials/echo.html' }}{{ end }}{{ wrapped }}
            """);

        var page = result.Page("404.html");

        Assert.Contains($"<h1><em>{Escaped}</em></h1>", page, StringComparison.Ordinal);
        Assert.Equal(3, Count(page, $"<p class=\"partial\">{Escaped}</p>"));
        Assert.Contains($"<strong>{Escaped}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"<i>{Escaped}</i>", page, StringComparison.Ordinal);
        Assert.Contains($"<u>{Escaped}</u>", page, StringComparison.Ordinal);
        Assert.Contains($"<s>{Escaped}</s>", page, StringComparison.Ordinal);
        Assert.Contains("<b>Q&amp;A &lt;B&gt;&quot;QUOTED&quot;&lt;/B&gt;</b>", page, StringComparison.Ordinal);
        Assert.Contains($"<q>{Escaped}</q>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>Page not found — {Escaped}</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateSyntaxInContent_IsNeverEvaluated()
    {
        var result = MiniSite.Build(MiniSite.Basics + """
            -- input/topics.yml --
            - id: money
              title: "{{ include 'partials/references.html' }}"
            -- input/briefings/a.md --
            ---
            title: "{{ site.title }}"
            date: 2026-01-01
            summary: "{% raw %}{{ 1 + 1 }}{% endraw %}"
            topics: [money]
            ---
            The text says {{ site.title }} and {{ 1 + 1 }} and {% raw %} [@wire-2026].
            """);

        var page = result.Page("briefings/a/index.html");

        Assert.Contains("<h1>{{ site.title }}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("{% raw %}{{ 1 + 1 }}{% endraw %}", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"topic\" href=\"/topics/money/\">{{ include &#39;partials/references.html&#39; }}</a>", page, StringComparison.Ordinal);
        Assert.Contains("The text says {{ site.title }} and {{ 1 + 1 }} and {% raw %}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Test Desk</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PageOverOneMegabyte_IsNotCutShort()
    {
        // Scriban cuts strings at 1 MB by default; the page must end with its closing tag.
        var block = "```\n" + string.Concat(Enumerable.Repeat(new string('x', 99) + "\n", 15_000)) + "```";
        var result = MiniSite.Build(MiniSite.Basics + $"""
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].

            {block}
            """);

        var page = result.Page("briefings/a/index.html");

        Assert.True(page.Length > 1_500_000);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
        Assert.Contains("<li id=\"ref-1\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SyntaxErrorInPartial_IsLocatedInThePartial()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/partials/briefing-card.html --
            <li class="card">
              <h3>{{ for }}</h3>
            </li>
            """,
            "theme/partials/briefing-card.html(2,14): error BRF3001: Error while parsing for statement: Expecting <expression> instead of `}}` in: for <variable> in <expression> ... end");
    }

    [Fact]
    public void Build_UndefinedVariableInPartial_IsLocatedInThePartial()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/partials/references.html --
            <section>{{ refs }}</section>
            """,
            "theme/partials/references.html(1,13): error BRF3002: The variable or function `refs` was not found (rendering /claims/)",
            "theme/partials/references.html(1,13): error BRF3002: The variable or function `refs` was not found (rendering /timeline/)");
    }

    [Fact]
    public void Build_MisspeltMember_IsAnError()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/layouts/sources.html --
            <h1>{{ site.titel }}</h1>
            """,
            "theme/layouts/sources.html(1,13): error BRF3002: Cannot get member with name titel. (rendering /sources/)");
    }

    [Fact]
    public void Build_MemberOfNothing_IsAnError()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/layouts/source.html --
            <a href="{{ model.via.url }}">via</a>
            """,
            "theme/layouts/source.html(1,23): error BRF3002: Object `model.via` is null. Cannot access member: model.via.url (rendering /sources/wire-2026/)");
    }

    [Fact]
    public void Build_PartialIncludingItself_StopsAtTheRecursionLimit()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/partials/loop.html --
            {{ include 'partials/loop.html' }}
            -- theme/layouts/404.html --
            {{ include 'partials/loop.html' }}
            """,
            "theme/partials/loop.html(1,4): error BRF3002: …");
    }

    [Fact]
    public void Build_ThemeAssetWithUnportableName_IsRefused()
    {
        Refused.Assert(MiniSite.Basics + """
            -- theme/assets/con.css --
            body { color: black; }
            -- theme/assets/Site.css --
            body { color: red; }
            """,
            "theme/assets/con.css: error BRF1012: asset 'con.css' cannot be published: its path has a device name on Windows",
            "theme/assets/site.css: error BRF1012: asset 'site.css' cannot be published: it differs only in case from 'Site.css', and case-insensitive file systems would keep one");
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
