using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// A small site with what the reader-facing generators draw: relations of several types (one entity with
/// none), events of every status and date precision, claims and a briefing with headings. Hostile
/// strings sit in an entity's name and alias, an event title, a briefing title and a source.
/// </summary>
public static class ReaderSite
{
    public const string Hostile = "\"><script>alert(1)</script>";

    public const string Text = MiniSite.Basics + """
        - id: evil-source
          publisher: '"><script>alert(1)</script>'
          title: '</script><script>alert(2)</script>'
        -- input/entities/lead.yml --
        name: Lead Corp.
        kind: company
        native_name: リード株式会社
        aliases: [Lead]
        role: Leads the venture
        headquarters: Tokyo, Japan
        summary: The leader [@wire-2026].
        relations:
          - to: venture
            type: leads
            sources: [wire-2026]
          - to: venture
            type: invests-in
            sources: [wire-2026]
        -- input/entities/venture.yml --
        name: The venture with a name far too long to fit in any box of the diagram at all
        kind: company
        aliases: [The venture]
        summary: The venture [@wire-2026].
        relations:
          - to: fund
            type: member-of
            sources: [wire-2026]
        -- input/entities/fund.yml --
        name: State fund
        kind: program
        summary: The money [@wire-2026].
        relations:
          - to: venture
            type: funds
            sources: [evil-source]
        -- input/entities/evil.yml --
        name: '"><script>alert(1)</script>'
        kind: bank
        aliases: ['<img src=x onerror=alert(3)>']
        summary: Hostile [@evil-source].
        relations:
          - to: venture
            type: invests-in
            sources: [evil-source]
        -- input/entities/loner.yml --
        name: Loner
        kind: company
        native_name: 百度
        headquarters: Beijing, China
        summary: No relations [@wire-2026].
        -- input/timeline.yml --
        - date: 2026-03-04
          title: Reported on a day
          status: reported
          sources: [wire-2026]
          entities: [lead]
        - date: 2026-Q2
          title: '"><script>alert(1)</script> announced'
          status: announced
          sources: [evil-source]
          entities: [evil]
        - date: 2027
          title: Planned for a year
          status: planned
          sources: [wire-2026]
          entities: [venture, lead]
        - date: 2030-06
          title: Expected in a month
          status: expected
          sources: [wire-2026]
          entities: [venture]
        -- input/claims.yml --
        - id: size
          question: How big is the fund?
          status: consistent
          figure: ¥1 trillion
          reports:
            - value: ¥1 trillion over five years
              source: wire-2026
            - value: Up to ¥1 trillion
              source: evil-source
        - id: members
          question: How many members?
          status: contested
          reports:
            - value: "9"
              source: wire-2026
            - value: "30"
              source: evil-source
        - id: leader
          question: Who leads?
          status: single-source
          figure: 1 leader
          reports:
            - value: The lead company
              source: wire-2026
        -- input/briefings/alpha.md --
        ---
        title: '"><script>alert(1)</script> Alpha'
        date: 2026-01-05
        updated: 2026-02-01
        summary: The alpha briefing.
        entities: [lead, evil]
        topics: [money]
        ---
        ## Where the money goes

        [[lead]] leads [@wire-2026].

        ## About [[evil]]

        Text [@evil-source].
        -- input/briefings/beta.md --
        ---
        title: Beta
        date: 2026-01-04
        summary: The beta briefing.
        ---
        Beta text [@wire-2026].

        """;

    private static readonly Lazy<BuildResult> Built = new(() => MiniSite.Build(Text));

    public static BuildResult Result => Built.Value;

    public static string Page(string path) => Result.Page(path);

    public static IDocument Document(string path) => new HtmlParser().ParseDocument(Page(path));

    /// <summary>The inline SVG of a page with this class, as written.</summary>
    public static string Svg(string page, string cssClass)
    {
        var html = Page(page);
        var start = html.IndexOf($"<svg class=\"chart {cssClass}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{page} has no {cssClass} picture");
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal);
        return html[start..(end + "</svg>".Length)];
    }
}
