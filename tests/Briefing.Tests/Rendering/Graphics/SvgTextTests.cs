using Briefing.Engine.Model;
using Briefing.Engine.Rendering;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Tests.Infrastructure;
using CsCheck;

namespace Briefing.Tests.Rendering.Graphics;

/// <summary>Labels in Japanese, which has no spaces, are measured and broken as the browser draws them.</summary>
public sealed class SvgTextTests
{
    [Fact]
    public void Width_FullWidthCharacters_AreAboutOneEmAndLatinAboutHalf()
    {
        Assert.Equal(40, SvgText.Width("日本電気", 10), 3);
        Assert.Equal(40, SvgText.Width("ソフトバンク", 10) - 20, 3);
        Assert.InRange(SvgText.Width("softbank", 10), 40, 50);
        Assert.InRange(SvgText.Width("ｿﾌﾄ", 10), 15, 18);
    }

    [Fact]
    public void Wrap_JapaneseWithoutSpaces_BreaksBetweenCharactersWithinTheWidth()
    {
        var lines = SvgText.Wrap("新エネルギー・産業技術総合開発機構", 13, 150);

        Assert.NotNull(lines);
        Assert.Equal("新エネルギー・産業技術総合開発機構", string.Concat(lines));
        Assert.True(lines.Count >= 2, string.Join('|', lines));
        Assert.All(lines, l => Assert.True(SvgText.Width(l, 13) <= 150, l));
    }

    [Theory]
    [InlineData("事業連合（仮称）、「ラピダス」に参加。", 6)]
    [InlineData("ソフトバンクとエヌビディアが提携ー", 5)]
    public void Wrap_Japanese_NoLineStartsWithAClosingMarkOrEndsWithAnOpeningOne(string text, int characters)
    {
        var lines = SvgText.Wrap(text, 10, characters * 10)!;

        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch("^[、。）」ーッ]", l));
        Assert.All(lines, l => Assert.DoesNotMatch("[（「]$", l));
    }

    [Fact]
    public void Wrap_MixedJapaneseAndEnglish_KeepsEnglishWordsWholeAndTheirSpaces()
    {
        var lines = SvgText.Wrap("ソフトバンク SoftBank Corp. の出資", 10, 100)!;

        Assert.Equal("ソフトバンクSoftBankCorp.の出資", string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("SoftBank", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(SvgText.Width(l, 10) <= 100, l));
    }

    [Fact]
    public void Lay_JapaneseNames_WrapInTheirBoxesAndNeitherOverlapNorLeaveThePicture()
    {
        string[] names = ["新エネルギー・産業技術総合開発機構", "ソフトバンク", "日本電気", "経済産業省", "北海道千歳市", "国際協力銀行"];
        var gen =
            from count in Gen.Int[2, 12]
            from edges in Gen.Select(Gen.Int[0, count - 1], Gen.Int[0, count - 1], Gen.Int[0, RelationTypes.All.Count - 1]).Array[1, 20]
            from narrow in Gen.Bool
            select (count, edges, narrow);

        gen.Sample(sample =>
        {
            var (count, edges, narrow) = sample;
            var nodes = Enumerable.Range(0, count).Select(i => new GraphNode($"e{i}", names[i % names.Length] + (i >= names.Length ? $"{i}" : string.Empty), "company", $"/entities/e{i}/", [])).ToList();
            var relations = edges.Select(e => new GraphEdge($"e{e.Item1}", RelationTypes.All[e.Item3], $"e{e.Item2}", 1 + (e.Item3 % 3))).ToList();

            var picture = GraphLayout.Lay(nodes, relations, new RelationText(ThemeText.Japanese), narrow: narrow);

            foreach (var node in picture.Nodes)
            {
                Assert.True(node.X >= 0 && node.Right <= picture.Width, $"{node.Node.Id} leaves the picture");
                // On a phone a box is narrower, and a name longer than two of its lines is cut as an English one is; its title keeps it whole.
                Assert.False(!narrow && node.Lines.Any(l => l.EndsWith('…')), $"{node.Node.Name} cut to {string.Join('|', node.Lines)} in a box {node.Width} wide, narrow: {narrow}");
                Assert.All(node.Lines, l => Assert.True(SvgText.Width(l, node.IsHub ? GraphLayout.HubFont : GraphLayout.NodeFont) <= node.Width, $"{l} overflows its box"));
            }

            foreach (var a in picture.Nodes)
            {
                foreach (var b in picture.Nodes.Where(b => string.CompareOrdinal(a.Node.Id, b.Node.Id) < 0))
                {
                    Assert.True(a.Right <= b.X || b.Right <= a.X || a.Y + a.Height <= b.Y || b.Y + b.Height <= a.Y, $"{a.Node.Id} and {b.Node.Id} overlap");
                }
            }
        });
    }
}
