using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>Entities are listed by the part they play, the most prominent first, under their everyday name; their own page gives the full name.</summary>
public sealed class EntityGroupTests
{
    private const string Site = MiniSite.Basics + """
        -- input/entities/alpha-bank.yml --
        name: Alpha Bank
        kind: bank
        group: investors
        summary: A bank [@wire-2026].
        -- input/entities/zeta.yml --
        name: Zeta Motor Co., Ltd.
        short_name: Zeta
        kind: company
        group: consortium
        summary: A member [@wire-2026].
        relations:
          - to: venture
            type: member-of
            sources: [wire-2026]
        -- input/entities/acme.yml --
        name: Acme
        kind: company
        group: consortium
        summary: A member [@wire-2026].
        -- input/entities/venture.yml --
        name: The venture
        kind: company
        group: consortium
        summary: The venture [@wire-2026].
        -- input/entities/rival.yml --
        name: Rival
        kind: company
        group: rivals
        summary: A rival [@wire-2026].
        -- input/entities/ungrouped.yml --
        name: Ungrouped
        kind: research
        summary: Commentary [@wire-2026].
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        entities: [zeta, acme, alpha-bank, rival, ungrouped]
        ---
        ## About [[zeta]]

        [[zeta]] and [[venture]] work together [@wire-2026].
        -- input/briefings/b.md --
        ---
        title: B
        date: 2026-01-01
        summary: S
        entities: [zeta]
        ---
        Text [@wire-2026].
        """;

    private static readonly Lazy<Briefing.Engine.BuildResult> Built = new(() => MiniSite.Build(Site));

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Built.Value.Page(path));

    [Fact]
    public void Render_EntitiesPage_GroupsInFixedOrderMostProminentFirst()
    {
        var page = Page("entities/index.html");

        Assert.Equal(
            ["The consortium and its members", "Investors and banks", "Rivals and comparisons", "Also in the story"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent));

        // Zeta: two briefings and a relation; the venture: a briefing that links it and a relation; Acme: one briefing.
        Assert.Equal(["Zeta", "The venture", "Acme"], page.QuerySelectorAll("#group-consortium + .entity-list li > a").Select(a => a.TextContent));
        Assert.Equal(["Ungrouped"], page.QuerySelectorAll("#group-other + .entity-list li > a").Select(a => a.TextContent));
    }

    [Fact]
    public void Render_Home_GroupsEntitiesByPart()
    {
        var page = Page("index.html");

        Assert.Equal(
            ["The consortium and its members", "Investors and banks", "Rivals and comparisons", "Also in the story"],
            page.QuerySelectorAll("section[aria-labelledby=who] h3").Select(h => h.TextContent));
    }

    [Fact]
    public void Render_ShortName_InProseChipsAndHeadings_FullNameOnItsPage()
    {
        var briefing = Page("briefings/a/index.html");
        var entity = Page("entities/zeta/index.html");

        Assert.Equal("Zeta", briefing.QuerySelector(".prose p a.entity")!.TextContent);
        Assert.Equal("About Zeta", briefing.QuerySelector(".prose h2")!.TextContent);
        Assert.Contains("Zeta", briefing.QuerySelectorAll(".mentioned .chips a").Select(a => a.TextContent));
        Assert.Equal("Zeta Motor Co., Ltd.", entity.QuerySelector("h1")!.TextContent);
    }
}
