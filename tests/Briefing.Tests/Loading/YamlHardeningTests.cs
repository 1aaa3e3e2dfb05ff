using System.Diagnostics;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>Broken and hostile YAML: each refused with its true position, exit 1 and the previous output untouched.</summary>
public sealed class YamlHardeningTests
{
    private const string Sony = """
        -- input/entities/sony.yml --
        name: Sony
        kind: company
        summary: A member [@wire-2026].

        """;

    [Fact]
    public void Build_FrontMatterSyntaxError_ReportsFileLineAndColumn()
    {
        // Line 4 of the file is line 3 of the YAML: the fence line is counted.
        Refused.Assert(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: "never closed
            ---
            Text [@wire-2026].
            """,
            "input/briefings/a.md(4,10): error BRF1002: while scanning a quoted scalar, found unexpected end of stream");
    }

    [Fact]
    public void Build_EntitySyntaxError_ReportsFileLineAndColumn()
    {
        Refused.Assert(MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: a: b
            """,
            "input/entities/sony.yml(3,11): error BRF1002: 'summary' holds ': ', which YAML reads as the start of another key; quote the summary: summary: \"a: b\"");
    }

    [Fact]
    public void Build_TabIndentation_SaysToIndentWithSpaces()
    {
        Refused.Assert(MiniSite.Basics + "-- input/entities/sony.yml --\nname: Sony\nkind: company\nsummary: S [@wire-2026].\nrelations:\n\t- to: sony\n",
            "input/entities/sony.yml(5,1): error BRF1002: while scanning a mapping, found invalid tab as indentation; indent with spaces, not tabs");
    }

    [Fact]
    public void Build_DuplicateKeyInNestedMapping_ReportsSecondKey()
    {
        Refused.Assert(MiniSite.Basics + Sony + """
            -- input/claims.yml --
            - id: cost
              question: How much?
              status: contested
              reports:
                - value: 1
                  source: wire-2026
                  value: 2
            """,
            "input/claims.yml(7,7): error BRF1009: key 'value' appears twice in a report (first at line 5); keep one");
    }

    [Fact]
    public void Build_UnknownKeyInSource_SuggestsTheKnownKey()
    {
        Refused.Assert(MiniSite.Basics + """
              titel: Misspelt
            """,
            "input/sources.yml(6,3): error BRF1004: unknown key 'titel' in a source; did you mean 'title'?");
    }

    [Theory]
    [InlineData("draft: maybe", "input/briefings/a.md(5,8): error BRF1006: 'draft' must be true or false, not 'maybe'")]
    [InlineData("draft: \"true\"", "input/briefings/a.md(5,8): error BRF1006: 'draft' must be true or false, not 'true'")]
    [InlineData("topics: {a: b}", "input/briefings/a.md(5,9): error BRF1006: 'topics' must be a list, not a mapping")]
    [InlineData("topics: [[nested]]", "input/briefings/a.md(5,10): error BRF1006: items of 'topics' must be text, not a list")]
    [InlineData("updated: [2026-01-01]", "input/briefings/a.md(5,10): error BRF1006: 'updated' must be text, not a list")]
    public void Build_WrongType_ReportsTheValue(string line, string expected)
    {
        Refused.Assert(MiniSite.Basics + $"""
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            {line}
            ---
            Text [@wire-2026].
            """,
            expected);
    }

    [Fact]
    public void Build_WholeFileOfWrongShape_ReportsWhatWasExpected()
    {
        Refused.Assert(MiniSite.Basics + """
            -- input/timeline.yml --
            date: 2026-01-01
            """,
            "input/timeline.yml(1,1): error BRF1006: input/timeline.yml must be a list of timeline events, each starting with '- '");
    }

    [Theory]
    [InlineData("name: !!python/object/apply:os.system [\"rm -rf /\"]", "input/entities/sony.yml(1,7): error BRF1010: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; remove it and write plain values")]
    [InlineData("name: !!str Sony", "input/entities/sony.yml(1,7): error BRF1010: tag 'tag:yaml.org,2002:str' is not allowed; remove it and write plain values")]
    [InlineData("name: !local Sony", "input/entities/sony.yml(1,7): error BRF1010: tag '!local' is not allowed; remove it and write plain values")]
    [InlineData("name: !<tag:example.com,2000:x> Sony", "input/entities/sony.yml(1,7): error BRF1010: tag 'tag:example.com,2000:x' is not allowed; remove it and write plain values")]
    [InlineData("name: *missing", "input/entities/sony.yml(1,7): error BRF1010: alias '*missing' is not allowed; write the value out in full")]
    public void Build_TagOrAlias_IsRefusedWhereWritten(string line, string expected)
    {
        Refused.Assert(MiniSite.Basics + $"""
            -- input/entities/sony.yml --
            {line}
            kind: company
            summary: A member [@wire-2026].
            """,
            expected);
    }

