using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Resolution;

/// <summary>Each validation rule, triggered by the smallest site that breaks it, asserted by its exact printed line.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>A site with a Japanese edition, and the source its texts cite.</summary>
    private const string Bilingual = """
        -- input/site.yml --
        title: Test Desk
        description: A site for tests.
        base_url: https://example.test
        publisher: Test desk
        languages:
          ja:
            title: テストデスク
            description: テスト用のサイト。
        -- input/sources.yml --
        - id: wire-2026
          publisher: Wire
          title: A wire report
          url: https://wire.test/report
          date: 2026-01-02

        """;

    private const string Entity = """
        -- input/entities/sony.yml --
        name: Sony
        kind: company
        summary: A member [@wire-2026].

        """;

    /// <summary>A briefing showing one image with its record; each image case breaks one thing of it.</summary>
    private const string Figure = """
        -- input/media/plant.jpg --
        jpeg 64x48
        -- input/media/plant.jpg.yml --
        credit: Test Photographer
        license: CC BY 4.0
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        ![A welder at the plant](/media/plant.jpg "The plant [@wire-2026].")

        """;

    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "BRF1001", MiniSite.Basics + "-- input/entities/sony.yml --\nname: So\u0007ny\n",
            [
                "input/entities/sony.yml(1,9): error BRF1001: control character U+0007 at byte offset 8; it is not plain text; remove the character",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1002", MiniSite.Basics + """

            -- input/entities/sony.yml --
            name: Sony
            kind: [company
            summary: x
            """,
            [
                "input/entities/sony.yml(2,7): error BRF1002: unterminated [ ] or { } collection; close every bracket that was opened",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1003", MiniSite.Basics + """

            -- input/briefings/open.md --
            ---
            title: Never closed
            date: 2026-01-01
            """,
            [
                "input/briefings/open.md(1,1): error BRF1003: front matter is not closed; add a '---' line after the last key",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1004", MiniSite.Basics + Entity + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            entites: [sony]
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(5,1): error BRF1004: unknown key 'entites' in front matter; did you mean 'entities'?",
                "input/entities/sony.yml(1,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it",
            ]
        },
        {
            "BRF1005", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(2,1): error BRF1005: required key 'summary' is missing or empty",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1006", MiniSite.Basics + Entity + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            entities: sony
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(5,11): error BRF1006: 'entities' must be a list, not text",
                "input/entities/sony.yml(1,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it",
            ]
        },
        {
            "BRF1007", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-13-01
            summary: S
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(3,7): error BRF1007: '2026-13-01' is not a date; write 'date' as yyyy-MM-dd, e.g. 2026-03-14",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1008", MiniSite.Basics + """

            -- input/entities/sony.yml --
            name: Sony
            kind: compnay
            summary: A member [@wire-2026].
            """,
            [
                "input/entities/sony.yml(2,7): error BRF1008: 'compnay' is not a valid kind; did you mean 'company'? (allowed: company, bank, agency, startup, research, facility, program, person, organization)",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1008", """
            -- input/site.yml --
            title: T
            description: D
            base_url: example.org
            publisher: P
            -- input/sources.yml --
            """,
            [
                "input/site.yml(3,11): error BRF1008: base_url 'example.org' must be an absolute http:// or https:// address with no query or fragment, e.g. https://example.org",
            ]
        },
        {
            "BRF1009", MiniSite.Basics + """

            -- input/entities/sony.yml --
            name: Sony
            kind: company
            name: Sony Group
            summary: A member [@wire-2026].
            """,
            [
                "input/entities/sony.yml(1,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it",
                "input/entities/sony.yml(3,1): error BRF1009: key 'name' appears twice in an entity (first at line 1); keep one",
            ]
        },
        {
            "BRF1010", MiniSite.Basics + """

            -- input/entities/sony.yml --
            name: &n Sony
            kind: company
            summary: A member [@wire-2026].
            """,
            [
                "input/entities/sony.yml(1,7): error BRF1010: anchor '&n' is not allowed; write the value out in full",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1011", MiniSite.Basics + """

            -- input/timeline.yml --
            - [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/timeline.yml(1,66): error BRF1011: values are nested more than 64 levels deep",
            ]
        },
        {
            "BRF1012", MiniSite.Basics + """

            -- input/entities/Sony_Group.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].
            """,
            [
                "input/entities/Sony_Group.yml: error BRF1012: 'Sony_Group.yml' cannot become a page address; rename it: use lowercase letters a-z, digits and single hyphens, starting with a letter or digit (e.g. 'softbank-corp')",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1013", MiniSite.Basics + "-- input/briefings/big.md --\n" + new string('a', 2 * 1024 * 1024),
            [
                "input/briefings/big.md: error BRF1013: 'input/briefings/big.md' is 2097153 bytes; files are limited to 2097152 bytes",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1014", """
            -- input/site.yml --
            title: T
            description: D
            base_url: https://example.test
            publisher: P
            """,
            [
                "input/sources.yml: error BRF1014: sources.yml is missing; every claim needs a source to cite",
            ]
        },
        {
            "BRF1016", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            """ + "\n" + new string('a', 20_001) + " [@wire-2026].",
            [
                "input/briefings/a.md(6,1): error BRF1016: this paragraph has 20,015 characters, more than the 20,000 allowed; split it",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF1020", MiniSite.Basics + """
            -- input/entities/sony.yml --
            name: Sony
            kind: company
            group: investor
            summary: A member [@wire-2026].
            """,
            [
                "input/entities/sony.yml(1,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it",
                "input/entities/sony.yml(3,8): error BRF1020: 'investor' is not a group; did you mean 'investors'? (allowed: consortium, investors, state, partners, rivals, other)",
            ]
        },
        {
            "BRF2001", MiniSite.Basics + Entity + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            The member [[sonyy]] said so [@wire-2026].
            """,
            [
                "input/briefings/a.md(6,12): error BRF2001: unknown entity 'sonyy'; did you mean 'sony'?",
                "input/entities/sony.yml(1,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it",
            ]
        },
        {
            "BRF2002", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            A claim [@wire-2025].
            """,
            [
                "input/briefings/a.md(6,10): error BRF2002: unknown source 'wire-2025'; did you mean 'wire-2026'?",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF2003", MiniSite.Basics + """

            - id: wire-2026
              publisher: Wire again
              title: Same id
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/sources.yml(7,3): error BRF2003: source id 'wire-2026' is already used at line 1; give each source its own id",
            ]
        },
        {
            "BRF2004", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            A claim <b>bold</b> [@wire-2026].
            """,
            [
                "input/briefings/a.md(6,9): error BRF2004: raw HTML is not allowed in Markdown; use Markdown syntax (e.g. **bold**, [text](/path/)) or remove the tag",
                "input/briefings/a.md(6,16): error BRF2004: raw HTML is not allowed in Markdown; use Markdown syntax (e.g. **bold**, [text](/path/)) or remove the tag",
            ]
        },
        {
            "BRF2005", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            See [this](http://insecure.test/) [@wire-2026].
            """,
            [
                "input/briefings/a.md(6,5): error BRF2005: link 'http://insecure.test/' must be an https:// address or a path on this site starting with '/'",
            ]
        },
        {
            "BRF2006", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-02-01
            updated: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(4,10): error BRF2006: updated 2026-01-01 is before date 2026-02-01; an update cannot precede publication",
            ]
        },
        {
            "BRF2007", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            See [the other](/briefings/missing/) [@wire-2026].
            """,
            [
                "input/briefings/a.md(6,5): error BRF2007: link '/briefings/missing/' leads to no page of this site; check the path (pages are /briefings/<slug>/, /entities/<id>/, /sources/<id>/, /timeline/, /claims/)",
            ]
        },
        {
            "BRF2008", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            ## Money

            See [below](#mony) [@wire-2026].
            """,
            [
                "input/briefings/a.md(8,5): error BRF2008: '#mony' is not an anchor on /briefings/a/; did you mean '#money'?",
            ]
        },
        {
            "BRF2009", MiniSite.Basics + """

            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Cited [@wire-2026].

            Not cited at all.
            """,
            [
                "input/briefings/a.md(8,1): warning BRF2009: paragraph cites no source; add [@source-id] after the statement it supports",
            ]
        },
        {
            "BRF2010", MiniSite.Basics + """

            - id: unused-2026
              publisher: Nobody
              title: Never cited
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Cited [@wire-2026].
            """,
            [
                "input/sources.yml(7,3): warning BRF2010: source 'unused-2026' is never cited; cite it with [@unused-2026] or remove it",
            ]
        },
        {
            "BRF2011", MiniSite.Basics + Entity,
            [
                "input/entities/sony.yml(1,7): warning BRF2011: entity 'sony' is never mentioned, related or on the timeline; link it with [[sony]] or remove it",
            ]
        },
        {
            "BRF3001", MiniSite.Basics + """

            -- theme/layouts/404.html --
            <h1>{{ if }}</h1>
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "theme/layouts/404.html(1,11): error BRF3001: Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if",
                "theme/layouts/404.html(1,13): error BRF3001: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if",
            ]
        },
        {
            "BRF3002", MiniSite.Basics + """

            -- theme/layouts/404.html --
            <h1>{{ no_such_variable }}</h1>
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "theme/layouts/404.html(1,8): error BRF3002: The variable or function `no_such_variable` was not found (rendering /404.html)",
            ]
        },
        {
            "BRF3003", MiniSite.Basics + """

            -- theme/layouts/404.html --
            <a href="/nowhere/">lost</a>
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "theme/layouts/404.html: error BRF3003: page /404.html links to '/nowhere/', which the site does not have",
            ]
        },
        {
            "BRF1018", MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            The group formed [@wire-2026. It grew [@wire-2026].
            """,
            ["input/briefings/a.md(6,18): error BRF1018: citation '[@wire-2026.' is not closed; end it with ']', e.g. [@wire-2026]"]
        },
        {
            "BRF1019", MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: Sony #1 in chips
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            """,
            ["input/briefings/a.md(2,13): warning BRF1019: '#1 in chips' is a YAML comment, so 'title' is only 'Sony'; if the '#' belongs to it, quote it: title: \"Sony #1 in chips\""]
        },
        {
            "BRF3005", MiniSite.Basics.Replace("publisher: Test desk", "publisher: Test desk\nlanguage: fr", StringComparison.Ordinal),
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "theme/i18n/fr.yml: error BRF3005: the theme has no words for the site's language 'fr'; create theme/i18n/fr.yml with a text for each key theme/i18n/en.yml has",
            ]
        },
        {
            "BRF2014", MiniSite.Basics + """
            -- input/topics.yml --
            - id: funding
              title: Funding
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            topics: [funding, fundng]
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(5,19): error BRF2014: topic 'fundng' is not in topics.yml; did you mean 'funding'?",
            ]
        },
        {
            "BRF2015", MiniSite.Basics + """
            -- input/topics.yml --
            - id: funding
              title: Funding
            - id: stakes
              title: Stakes
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            topics: [funding]
            ---
            Text [@wire-2026].
            """,
            [
                "input/topics.yml(3,3): warning BRF2015: no briefing has the topic 'stakes'; add it to a briefing's 'topics' or remove it",
            ]
        },
        {
            "BRF2016", MiniSite.Basics + """
            -- input/pages/timeline.md --
            ---
            title: Our timeline
            summary: S
            ---
            Text [@wire-2026].
            """,
            [
                "input/pages/timeline.md(1,1): error BRF2016: a page at /timeline/ would clash with the site's own /timeline/; rename the file, since a page's address is its file name",
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
            ]
        },
        {
            "BRF2040", Bilingual + """
            -- input/briefings/budget.md --
            ---
            title: Budget
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            -- input/briefings/budget.ja.md --
            ---
            title: 予算
            summary: 要約
            ---
            本文[@wire-2026]。
            -- input/briefings/budgett.ja.md --
            ---
            title: 予算
            summary: 要約
            ---
            本文[@wire-2026]。
            """,
            [
                "input/briefings/budgett.ja.md(1,1): error BRF2040: this translates briefings/budgett.md, which the site does not have; did you mean 'budget'?; a translation is named after its original, <slug>.ja.md",
            ]
        },
        {
            "BRF2041", Bilingual + """
            -- input/entities/sony.yml --
            name: Sony Group
            short_name: Sony
            kind: company
            summary: A maker [@wire-2026].
            translations:
              ja:
                name: ソニーグループ
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            About [[sony]] [@wire-2026].
            -- input/briefings/a.ja.md --
            ---
            title: エー
            summary: 要約
            ---
            [[sony]]について[@wire-2026]。
            """,
            [
                "input/entities/sony.yml(6,3): warning BRF2041: entity 'sony' has no 'ja' short_name, summary, so the 'ja' edition shows the original; add translations: { ja: { short_name: …, summary: … } }",
            ]
        },
        {
            "BRF2042", MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            -- input/briefings/a.ja.md --
            ---
            title: エー
            summary: 要約
            ---
            本文[@wire-2026]。
            """,
            [
                "input/briefings/a.ja.md(1,1): error BRF2042: the site publishes no 'ja' edition; name it in site.yml (languages: { ja: { title: …, description: … } }) or remove this translation",
            ]
        },
        {
            "BRF1021", MiniSite.Basics + Figure.Replace("-- input/media/plant.jpg.yml --\ncredit: Test Photographer\nlicense: CC BY 4.0\n", "", StringComparison.Ordinal),
            [
                "input/media/plant.jpg: error BRF1021: 'plant.jpg' has no record; write input/media/plant.jpg.yml with 'credit' (who made it) and 'license' (on what terms the site may show it)",
            ]
        },
        {
            "BRF1022", MiniSite.Basics + Figure.Replace("jpeg 64x48", "png 64x48", StringComparison.Ordinal),
            [
                "input/media/plant.jpg: error BRF1022: 'plant.jpg' is named as JPEG but its content is PNG data; export it as JPEG or give it the extension its content has",
            ]
        },
        {
            "BRF1023", MiniSite.Basics + Figure.Replace("jpeg 64x48", "png bomb 50000x50000", StringComparison.Ordinal).Replace("plant.jpg", "plant.png", StringComparison.Ordinal),
            [
                "input/media/plant.png: error BRF1023: 'input/media/plant.png' says it is 50000 × 50000 pixels; images are limited to 40 megapixels and 16384 pixels a side; reduce it before adding it",
            ]
        },
        {
            "BRF1024", MiniSite.Basics + Figure.Replace("plant.jpg", "plant.svg", StringComparison.Ordinal).Replace("jpeg 64x48", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\">\n  <circle r=\"4\" onclick=\"alert(1)\"/>\n</svg>", StringComparison.Ordinal),
            [
                "input/media/plant.svg(2,17): error BRF1024: 'input/media/plant.svg' has an event attribute 'onclick'; an SVG that could run code or load other files is refused, not cleaned: remove it, or export the picture as PNG",
            ]
        },
        {
            "BRF1025", MiniSite.Basics + Figure + """
            -- input/media/plan.jpg.yml --
            credit: Someone
            license: CC0
            """,
            [
                "input/media/plan.jpg.yml: error BRF1025: 'plan.jpg.yml' is the record of 'plan.jpg', which is not in media/; did you mean 'plant.jpg'?",
            ]
        },
        {
            "BRF2020", MiniSite.Basics + Figure.Replace("(/media/plant.jpg", "(/media/plnt.jpg", StringComparison.Ordinal),
            [
                "input/briefings/a.md(6,1): error BRF2020: image '/media/plnt.jpg' is not in input/media/; did you mean 'plant.jpg'?",
                "input/media/plant.jpg: warning BRF2024: image 'plant.jpg' is shown by no text; show it with ![alt](/media/plant.jpg) or remove it",
            ]
        },
        {
            "BRF2021", MiniSite.Basics + Figure.Replace("![A welder at the plant]", "![]", StringComparison.Ordinal),
            [
                "input/briefings/a.md(6,1): error BRF2021: image '/media/plant.jpg' has no alt text; describe what it shows, ![A welder at the Sakai plant](…) or 'alt' in its record, or write 'decorative: true' in its record if it adds nothing a reader needs",
            ]
        },
        {
            "BRF2022", MiniSite.Basics + Figure.Replace("![A welder at the plant]", "![plant.jpg]", StringComparison.Ordinal),
            [
                "input/briefings/a.md(6,1): error BRF2022: alt text 'plant.jpg' is the file's name, which tells a reader nothing; describe what the image shows",
            ]
        },
        {
            "BRF2023", MiniSite.Basics + Figure.Replace("![A welder at the plant]", "![" + string.Concat(Enumerable.Repeat("A welder at the plant. ", 12)) + "]", StringComparison.Ordinal),
            [
                "input/briefings/a.md(6,1): error BRF2023: alt text is 275 characters; keep it under 250 and put the rest in the caption or the text",
            ]
        },
        {
            "BRF2024", MiniSite.Basics + Figure.Replace("![A welder at the plant](/media/plant.jpg \"The plant [@wire-2026].\")", "Text [@wire-2026].", StringComparison.Ordinal),
            [
                "input/media/plant.jpg: warning BRF2024: image 'plant.jpg' is shown by no text; show it with ![alt](/media/plant.jpg) or remove it",
            ]
        },
        {
            "BRF2025", MiniSite.Basics + Figure.Replace("(/media/plant.jpg", "(https://example.com/plant.jpg", StringComparison.Ordinal),
            [
                "input/briefings/a.md(6,1): error BRF2025: image 'https://example.com/plant.jpg' is on another site, and the site's Content-Security-Policy (img-src 'self' data:) stops browsers loading it; download it into input/media/, write its record, and show it as /media/<file>",
                "input/media/plant.jpg: warning BRF2024: image 'plant.jpg' is shown by no text; show it with ![alt](/media/plant.jpg) or remove it",
            ]
        },
        {
            "BRF2030", MiniSite.Basics + Entity + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            About [[sony]] [@wire-2026].

            ::: chart grahp: sony
            Caption [@wire-2026].
            :::
            """,
            [
                "input/briefings/a.md(8,11): error BRF2030: unknown chart kind 'grahp'; did you mean 'graph'? A chart is 'graph: <entity>', 'timeline: entity <entity>', 'timeline: topic <topic>' or 'claim: <claim>'",
            ]
        },
        {
            "BRF2031", MiniSite.Basics + Entity + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            topics: [funding]
            ---
            About [[sony]] [@wire-2026].

            ::: chart graph: sonny
            Caption [@wire-2026].
            :::

            ::: chart claim: fund-usd
            Caption [@wire-2026].
            :::

            ::: chart timeline: topic fundng
            Caption [@wire-2026].
            :::
            """,
            [
                "input/briefings/a.md(9,18): error BRF2031: chart names unknown entity 'sonny'; did you mean 'sony'?",
                "input/briefings/a.md(13,18): error BRF2031: chart names unknown claim 'fund-usd'; claims and their ids are in input/claims.yml",
                "input/briefings/a.md(17,27): error BRF2031: chart names topic 'fundng', which no briefing has; did you mean 'funding'?",
            ]
        },
        {
            "BRF2032", MiniSite.Basics + Entity + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            About [[sony]] [@wire-2026].

            ::: chart timeline: entity sony
            :::

            ::: chart timeline: entity sony
            Caption [@wire-2026].

            - and a list [@wire-2026]
            :::
            -- input/timeline.yml --
            - date: 2026-03
              title: Sony joins
              status: reported
              sources: [wire-2026]
              entities: [sony]
            """,
            [
                "input/briefings/a.md(8,1): error BRF2032: chart has no caption; write one paragraph between '::: chart' and ':::' saying what the chart shows, citing its sources",
                "input/briefings/a.md(14,1): error BRF2032: a chart's caption is one paragraph; move the rest out of the chart, after its closing ':::'",
            ]
        },
        {
            "BRF2033", MiniSite.Basics + Entity + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            About [[sony]] [@wire-2026].

            ::: chart graph: sony
            Caption [@wire-2026].
            :::

            ::: chart timeline: entity sony
            Caption [@wire-2026].
            :::

            ::: chart claim: size
            Caption [@wire-2026].
            :::
            -- input/claims.yml --
            - id: size
              question: How many?
              status: single-source
              reports:
                - value: Nine companies
                  source: wire-2026
                - value: "$6 billion"
                  source: wire-2026
            """,
            [
                "input/briefings/a.md(8,18): error BRF2033: entity 'sony' has no relations to draw; give it 'relations' in its file, or chart another entity",
                "input/briefings/a.md(12,28): error BRF2033: no timeline event names entity 'sony'; there is nothing to draw",
                "input/briefings/a.md(16,18): error BRF2033: claim 'size' has fewer than two reports that give a figure in the same currency, so there is nothing to compare; describe it in words instead",
            ]
        },
        {
            "BRF2013", MiniSite.Basics + """
            -- input/briefings/the-money.md --
            ---
            title: Money
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            related: [the-mony, a]
            ---
            Text [@wire-2026].
            """,
            [
                "input/briefings/a.md(5,11): error BRF2013: unknown briefing 'the-mony' in 'related'; did you mean 'the-money'?",
                "input/briefings/a.md(5,21): error BRF2013: 'a' is this briefing itself; name another briefing in 'related'",
            ]
        },
        {
            "BRF2012", MiniSite.Basics + """
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026].
            -- input/claims.yml --
            - id: size
              question: How many?
              status: consistent
              reports:
                - value: "9"
                  source: wire-2026
            """,
            ["input/claims.yml(3,11): error BRF2012: claim 'size' is marked consistent, but its only source is 'wire-2026'; consistent needs two independent reports; did you mean 'single-source'?"]
        },
    };

    public static TheoryData<string, string[]> WholeLines => new()
    {
        {
            MiniSite.Basics + """

            - id: relay-2026
              publisher: Relay
              title: A relay
              via: wire-2026
            -- input/claims.yml --
            - id: size
              question: How many?
              status: consistent
              reports:
                - value: "9"
                  source: wire-2026
                - value: "9"
                  source: relay-2026
            """,
            [
                "input/claims.yml(3,11): error BRF2012: claim 'size' is marked consistent, but all its sources reach us through 'wire-2026'; consistent needs two independent reports; did you mean 'single-source'?",
            ]
        },
        {
            MiniSite.Basics + """
            -- input/claims.yml --
            - id: size
              question: How many?
              status: consistent
              reports:
                - value: "9"
                  source: wire-2026
            """,
            [
                "input/claims.yml(3,11): error BRF2012: claim 'size' is marked consistent, but its only source is 'wire-2026'; consistent needs two independent reports; did you mean 'single-source'?",
            ]
        },
        {
            MiniSite.Basics + """

            - id: outlet-2026
              publisher: Outlet
              publisher_url: http://outlet.test/
              title: A report
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/sources.yml(7,3): warning BRF2010: source 'outlet-2026' is never cited; cite it with [@outlet-2026] or remove it",
                "input/sources.yml(9,18): error BRF2005: publisher_url 'http://outlet.test/' of source 'outlet-2026' must be an https:// address; leave it out if the outlet's site is not known",
            ]
        },
        {
            MiniSite.Basics + """

            - id: outlet-2026
              publisher: Outlet
              title: "[A report on robots]"
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/sources.yml(7,3): warning BRF2010: source 'outlet-2026' is never cited; cite it with [@outlet-2026] or remove it",
                "input/sources.yml(9,10): error BRF1008: a title in square brackets is a description, not the report's headline; write it as 'description:' without the brackets",
            ]
        },
        {
            MiniSite.Basics + """

            - id: outlet-2026
              publisher: Outlet
              title: Robots
              description: A report on robots
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/sources.yml(7,3): warning BRF2010: source 'outlet-2026' is never cited; cite it with [@outlet-2026] or remove it",
                "input/sources.yml(10,3): error BRF1008: a source has a 'title' or a 'description', not both; keep 'title' only if it is the report's own headline",
            ]
        },
        {
            MiniSite.Basics + """

            - id: outlet-2026
              publisher: Outlet
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/sources.yml(7,3): error BRF1005: required key 'title' is missing or empty; for a report whose headline we do not have, write 'description' instead",
            ]
        },
        {
            MiniSite.Basics + """
            -- input/claims.yml --
            - id: size
              question: How many?
              status: contested
              figure: "9"
              reports:
                - value: "9"
                  source: wire-2026
            """,
            [
                "input/claims.yml(4,3): error BRF1008: a contested claim cannot be a key figure; remove 'figure', since key figures show only what the reports agree on ('consistent') or one outlet's figure, labelled ('single-source')",
            ]
        },
        {
            MiniSite.Basics + """

            - id: outlet-2026
              publisher: Outlet
              title: Robots
              language: fr
            """,
            [
                "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                "input/sources.yml(7,3): warning BRF2010: source 'outlet-2026' is never cited; cite it with [@outlet-2026] or remove it",
                "theme/i18n/en.yml: error BRF3005: 'language.fr' has no text in theme/i18n/en.yml, and a source is in 'fr'; add it, e.g. language: { fr: \"…\" }",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(WholeLines))]
    public void Build_SourceOrClaimMisused_ReportsExactlyTheseLines(string site, string[] expected)
    {
        Assert.Equal(expected, MiniSite.Diagnostics(site));
    }

    [Fact]
    public void Build_BracketedSourceTitle_KeepsTheSourceSoItsCitationsResolve()
    {
        var lines = MiniSite.Diagnostics(MiniSite.Basics + """

            - id: outlet-2026
              publisher: Outlet
              title: "[A report on robots]"
            -- input/briefings/a.md --
            ---
            title: A
            date: 2026-01-01
            summary: S
            ---
            Text [@wire-2026; @outlet-2026].
            """);

        Assert.Equal(["input/sources.yml(9,10): error BRF1008: a title in square brackets is a description, not the report's headline; write it as 'description:' without the brackets"], lines.Where(l => l.Contains("error", StringComparison.Ordinal)));
    }

    /// <summary>Problems only a theme change, a folder on disk or the output stage can show: each runs in a fresh folder and gives the lines it reports and the lines expected.</summary>
    public static TheoryData<string, Func<TempFolder, (string[] Actual, string[] Expected)>> Scenarios => new()
    {
        {
            "BRF3004", _ =>
            {
                var input = MiniSite.Parse(MiniSite.Basics);
                input = input with { Theme = input.Theme.Where(f => f.RelativePath != "layouts/404.html").ToList() };
                var lines = SiteBuilder.Build(input, new BuildOptions()).Diagnostics.Select(d => d.ToString()).ToArray();
                return (lines, [
                    "input/sources.yml(1,3): warning BRF2010: source 'wire-2026' is never cited; cite it with [@wire-2026] or remove it",
                    "theme/layouts/404.html: error BRF3004: the theme has no 'layouts/404.html'; every page type needs its layout",
                ]);
            }
        },
        {
            "BRF1015", folder =>
            {
                folder.Write("site/site.yml", "title: T");
                Directory.CreateSymbolicLink(folder.Combine("site", "loop"), folder.Combine("site"));
                var diagnostics = new DiagnosticBag();
                InputReader.ReadFolder(folder.Combine("site"), folder.Path, diagnostics);
                return (Lines(diagnostics), ["site/loop: error BRF1015: 'site/loop' is a symbolic link; replace it with the file it points to"]);
            }
        },
        {
            "BRF1017", folder =>
            {
                // A name that is not UTF-8 cannot be printed or published as it is; the folder must be emptied by its bytes.
                Directory.CreateDirectory(folder.Combine("site"));
                byte[] name = [(byte)'b', 0xFF, (byte)'.', (byte)'m', (byte)'d'];
                UnixFiles.CreateFileNamedByBytes(folder.Combine("site"), name);
                var diagnostics = new DiagnosticBag();
                InputReader.ReadFolder(folder.Combine("site"), folder.Path, diagnostics);
                UnixFiles.DeleteFileNamedByBytes(folder.Combine("site"), name);
                return (Lines(diagnostics), ["site/b\uFFFD.md: error BRF1017: 'site/b\uFFFD.md' cannot be read: it vanished while being read, or its name is not valid UTF-8"]);
            }
        },
        {
            "BRF4001", folder =>
            {
                var output = folder.Combine("output");
                var diagnostics = new DiagnosticBag();
                new SiteWriter().Write(new RenderedSite(new Dictionary<string, byte[]> { ["a"] = [1], ["a/b.html"] = [2] }), output, [], diagnostics);
                return (Lines(diagnostics), [$"{output}: error BRF4001: 'a' would be both a file and a folder; nothing was written and the previous output is unchanged"]);
            }
        },
        {
            "BRF4002", folder =>
            {
                var output = folder.Combine("output");
                folder.Write("output/thesis.docx", "years of work");
                var diagnostics = new DiagnosticBag();
                new SiteWriter().Write(new RenderedSite(new Dictionary<string, byte[]> { ["index.html"] = [1] }), output, [], diagnostics);
                return (Lines(diagnostics), [$"{output}: error BRF4002: '{output}' already holds files that briefing did not write, and the output folder is replaced whole; choose a new or empty folder, or empty this one yourself"]);
            }
        },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_ReportsExactlyTheseLines(string code, Func<TempFolder, (string[] Actual, string[] Expected)> scenario)
    {
        using var folder = new TempFolder();

        var (actual, expected) = scenario(folder);

        Assert.Contains(expected, line => line.Contains($" {code}", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    /// <summary>Every code in the catalogue is reported by one of the cases above when it runs: not merely named in a test's text.</summary>
    [Fact]
    public void Catalogue_EveryCode_IsReportedByACase()
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Cases)
        {
            reported.UnionWith(MiniSite.Build((string)row[1]).Diagnostics.Select(d => d.Code));
        }

        foreach (var row in Scenarios)
        {
            using var folder = new TempFolder();
            var (actual, _) = ((Func<TempFolder, (string[] Actual, string[] Expected)>)row[1])(folder);
            reported.UnionWith(actual.SelectMany(line => CodeIn().Matches(line).Select(m => m.Value)));
        }

        var never = DiagnosticCodes.All.Select(c => c.Id).Where(id => !reported.Contains(id)).ToList();
        Assert.True(never.Count == 0, "codes no case reports: " + string.Join(", ", never));
    }

    private static string[] Lines(DiagnosticBag diagnostics) => diagnostics.Sorted().Select(d => d.ToString()).ToArray();

    [GeneratedRegex("BRF[0-9]{4}")]
    private static partial Regex CodeIn();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_InvalidSite_ReportsExactlyTheseLines(string code, string site, string[] expected)
    {
        var lines = MiniSite.Diagnostics(site);

        Assert.Contains(expected, line => line.Contains($" {code}: ", StringComparison.Ordinal));
        Assert.Equal(expected, lines);
    }
}
