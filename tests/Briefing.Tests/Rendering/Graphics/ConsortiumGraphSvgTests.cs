using Briefing.Engine.Model;
using Briefing.Engine.Rendering;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Tests.Infrastructure;
using CsCheck;

namespace Briefing.Tests.Rendering.Graphics;

public sealed class ConsortiumGraphSvgTests
{
    [Fact]
    public void Render_Home_EveryRelatedEntityIsABoxLinkingToItsPage()
    {
        var page = ReaderSite.Document("index.html");

        var nodes = page.QuerySelectorAll("svg.graph-chart a.node").Select(a => a.GetAttribute("href")).Order().ToList();

        Assert.Equal(["/entities/evil/", "/entities/fund/", "/entities/lead/", "/entities/venture/"], nodes);
    }

    [Fact]
    public void Render_Home_BestConnectedEntityIsTheHub()
    {
        var hub = ReaderSite.Document("index.html").QuerySelectorAll("svg.graph-chart a.node.hub").Single();

        Assert.Equal("/entities/venture/", hub.GetAttribute("href"));
    }

    [Fact]
    public void Render_NameTooLongForABox_ShowsAnAliasAndKeepsTheNameAsItsTitle()
    {
        var hub = ReaderSite.Document("index.html").QuerySelector("svg.graph-chart a.node.hub")!;

        Assert.Equal("The venture with a name far too long to fit in any box of the diagram at all", hub.QuerySelector("title")!.TextContent);
        Assert.Equal("The venture", hub.QuerySelector("text")!.TextContent);
    }

