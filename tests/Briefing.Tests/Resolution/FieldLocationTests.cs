using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>What Resolution says about a front-matter or entity field points at the field's value, as Loading found it.</summary>
public sealed class FieldLocationTests
{
    [Fact]
    public void Build_UpdatedBeforeDate_PointsAtTheUpdatedValue()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-02-01
            summary: S
            topics: [chips]
            updated:   "2026-01-01"
            ---
            Text [@wire-2026].
            """);

        Assert.Equal(["input/briefings/a.md(6,12): error BRF2006: updated 2026-01-01 is before date 2026-02-01; an update cannot precede publication"], lines);
    }

    [Fact]
    public void Build_UpdatedBeforeDate_InFrontMatterTheFullParserReads_PointsAtTheUpdatedValue()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            topics:
              - chips
            date: 2026-02-01
            summary: >
              S
            updated: 2026-01-01 # corrected
            ---
            Text [@wire-2026].
            """);

        Assert.Equal(["input/briefings/a.md(8,10): error BRF2006: updated 2026-01-01 is before date 2026-02-01; an update cannot precede publication"], lines);
    }

    [Fact]
    public void Build_EntityWebsiteNotHttps_PointsAtTheWebsiteValue()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].
            website: http://sony.test/
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            [[sony]] said so [@wire-2026].
            """);

        Assert.Equal(["input/entities/sony.yml(4,10): error BRF2005: website 'http://sony.test/' must be an https:// address"], lines);
    }

    [Fact]
    public void Build_OrphanEntity_PointsAtItsName()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/entities/sony.yml --
            # The electronics group.
            kind: company
            name: Sony
            summary: A member [@wire-2026].
            """);

        Assert.Equal(["input/entities/sony.yml(3,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it"], lines);
    }
}
