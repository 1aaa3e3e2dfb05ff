using System.Text;
using Briefing.Engine;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>Bytes that are not UTF-8 text, characters that hide what an id says, and files past the size cap.</summary>
public sealed class TextHardeningTests
{
    private static SiteInput Basics => MiniSite.Parse(MiniSite.Basics);

    [Theory]
    [InlineData(new byte[] { 0xFF }, 7, "(1,8)")]
    [InlineData(new byte[] { 0xC0, 0xAF }, 7, "(1,8)")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 7, "(1,8)")]
    public void Build_InvalidUtf8_ReportsByteOffsetAndPosition(byte[] bad, int offset, string position)
    {
        byte[] entity = [.. "name: S"u8, .. bad, .. "ony\nkind: company\nsummary: S [@wire-2026].\n"u8];

        Refused.Assert(Basics.WithFile("input/entities/sony.yml", entity), new BuildOptions(),
            $"input/entities/sony.yml{position}: error BRF1001: invalid UTF-8 at byte offset {offset}; save the file as UTF-8");
    }

    [Fact]
    public void Build_InvalidUtf8AfterByteOrderMarkAndMultibyteText_CountsEveryByte()
    {
        // BOM (3 bytes), "名前: ソニー\n" (8 characters, 18 bytes), then "kind: " (6 bytes) and the bad byte.
        byte[] entity = [0xEF, 0xBB, 0xBF, .. "名前: ソニー\nkind: "u8, 0xFE, .. "\n"u8];

        Refused.Assert(Basics.WithFile("input/entities/sony.yml", entity), new BuildOptions(),
            "input/entities/sony.yml(2,7): error BRF1001: invalid UTF-8 at byte offset 27; save the file as UTF-8");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void Build_Utf16WithByteOrderMark_IsRefusedAtOffsetZero(byte[] mark)
    {
        byte[] file = [.. mark, .. Encoding.Unicode.GetBytes("name: Sony\n")];

        Refused.Assert(Basics.WithFile("input/entities/sony.yml", file), new BuildOptions(),
            "input/entities/sony.yml: error BRF1001: file is UTF-16 (byte offset 0 is a UTF-16 byte order mark); save it as UTF-8");
    }

    [Fact]
    public void Build_Utf16WithoutByteOrderMark_IsRecognisedByItsNuls()
    {
        Refused.Assert(Basics.WithFile("input/entities/sony.yml", Encoding.Unicode.GetBytes("name: Sony\n")), new BuildOptions(),
            "input/entities/sony.yml(1,2): error BRF1001: control character U+0000 at byte offset 1; it looks like UTF-16; save it as UTF-8");
    }

    [Theory]
    [InlineData("- id: wire\u0000-2026", "input/sources.yml(1,11): error BRF1001: control character U+0000 at byte offset 10; it is not plain text; remove the character")]
    [InlineData("- id: wire-2026\n  title: A \u001B[31mred\u001B[0m title", "input/sources.yml(2,12): error BRF1001: control character U+001B at byte offset 27; it is not plain text; remove the character")]
    [InlineData("- id: wire-2026\n  title: A \uFFFF title", "input/sources.yml(2,12): error BRF1001: noncharacter U+FFFF at byte offset 27; it is not plain text; remove the character")]
    [InlineData("- id: wire-2026\n  title: A \uFFFE then a \u0007 bell", "input/sources.yml(2,12): error BRF1001: noncharacter U+FFFE at byte offset 27; it is not plain text; remove the character")]
    [InlineData("- id: wire-2026\n  title: A \u0007 bell then \uFFFF", "input/sources.yml(2,12): error BRF1001: control character U+0007 at byte offset 27; it is not plain text; remove the character")]
    [InlineData("- id: wire-2026\n  title: A \u007F", "input/sources.yml(2,12): error BRF1001: control character U+007F at byte offset 27; it is not plain text; remove the character")]
    public void Build_ControlCharacterInFile_IsRefusedWhereItIs(string sources, string expected)
    {
        Refused.Assert(Basics.WithFile("input/sources.yml", Encoding.UTF8.GetBytes(sources)), new BuildOptions(), expected);
    }

    [Theory]
    [InlineData("\u202E", "\\u202E")]
    [InlineData("\u2066", "\\u2066")]
    [InlineData("\u200B", "\\u200B")]
    [InlineData("\u00AD", "\\u00AD")]
    public void Build_HiddenCharacterInSourceId_IsRefusedAndShown(string hidden, string shown)
    {
        Refused.Assert(MiniSite.Basics + $"""
            - id: wire{hidden}-2027
              publisher: Wire
              title: Another
            """,
            $"input/sources.yml(6,7): error BRF1008: 'wire{shown}-2027' is not a valid id; use lowercase letters a-z, digits and single hyphens, starting with a letter or digit (e.g. 'softbank-corp')");
    }

    [Fact]
    public void Build_BidiOverrideInFileName_IsRefusedAndShownEscaped()
    {
        Refused.Assert(MiniSite.Basics + "-- input/entities/so\u202Eny.yml --\nname: Sony\nkind: company\nsummary: A member [@wire-2026].\n",
            "input/entities/so\\u202Eny.yml: error BRF1012: 'so\\u202Eny.yml' cannot become a page address; rename it: use lowercase letters a-z, digits and single hyphens, starting with a letter or digit (e.g. 'softbank-corp')");
    }

    [Fact]
    public void Build_HiddenCharactersInReferences_AreShownEscaped()
    {
        Refused.Assert(
            MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---

            """ + "The member [[so\u202Eny]] said so [@wire\u200B-2026].\n",
            "input/briefings/a.md(6,12): error BRF2001: unknown entity 'so\\u202Eny'; did you mean 'sony'?",
            "input/briefings/a.md(6,31): error BRF2002: unknown source 'wire\\u200B-2026'; did you mean 'wire-2026'?");
    }

    [Fact]
    public void Build_FileOverTwoMegabytes_IsRefused()
    {
        var big = new byte[InputReader.MaxFileBytes + 1];
        Array.Fill(big, (byte)'a');

        Refused.Assert(Basics.WithFile("input/briefings/big.md", big), new BuildOptions(),
            "input/briefings/big.md: error BRF1013: 'input/briefings/big.md' is 2097153 bytes; files are limited to 2097152 bytes");
    }

    [Fact]
    public void Build_FileOfExactlyTwoMegabytes_IsRead()
    {
        // Padded with a code block: text that is parsed but never refused as too long or complex.
        var text = new StringBuilder("---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\nText [@wire-2026].\n\n```\n");
        var line = new string('x', 99) + "\n";
        while (text.Length + line.Length + 4 <= InputReader.MaxFileBytes)
        {
            text.Append(line);
        }

        text.Append(new string('x', InputReader.MaxFileBytes - text.Length - 4)).Append("\n```");
        var file = Encoding.UTF8.GetBytes(text.ToString());

        var result = SiteBuilder.Build(Basics.WithFile("input/briefings/a.md", file), new BuildOptions());

        Assert.Equal(InputReader.MaxFileBytes, file.Length);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