    [Fact]
    public void Render_Relations_LabelledWithArrowsFromTheEntityThatHoldsThem()
    {
        var labels = ReaderSite.Document("index.html").QuerySelectorAll("svg.graph-chart g.edges text").Select(t => t.TextContent).ToList();

        Assert.Contains(labels, l => l is "leads →" or "← leads");
        Assert.Contains(labels, l => l is "member of →" or "← member of");
        Assert.Contains(labels, l => l is "funds →" or "← funds");
        Assert.Equal(2, labels.Count(l => l.Contains("invests in", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_Home_TextEquivalentListsEveryRelationInWords()
    {
        var list = ReaderSite.Document("index.html").QuerySelector(".text-equivalent .relation-list")!;

        var lines = list.QuerySelectorAll("li").Select(li => li.TextContent).ToList();

        Assert.Contains("Lead Corp.: leads The venture with a name far too long to fit in any box of the diagram at all (one report); invests in The venture with a name far too long to fit in any box of the diagram at all (one report)", lines);
        Assert.Contains("State fund: funds The venture with a name far too long to fit in any box of the diagram at all (one report)", lines);
        Assert.Contains(ReaderSite.Hostile + ": invests in The venture with a name far too long to fit in any box of the diagram at all (one report)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Loner", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_HostileEntityName_EscapedInTheSvg()
    {
        var svg = ReaderSite.Svg("index.html", "graph-chart");

        Assert.Contains("<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Legend_NamesTheKindsShown()
    {
        var legend = ReaderSite.Document("index.html").QuerySelector(".network figcaption")!.TextContent;

        Assert.Contains("Companies", legend, StringComparison.Ordinal);
        Assert.Contains("Banks", legend, StringComparison.Ordinal);
        Assert.Contains("Programmes", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Facilities", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EntityWithTwoOrMoreNeighbours_DrawsItsOwnGraphAroundIt()
    {
        var venture = ReaderSite.Document("entities/venture/index.html");
        var fund = ReaderSite.Page("entities/fund/index.html");

        Assert.Equal("/entities/venture/", venture.QuerySelector("svg.graph-narrow a.node.hub")!.GetAttribute("href"));
        Assert.Equal(4, venture.QuerySelectorAll("svg.graph-narrow a.node").Length);
        Assert.DoesNotContain("graph-", fund, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoRelationsAtAll_NoGraph()
    {
        var site = MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].

            """;

        var home = MiniSite.Build(site).Page("index.html");

        Assert.DoesNotContain("graph-chart", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Who is connected to whom", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(9, true)]
    [InlineData(40, true)]
    public void Lay_NarrowDeepChain_EveryBoxStaysInThePictureWithRoomForItsName(int count, bool chord)
    {
        var nodes = Enumerable.Range(0, count)
            .Select(i => new GraphNode($"e{i:00}", $"Entity number {i} with a long and winding formal name", "company", $"/entities/e{i:00}/", []))
            .ToList();
        var relations = Enumerable.Range(1, count - 1).Select(i => new GraphEdge($"e{i - 1:00}", "partner-of", $"e{i:00}", 2)).ToList();
        if (chord)
        {
            relations.Add(new GraphEdge("e00", "competes-with", "e02", 1));
        }

        var picture = GraphLayout.Lay(nodes, relations, new RelationText(ThemeText.English), hubId: "e00", narrow: true);

        Assert.Equal(count, picture.Nodes.Count);
        Assert.All(picture.Nodes, node =>
        {
            Assert.True(node.Right <= picture.Width, $"{node.Node.Id} ends at {node.Right}, past {picture.Width}");
            Assert.True(node.Width >= 100, $"{node.Node.Id} is {node.Width} wide");
        });
        var downward = picture.Nodes.OrderBy(n => n.Y).ToList();
        Assert.All(downward.Zip(downward.Skip(1)), pair => Assert.True(pair.Second.X >= pair.First.X, $"{pair.Second.Node.Id} stands left of {pair.First.Node.Id} above it"));
        Assert.True(downward[^1].X > downward[^2].X, "the deepest entity is not indented under the one it hangs from");
    }

    [Fact]
    public void Lay_AnyGraph_BoxesNeitherOverlapNorLeaveThePicture()
    {
        var gen =
            from count in Gen.Int[2, 16]
            from edges in Gen.Select(Gen.Int[0, count - 1], Gen.Int[0, count - 1], Gen.Int[0, RelationTypes.All.Count - 1]).Array[1, 30]
            from longNames in Gen.Bool
            from narrow in Gen.Bool
            select (count, edges, longNames, narrow);

        gen.Sample(sample =>
        {
            var (count, edges, longNames, narrow) = sample;
            var nodes = Enumerable.Range(0, count)
                .Select(i => new GraphNode($"e{i}", longNames && i % 3 == 0 ? $"Entity number {i} with a long and winding formal name" : $"Entity {i}", "company", $"/entities/e{i}/", []))
                .ToList();
            var relations = edges.Select(e => new GraphEdge($"e{e.Item1}", RelationTypes.All[e.Item3], $"e{e.Item2}", 1 + (e.Item3 % 3))).ToList();

            var picture = GraphLayout.Lay(nodes, relations, new RelationText(ThemeText.English), narrow: narrow);

            if (narrow)
            {
                Assert.Equal(Outline.Width, picture.Width);
            }

            foreach (var node in picture.Nodes)
            {
                Assert.True(node.X >= 0 && node.Y >= 0 && node.Right <= picture.Width && node.Y + node.Height <= picture.Height, $"{node.Node.Id} leaves the picture");
            }

            foreach (var a in picture.Nodes)
            {
                foreach (var b in picture.Nodes.Where(b => string.CompareOrdinal(a.Node.Id, b.Node.Id) < 0))
                {
                    var apart = a.Right <= b.X || b.Right <= a.X || a.Y + a.Height <= b.Y || b.Y + b.Height <= a.Y;
                    Assert.True(apart, $"{a.Node.Id} and {b.Node.Id} overlap");
                }
            }

            var related = relations.Where(r => r.From != r.To).SelectMany(r => new[] { r.From, r.To }).ToHashSet();
            Assert.Equal(related.Order(), picture.Nodes.Select(n => n.Node.Id).Order());
            var words = new RelationText(ThemeText.English);
            Assert.Equal(ConsortiumGraphSvg.Render(nodes, relations, "graph", words, narrow: narrow).Value, ConsortiumGraphSvg.Render(nodes, relations, "graph", words, narrow: narrow).Value);
        });
    }
}

/// <summary>How the graph draws certainty, and what its caption and legend say, on a site of its own.</summary>
public sealed class GraphCertaintyTests
{
    private const string Site = CertaintySources.Text + """
        -- input/entities/lead.yml --
        name: Lead
        kind: company
        summary: Leads [@wire].
        relations:
          - to: venture
            type: leads
            sources: [wire, paper]
          - to: venture
            type: invests-in
            sources: [wire, relay]
          - to: partner
            type: partner-of
            sources: [paper]
        -- input/entities/venture.yml --
        name: Venture
        kind: startup
        summary: The venture [@wire].
        -- input/entities/partner.yml --
        name: Partner
        kind: company
        summary: A partner [@paper].
        relations:
          - to: venture
            type: partner-of
            sources: [wire, paper]

        """;

    private static readonly Lazy<AngleSharp.Html.Dom.IHtmlDocument> Home = new(() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(MiniSite.Build(Site).Page("index.html")));

    [Theory]
    [InlineData("graph-chart")]
    [InlineData("graph-narrow")]
    public void Render_Lines_SolidWhereTwoIndependentReportsDashedWhereOne(string picture)
    {
        var svg = Home.Value.QuerySelector($"svg.{picture}")!;

        var lines = svg.QuerySelectorAll("g.edges path").ToList();
        var labels = svg.QuerySelectorAll("g.edges text").Select(t => t.TextContent).ToList();

        // Lead–venture (solid for "leads"), partner–venture (solid), lead–partner (dashed: one report).
        Assert.Equal(3, lines.Count);
        Assert.Single(lines, l => l.ClassList.Contains("single"));
        Assert.Contains(labels, l => l.Contains("invests in", StringComparison.Ordinal) && l.EndsWith("(one report)", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.Contains("leads", StringComparison.Ordinal) && l.Contains("report", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Legend_NamesTheLineStylesAndTheCaptionWhatTheArrowsAre()
    {
        var caption = Home.Value.QuerySelector(".network figcaption")!.TextContent;

        Assert.Contains("Solid line: two or more independent reports", caption, StringComparison.Ordinal);
        Assert.Contains("Dashed line: one report", caption, StringComparison.Ordinal);
        Assert.Contains("the arrow in a label points from the one who leads", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextEquivalent_SaysHowManyIndependentReportsStandBehindEachRelation()
    {
        var lines = Home.Value.QuerySelectorAll(".text-equivalent .relation-list li").Select(li => li.TextContent).ToList();

        Assert.Contains("Lead: leads Venture (2 independent reports); invests in Venture (one report); partner of Partner (one report)", lines);
    }

    [Fact]
    public void Render_Narrow_DrawnAtThePhoneWidthWithNoTextUnder12Px()
    {
        var svg = Home.Value.QuerySelector("svg.graph-narrow")!;

        Assert.Equal("320", svg.GetAttribute("width"));
        Assert.Equal("0 0 320", string.Join(' ', svg.GetAttribute("viewBox")!.Split(' ').Take(3)));
        Assert.True(GraphLayout.LabelFont >= 12 && GraphLayout.NodeFont >= 12 && TimelineSvg.FontSize >= 12 && TimelineSvg.AxisFont >= 12);
    }
}