    [Fact]
    public void Build_TagThatIsNoUri_IsASyntaxErrorNotACrash()
    {
        // Found by the fuzz test: YamlDotNet throws an ArgumentException, without a position, for this tag.
        Refused.Assert(MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: !!python/obj[ect/apply:os.system ["x"]
            kind: company
            summary: A member [@wire-2026].
            """,
            "input/entities/sony.yml(1,5): error BRF1002: after this, Global tags must be valid URIs; write plain values without tags");
    }

    [Fact]
    public void Build_MergeKey_IsRefusedAtTheAnchor()
    {
        Refused.Assert(MiniSite.Basics + """
            -- input/claims.yml --
            - &base
              id: cost
              question: How much?
            - <<: *base
              id: cost-2
            """,
            "input/claims.yml(1,3): error BRF1010: anchor '&base' is not allowed; write the value out in full");
    }

    [Fact]
    public void Build_BillionLaughs_IsRefusedAtTheFirstAnchorBeforeExpansion()
    {
        var laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            laughs.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(',', Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        Assert.True(laughs.Length < 1024, "the attack fits in a kilobyte");
        var clock = Stopwatch.StartNew();
        Refused.Assert(MiniSite.Basics + "-- input/timeline.yml --\n" + laughs,
            "input/timeline.yml(1,4): error BRF1010: anchor '&a' is not allowed; write the value out in full");

        // Expanded, the aliases make 9^9 (387 million) strings; refused first, it takes no time at all.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("[", "]", 66)]
    [InlineData("{a: ", "}", 255)]
    public void Build_HundredThousandDeepFlowNesting_IsRefusedAtLevel65(string open, string close, int column)
    {
        var deep = "- " + string.Concat(Enumerable.Repeat(open, 100_000)) + string.Concat(Enumerable.Repeat(close, 100_000)) + "\n";
        Refused.Assert(MiniSite.Basics + "-- input/timeline.yml --\n" + deep,
            $"input/timeline.yml(1,{column}): error BRF1011: values are nested more than 64 levels deep");
    }

    [Fact]
    public void Build_HundredThousandDeepBlockNesting_IsRefusedAtLevel65()
    {
        var deep = string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n";
        Refused.Assert(MiniSite.Basics + "-- input/timeline.yml --\n" + deep,
            "input/timeline.yml(1,129): error BRF1011: values are nested more than 64 levels deep");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    [InlineData("? ", "")]
    public void YamlTreeReader_HundredThousandLevels_NeedNoDeepStack(string open, string close)
    {
        // A reader or scanner that recursed once per level would overflow a 256 KB stack long
        // before 100,000 levels, and a stack overflow ends the whole process.
        var text = string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        var diagnostics = new DiagnosticBag();
        YamlValue? value = null;
        var thread = new Thread(() => value = YamlTreeReader.Read(text, "deep.yml", 0, diagnostics), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.Null(value);
        Assert.Equal("BRF1011", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Theory]
    [InlineData("---\nname: Sony\n---\nname: Other\n", "input/entities/sony.yml(3,1): error BRF1010: a file holds one YAML document; remove the second '---' and what follows or move it to its own file")]
    [InlineData("name: Sony\n...\nname: Other\n", "input/entities/sony.yml(3,1): error BRF1010: a file holds one YAML document; remove the second '---' and what follows or move it to its own file")]
    public void Build_SeveralDocuments_RefusesTheSecond(string yaml, string expected)
    {
        Refused.Assert(MiniSite.Basics + "-- input/entities/sony.yml --\n" + yaml, expected);
    }

    [Theory]
    [InlineData("name: \"Son\\x01y\"", "input/entities/sony.yml(1,7): error BRF1008: the text holds the character U+0001, which pages and feeds cannot carry; remove it")]
    [InlineData("name: \"Son\\uD800y\"", "input/entities/sony.yml(1,7): error BRF1002: while scanning a quoted scalar, found invalid Unicode surrogates")]
    [InlineData("name: \"Son\\uFFFFy\"", "input/entities/sony.yml(1,7): error BRF1008: the text holds the character U+FFFF, which pages and feeds cannot carry; remove it")]
    public void Build_EscapedCharacterFeedsCannotCarry_IsRefused(string line, string expected)
    {
        Refused.Assert(MiniSite.Basics + $"""
            -- input/entities/sony.yml --
            {line}
            kind: company
            summary: A member [@wire-2026].
            """,
            expected);
    }

    [Fact]
    public void Build_ByteOrderMarkAndCrLf_AreReadWithTruePositions()
    {
        var entity = "\uFEFFsectr: Electronics\r\nname: Sony\r\nkind: company\r\nsummary: A member [@wire-2026].\r\nstke: 10%\r\n";
        var briefing = "\uFEFF---\r\ntitle: A\r\ndate: 2026-01-01\r\nsummary: S\r\nentities: [sony]\r\n---\r\nThe member [[sonny]] said so [@wire-2026].\r\n";
        var input = MiniSite.Parse(MiniSite.Basics)
            .WithFile("input/entities/sony.yml", Encoding.UTF8.GetBytes(entity))
            .WithFile("input/briefings/a.md", Encoding.UTF8.GetBytes(briefing));

        Refused.Assert(input, new global::Briefing.Engine.BuildOptions(),
            "input/entities/sony.yml(1,1): error BRF1004: unknown key 'sectr' in an entity; did you mean 'sector'?",
            "input/entities/sony.yml(5,1): error BRF1004: unknown key 'stke' in an entity; did you mean 'stake'?",
            "input/briefings/a.md(7,12): error BRF2001: unknown entity 'sonny'; did you mean 'sony'?");
    }

    [Fact]
    public void Build_ByteOrderMarkAndCrLf_BuildTheSameSiteAsPlainText()
    {
        const string Briefing = "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n## Money\n\nText [@wire-2026].\n";
        var plain = MiniSite.Parse(MiniSite.Basics).WithFile("input/briefings/a.md", Encoding.UTF8.GetBytes(Briefing));
        var windows = MiniSite.Parse(MiniSite.Basics).WithFile("input/briefings/a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Briefing.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        var expected = global::Briefing.Engine.SiteBuilder.Build(plain, new global::Briefing.Engine.BuildOptions());
        var actual = global::Briefing.Engine.SiteBuilder.Build(windows, new global::Briefing.Engine.BuildOptions());

        Assert.True(actual.Succeeded, string.Join('\n', actual.Diagnostics));
        Assert.Equal(expected.Page("briefings/a/index.html"), actual.Page("briefings/a/index.html"));
    }
}
