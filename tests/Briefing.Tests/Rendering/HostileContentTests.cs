using System.Text;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// Every text field of every YAML file set to markup that would run script if written raw. The site must
/// build, and every page must show each value as text: no script element, no on* attribute, nothing
/// escaped twice.
/// </summary>
public sealed class HostileContentTests
{
    private static readonly string[] Fields =
    [
        "site-title", "site-description", "site-publisher",
        "source-publisher", "source-title", "via-publisher", "via-title",
        "entity-name", "entity-native", "entity-alias", "entity-role", "entity-sector", "entity-headquarters", "entity-stake",
        "partner-name",
        "briefing-title", "briefing-summary", "topic-title", "topic-description",
        "event-title", "planned-title",
        "claim-question", "claim-value", "claim-note",
        "entity-summary", "briefing-body", "event-body", "claim-assessment",
    ];

    private static readonly Lazy<BuildResult> Site = new(() => MiniSite.Build(HostileSite()));

    /// <summary>Closes an attribute and a tag, opens a script and an image with an error handler, and carries an ampersand.</summary>
    private static string Hostile(string field) => $"\"><script>alert('{field}')</script><img src=x onerror=alert('{field}')> Q&A '{field}'";

    /// <summary>The value as a YAML double-quoted scalar.</summary>
    private static string Yaml(string field) => "\"" + Hostile(field).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Markdown fields cannot hold raw HTML (that is refused), so they carry it in a code span.</summary>
    private static string Code(string field) => "``" + Hostile(field) + "``";

    private static string HostileSite() => $"""
        -- input/site.yml --
        title: {Yaml("site-title")}
        description: {Yaml("site-description")}
        base_url: https://example.test
        publisher: {Yaml("site-publisher")}
        -- input/topics.yml --
        - id: money
          title: {Yaml("topic-title")}
          description: |
            About {Code("topic-description")} [@wire-2026].
        -- input/sources.yml --
        - id: wire-2026
          publisher: {Yaml("source-publisher")}
          title: {Yaml("source-title")}
          url: https://wire.test/report?a=1&b=2
          date: 2026-01-02
          language: ja
          via: digest
        - id: digest
          publisher: {Yaml("via-publisher")}
          title: {Yaml("via-title")}
        -- input/entities/sony.yml --
        name: {Yaml("entity-name")}
        native_name: {Yaml("entity-native")}
        aliases: [{Yaml("entity-alias")}]
        kind: company
        role: {Yaml("entity-role")}
        sector: {Yaml("entity-sector")}
        headquarters: {Yaml("entity-headquarters")}
        website: https://www.sony.test/?q=1&r=2
        stake: {Yaml("entity-stake")}
        summary: |
          A member {Code("entity-summary")} [@wire-2026].
        relations:
          - to: partner
            type: partner-of
            sources: [wire-2026]
        -- input/entities/partner.yml --
        name: {Yaml("partner-name")}
        kind: startup
        summary: A partner [@digest].
        -- input/briefings/a.md --
        ---
        title: {Yaml("briefing-title")}
        date: 2026-01-01
        summary: {Yaml("briefing-summary")}
        entities: [sony, partner]
        topics: [money]
        ---
        ## Heading

        The member [[sony]] said {Code("briefing-body")} [@wire-2026].
        -- input/timeline.yml --
        - date: 2026-01
          title: {Yaml("event-title")}
          sources: [wire-2026]
          entities: [sony]
          body: |
            What happened: {Code("event-body")} [@wire-2026].
        - date: 2027-Q1
          title: {Yaml("planned-title")}
          status: planned
          sources: [digest]
        -- input/claims.yml --
        - id: cost
          question: {Yaml("claim-question")}
          status: contested
          reports:
            - value: {Yaml("claim-value")}
              source: wire-2026
              note: {Yaml("claim-note")}
          assessment: |
            Reports differ: {Code("claim-assessment")} [@digest].
        """;

    public static TheoryData<string> Pages => new(Site.Value.Site!.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));

    [Fact]
    public void Build_HostileTextInEveryField_Succeeds()
    {
        Assert.True(Site.Value.Succeeded, string.Join('\n', Site.Value.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_HostileText_RunsNoScriptAndHasNoHandlers(string path)
    {
        var html = Site.Value.Page(path);
        var document = new HtmlParser().ParseDocument(html);

        // JSON-LD data blocks and external scripts are the only scripts a theme may have.
        Assert.DoesNotContain(document.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/ld+json" && !s.HasAttribute("src"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(document.QuerySelectorAll("img"), i => i.GetAttribute("src") == "x");
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_EveryHostileValue_AppearsAsText()
    {
        var texts = Site.Value.Site!.Files
            .Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => Text(new HtmlParser().ParseDocument(Encoding.UTF8.GetString(f.Value))))
            .ToList();

        Assert.All(Fields, field => Assert.Contains(texts, text => text.Contains(Hostile(field), StringComparison.Ordinal)));
    }

    [Fact]
    public void Page_HostileTitle_IsTheTitleAndHeadingText()
    {
        var document = new HtmlParser().ParseDocument(Site.Value.Page("briefings/a/index.html"));

        Assert.Equal(Hostile("briefing-title") + " — " + Hostile("site-title"), document.Title);
        Assert.Equal(Hostile("briefing-title"), document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Hostile("briefing-summary"), document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://wire.test/report?a=1&b=2", document.QuerySelector("a[rel=noopener]")!.GetAttribute("href"));
    }

    [Fact]
    public void Page_Ampersand_IsEscapedOnce()
    {
        var html = Site.Value.Page("briefings/a/index.html");

        Assert.Contains("Q&amp;A &#39;briefing-title&#39;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://wire.test/report?a=1&amp;b=2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("sitemap.xml")]
    public void Feed_HostileText_IsWellFormedXmlText(string path)
    {
        var xml = new XmlDocument();
        xml.LoadXml(Encoding.UTF8.GetString(Site.Value.Site!.Files[path]));

        Assert.DoesNotContain(xml.SelectNodes("//*")!.Cast<XmlElement>(), e => e.LocalName is "script" or "img");
        if (path == "feed.xml")
        {
            Assert.Equal(Hostile("site-title"), xml.DocumentElement!["title"]!.InnerText);
        }
    }

    private static string Text(IDocument document) =>
        document.DocumentElement.TextContent + "\n" + string.Join('\n', document.All.SelectMany(e => e.Attributes).Select(a => a.Value));
}
