using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>A run reports every problem it can find, whatever stage finds it, not the first stage's alone.</summary>
public sealed class AllProblemsAtOnceTests
{
    [Fact]
    public void Build_SiteWithProblemsInEveryStage_ReportsThemAllSorted()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].
            website: http://sony.test/
            -- input/entities/honda.yml --
            name: Honda
            kind: compnay
            summary: A carmaker [@wire-2026].
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-02-01
            updated: 2026-01-01
            summary: S
            tags: [chips]
            ---
            ## Money

            [[sony]] joined [@wire-2025]. See [below](#mony) and [elsewhere](/briefings/nope/) [@wire-2026].

            Unclosed [@wire-2026. Then [[sonyy]] [@wire-2026].
            -- theme/layouts/404.html --
            <a href="/nowhere/">lost</a>
            """);

        Assert.Equal(
            [
                "input/briefings/a.md(4,10): error BRF2006: updated 2026-01-01 is before date 2026-02-01; an update cannot precede publication",
                "input/briefings/a.md(6,1): error BRF1004: unknown key 'tags' in front matter; did you mean 'topics'?",
                "input/briefings/a.md(10,18): error BRF2002: unknown source 'wire-2025'; did you mean 'wire-2026'?",
                "input/briefings/a.md(10,35): error BRF2008: '#mony' is not an anchor on /briefings/a/; did you mean '#money'?",
                "input/briefings/a.md(10,54): error BRF2007: link '/briefings/nope/' leads to no page of this site; check the path (pages are /briefings/<slug>/, /entities/<id>/, /sources/<id>/, /timeline/, /claims/)",
                "input/briefings/a.md(12,10): error BRF1018: citation '[@wire-2026.' is not closed; end it with ']', e.g. [@wire-2026]",
                "input/briefings/a.md(12,28): error BRF2001: unknown entity 'sonyy'; did you mean 'sony'?",
                "input/entities/honda.yml(2,7): error BRF1008: 'compnay' is not a valid kind; did you mean 'company'? (allowed: company, bank, agency, startup, research, facility, program, person, organization)",
                "input/entities/sony.yml(4,10): error BRF2005: website 'http://sony.test/' must be an https:// address",
                "theme/layouts/404.html: error BRF3003: page /404.html links to '/nowhere/', which the site does not have",
            ],
            lines);
    }
}
