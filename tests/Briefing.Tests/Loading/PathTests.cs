using System.Text;
using Briefing.Engine;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>Ids and file names become URL segments and output file names: whatever cannot be one safely, everywhere, is refused.</summary>
public sealed class PathTests
{
    private const string Summary = "name: X\nkind: company\nsummary: A member [@wire-2026].\n";

    [Theory]
    [InlineData("a/b")]
    [InlineData("%2e%2e")]
    [InlineData("a.")]
    [InlineData("Sony")]
    [InlineData("CON")]
    [InlineData("-sony")]
    [InlineData("sony-")]
    [InlineData("so--ny")]
    [InlineData("so ny")]
    [InlineData("sony_group")]
    [InlineData("ソニー")]
    public void Build_EntityFileNameThatIsNoId_IsRefused(string name)
    {
        Refused.Assert(MiniSite.Basics + $"-- input/entities/{name}.yml --\n{Summary}",
            $"input/entities/{name}.yml: error BRF1012: '{name}.yml' cannot become a page address; rename it: {Ids.Rule}");
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void Build_WindowsDeviceName_IsRefused(string name)
    {
        Refused.Assert(MiniSite.Basics + $"-- input/briefings/{name}.md --\n---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\nText [@wire-2026].\n",
            $"input/briefings/{name}.md: error BRF1012: '{name}.md' cannot become a page address; rename it: '{name}' is a device name on Windows, where no file or folder can be called that; choose another");
    }

    [Theory]
    [InlineData("entities/../x.yml", "'../x.yml'")]
    [InlineData("entities/./x.yml", "'./x.yml'")]
    [InlineData("entities/.yml", "'.yml'")]
    [InlineData("entities/a\\b.yml", "'a\\b.yml'")]
    public void Build_FileNameNoFolderCanHold_IsRefusedInMemory(string path, string shown)
    {
        var input = MiniSite.Parse(MiniSite.Basics).WithFile("input/" + path, Encoding.UTF8.GetBytes(Summary));

        Refused.InMemory(input, new BuildOptions(),
            $"input/{path}: error BRF1012: {shown} cannot become a page address; rename it: {Ids.Rule}");
    }

    [Theory]
    [InlineData("../x", Ids.Rule)]
    [InlineData("a/b", Ids.Rule)]
    [InlineData("%2e%2e", Ids.Rule)]
    [InlineData("a.", Ids.Rule)]
    [InlineData("Wire-2026", Ids.Rule)]
    [InlineData("prn", "'prn' is a device name on Windows, where no file or folder can be called that; choose another")]
    public void Build_SourceIdThatIsNoId_IsRefused(string id, string advice)
    {
        Refused.Assert(MiniSite.Basics + $"""
            - id: "{id}"
              publisher: Other
              title: Another report
            """,
            $"input/sources.yml(6,7): error BRF1008: '{id}' is not a valid id; {advice}");
    }

    [Fact]
    public void Build_EmptySourceId_IsMissing()
    {
        Refused.Assert(MiniSite.Basics + """
            - id: ""
              publisher: Other
              title: Another report
            """,
            "input/sources.yml(6,7): error BRF1005: required key 'id' is empty");
    }

    [Fact]
    public void Build_ClaimIdsDifferingOnlyInCase_RefuseTheUppercaseOne()
    {
        Refused.Assert(MiniSite.Basics + """
            -- input/claims.yml --
            - id: cost
              question: How much?
              status: consistent
              reports:
                - value: "1"
                  source: wire-2026
            - id: Cost
              question: How much, again?
              status: consistent
              reports:
                - value: "1"
                  source: wire-2026
            """,
            "input/claims.yml(7,7): error BRF1008: 'Cost' is not a valid id; " + Ids.Rule);
    }

    [Fact]
    public void Build_SameFileTwiceInMemory_IsADuplicateId()
    {
        var once = MiniSite.Parse(MiniSite.Basics + "-- input/entities/sony.yml --\n" + Summary);
        var twice = once with { Content = [.. once.Content, .. once.Content.Where(f => f.RelativePath == "entities/sony.yml")] };

        Refused.InMemory(twice, new BuildOptions(),
            "input/entities/sony.yml: error BRF2003: 'sony' is already the id of input/entities/sony.yml; each file needs its own name");
    }

    [Theory]
    [InlineData("../sony")]
    [InlineData("sony/../sony")]
    [InlineData("con")]
    public void Build_ReferenceThatIsNoId_IsRefusedWhereWritten(string id)
    {
        Refused.Assert(MiniSite.Basics + "-- input/entities/sony.yml --\n" + Summary + $"""
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            entities: ["{id}"]
            ---
            Text [@wire-2026].
            """,
            $"input/briefings/a.md(5,12): error BRF1008: '{id}' in 'entities' is not a valid id; …");
    }

    [Theory]
    [InlineData("[[../sony]]", "'../sony'")]
    [InlineData("[[Sony]]", "'Sony'; did you mean 'sony'?")]
    public void Build_EntityLinkThatIsNoId_IsAnUnknownEntity(string link, string shown)
    {
        Refused.Assert(MiniSite.Basics + "-- input/entities/sony.yml --\n" + Summary + $"""
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            See {link} [@wire-2026].
            """,
            $"input/briefings/a.md(6,5): error BRF2001: unknown entity {shown}");
    }
}
