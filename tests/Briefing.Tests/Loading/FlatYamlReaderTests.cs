using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using CsCheck;

namespace Briefing.Tests.Loading;

/// <summary>
/// The flat reader is only a shortcut: whatever it reads must come out exactly as the full parser reads it,
/// values, styles and positions alike, and whatever it is unsure of it must leave to the parser.
/// </summary>
public sealed class FlatYamlReaderTests
{
    private const string Path = "input/briefings/a.md";

    [Fact]
    public void TryRead_TypicalFrontMatter_MatchesTheFullParser()
    {
        const string text = """
            title: "Sovereign AI: the consortium"
            date: 2026-01-01

            summary: Ten firms, one model's weights — and 1 trillion parameters?
            entities: [softbank, sony-group , preferred-networks]
            topics: []
            draft: false
            note: 'it''s reported'

            """;

        var flat = FlatYamlReader.TryRead(text, Path, 1);

        Assert.NotNull(flat);
        Assert.Equal(Full(text), Describe(flat));
        Assert.Equal("input/briefings/a.md(2,1)", flat.Location.ToString());
        Assert.Equal("input/briefings/a.md(6,22)", ((YamlSequence)flat.Entries[3].Value).Items[1].Location.ToString());
    }

    [Theory]
    [InlineData("summary: a: b\n")]
    [InlineData("summary: text # a comment\n")]
    [InlineData("summary: \"escaped \\\" quote\"\n")]
    [InlineData("summary: \"x\" y\n")]
    [InlineData("summary: 'never closed\n")]
    [InlineData("summary: &anchor text\n")]
    [InlineData("summary: *alias\n")]
    [InlineData("summary: !tag text\n")]
    [InlineData("summary: |\n  block\n")]
    [InlineData("summary: first line\n  goes on\n")]
    [InlineData("entities:\n  - sony\n")]
    [InlineData("entities: [sony, \"honda\"]\n")]
    [InlineData("entities: [sony, [nested]]\n")]
    [InlineData("entities: [sony,]\n")]
    [InlineData("# a comment\ntitle: A\n")]
    [InlineData("---\ntitle: A\n")]
    [InlineData("title: A\r\n")]
    [InlineData("title:\tA\n")]
    [InlineData("title: A\u0001\n")]
    [InlineData("title: A\u2028B\n")]
    [InlineData("title:A\n")]
    [InlineData("  title: A\n")]
    [InlineData("- A\n")]
    [InlineData("plain text\n")]
    [InlineData("")]
    [InlineData("\n\n")]
    public void TryRead_AnythingBeyondOneLineValues_IsLeftToTheFullParser(string text) =>
        Assert.Null(FlatYamlReader.TryRead(text, Path, 1));

    [Fact]
    public void TryRead_AnyGeneratedText_ReadsAsTheFullParserDoesOrDeclines()
    {
        var read = 0;
        Lines.Sample(text =>
        {
            if (FlatYamlReader.TryRead(text, Path, 1) is not { } flat)
            {
                return;
            }

            Interlocked.Increment(ref read);
            Assert.Equal(Full(text), Describe(flat));
        }, iter: 20_000);

        // A generator whose every text the flat reader declined would compare nothing.
        Assert.True(read > 1_000, $"only {read} generated texts were read");
    }

    private static readonly Gen<string> Key = Gen.OneOf(Gen.Const("title"), Gen.Const("date"), Gen.Const("a-b"), Gen.Const("x_1"), Gen.Const("null"), Gen.Const("Z9"));

    /// <summary>Characters that are text in some places and syntax in others.</summary>
    private static readonly Gen<string> Text = Gen.Char["ab z09:#'\"[]{},-?&*!|>%@`\\.é—¥\u00A0/"].Array[1, 10].Select(c => new string(c));

    private static readonly Gen<string> Words = Gen.Char["abz09 -é"].Array[1, 10].Select(c => new string(c));

    private static readonly Gen<string> Trail = Gen.OneOf(Gen.Const(string.Empty), Gen.Const(string.Empty), Gen.Const("  "), Gen.Const(" # note"), Gen.Const("x"));

    private static readonly Gen<string> Value = Gen.OneOf(
        Text,
        Words,
        Words,
        Gen.Select(Gen.OneOf(Text, Words), Trail, (t, trail) => $"\"{t}\"{trail}"),
        Gen.Select(Gen.OneOf(Text, Words), Trail, (t, trail) => $"'{t}'{trail}"),
        Gen.Select(Text.Array[0, 4], Gen.OneOf(Gen.Const(","), Gen.Const(", "), Gen.Const(" , ")), Trail, (items, comma, trail) => $"[{string.Join(comma, items)}]{trail}"),
        Gen.Select(Gen.OneOf(Gen.Const("sony"), Gen.Const("sony-group"), Gen.Const("a b"), Gen.Const("v1.2")).Array[0, 4], Trail, (items, trail) => $"[{string.Join(", ", items)}]{trail}"));

    private static readonly Gen<string> Line = Gen.Frequency(
        (12, Gen.Select(Key, Gen.OneOf(Gen.Const(": "), Gen.Const(":  "), Gen.Const(":")), Value, (k, colon, v) => $"{k}{colon}{v}")),
        (2, Gen.Const(string.Empty)),
        (1, Gen.Select(Value, v => "  " + v)),
        (1, Gen.Const("# comment")));

    private static readonly Gen<string> Lines = Line.Array[1, 6].Select(lines => string.Join('\n', lines) + "\n");

    private static string Full(string text)
    {
        var diagnostics = new DiagnosticBag();
        var value = YamlTreeReader.ReadEvents(text, Path, 1, diagnostics);
        Assert.False(diagnostics.HasErrors, $"the full parser refused what the flat reader read:\n{text}");
        return Describe(value!);
    }

    private static string Describe(YamlValue value)
    {
        var text = new StringBuilder();
        Describe(value, text);
        return text.ToString();
    }

    private static void Describe(YamlValue value, StringBuilder text)
    {
        text.Append(value.Location).Append(' ');
        switch (value)
        {
            case YamlScalar scalar:
                text.Append(scalar.IsPlain ? "plain " : "quoted ").Append(scalar.IsBlock ? "block " : string.Empty).Append('«').Append(scalar.Text).Append("»\n");
                break;
            case YamlSequence sequence:
                text.Append("[\n");
                foreach (var item in sequence.Items)
                {
                    Describe(item, text);
                }

                text.Append("]\n");
                break;
            case YamlMapping mapping:
                text.Append("{\n");
                foreach (var entry in mapping.Entries)
                {
                    Describe(entry.Key, text);
                    Describe(entry.Value, text);
                }

                text.Append("}\n");
                break;
        }
    }
}
