using System.Text;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;
using CsCheck;

namespace Briefing.Tests.Fuzzing;

/// <summary>A small generated site: file paths and their text, as a writer might leave them, mistakes and attacks included.</summary>
public sealed record GeneratedSite(IReadOnlyList<(string Path, string Text)> Files)
{
    public SiteInput ToInput() => new(
        "input",
        Files.Select(f => new InputFile(f.Path, "input/" + f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList(),
        MiniSite.Theme);

    /// <summary>The site as a <see cref="MiniSite"/> text, to paste into a test that reproduces a failure.</summary>
    public override string ToString() => string.Concat(Files.Select(f => $"-- input/{f.Path} --\n{f.Text}\n"));
}

/// <summary>
/// Generators for random small sites. Each site has a level of care: careful sites are valid apart from
/// hostile text (script in titles, template syntax, ampersands) and should build; careless ones make a
/// mistake now and then; chaotic ones mix valid values with near-valid and hostile ones everywhere (ids with
/// '../', device names and bidi overrides, javascript: links, YAML anchors and tags, runaway brackets,
/// stray bytes, cut files).
/// </summary>
public static class SiteGen
{
    private const int Careful = 0;
    private const int Careless = 1;

    public static readonly Gen<GeneratedSite> Site = Gen.Int[0, 2].SelectMany(Of);

    private static Gen<GeneratedSite> Of(int level) =>
        from site in Damaged(level, SiteYml(level))
        from sources in Damaged(level, Sources(level))
        from entities in Gen.Select(EntityFileName(level), Damaged(level, Entity(level))).List[0, 3]
        from briefings in Gen.Select(Pick(level, Gen.OneOf("a", "b-2", "the-money"), Id(2)), Damaged(level, Briefing(level))).List[0, 3]
        from timeline in Damaged(level, Timeline(level))
        from claims in Damaged(level, Claims(level))
        from omit in Pick(level, Gen.Const(-1), Gen.Int[0, 3])
        select new GeneratedSite(
            new[] { ("site.yml", site), ("sources.yml", sources), ("timeline.yml", timeline), ("claims.yml", claims) }
                .Where((_, i) => i != omit)
                .Concat(Careful == level ? [("entities/sony.yml", Sony), ("entities/honda.yml", Honda)] : [])
                .Concat([("media/chart.svg", Chart), ("media/chart.svg.yml", ChartRecord)])
                .Concat(entities.Select(e => ("entities/" + e.Item1, e.Item2)))
                .Concat(briefings.Select(b => ("briefings/" + b.Item1 + ".md", b.Item2)))
                .DistinctBy(f => level == Careful ? f.Item1 : f.Item1 + f.Item2)
                .ToList());

    /// <summary>An image every site has, so a careful site's images are its own; SVG because a generated site is text.</summary>
    private const string Chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\"/></svg>\n";

    private const string ChartRecord = "credit: Example Desk\nlicense: CC0\n";

    private const string Sony = "name: Sony\nkind: company\nsummary: A member [@wire-2026].\n";

    private const string Honda = "name: Honda\nkind: company\nsummary: Another member [@digest].\nrelations:\n  - to: sony\n    type: partner-of\n    sources: [digest]\n";

    /// <summary>The valid generator, or at a lower level of care now and then the invalid one.</summary>
    private static Gen<T> Pick<T>(int level, Gen<T> valid, Gen<T> invalid) => level switch
    {
        Careful => valid,
        Careless => Gen.Frequency((40, valid), (1, invalid)),
        _ => Gen.Frequency((3, valid), (1, invalid)),
    };

    private static Gen<string> Id(int level) => Pick(
        level,
        Gen.OneOf("sony", "honda", "wire-2026", "digest", "nikkei", "a", "b-2", "cost"),
        Gen.OneOf("Sony", "../x", "a/b", "con", "nul", "lpt1", "%2e%2e", "", "a.", "so\u202Eny", "x\u200By", "-a", "a--b", "ソニー", "sony ", "wire_2026", "a\\b"));

    private static Gen<string> EntityRef(int level) => Pick(level, Gen.OneOf("sony", "honda"), Id(2));

    private static Gen<string> SourceRef(int level) => Pick(level, Gen.OneOf("wire-2026", "digest"), Id(2));

    private static Gen<string> EntityFileName(int level) => Pick(
        level,
        Gen.OneOf("nikkei.yml", "b-2.yml", "a.yml"),
        Id(2).SelectMany(id => Gen.OneOf(id + ".yml", id + ".yaml", id)));

    private static Gen<string> Text(int level) => Pick(
        level,
        Gen.OneOf(
            "Sony", "Honda Motor", "A report", "Q&A", "日本の AI", "Ünïcödé", "1.5 trillion yen", "it's", "x: y", "[a]", "#hash", "*star",
            "\"><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ site.title }}", "{% raw %}", "a\u202Eb", "&amp;", "&lt;b&gt;"),
        Gen.OneOf("", "  ", "~", "null", "true", "12", "\\", "\u00A0", "\t", "- dash", "@at"));

    private static Gen<string> Url(int level) => Pick(
        level,
        Gen.OneOf("https://example.org/report", "https://example.org/a?b=1&c=2", "/entities/sony/", "/briefings/", "/timeline/", "/claims/"),
        Gen.OneOf(
            "javascript:alert(1)", "JAVASCRIPT:alert(1)", "http://insecure.example", "//evil.example", "/nowhere/", "#money", "#references",
            "data:text/html,x", "file:///etc/passwd", "https://a.example/\"><script>", "", "HTTPS://X.EXAMPLE", "mailto:a@b.example", "&#106;avascript:x"));

    private static Gen<string> Date(int level) => Pick(
        level,
        Gen.OneOf("2026-01-01", "2026-05-28", "2025-12-31"),
        Gen.OneOf("2026", "2026-02", "2027-Q1", "2026-13-01", "2026-02-30", "yesterday", "", "2027-Q5", "0000-01-01"));

    private static Gen<string> Fragment(int level) =>
        from entity in EntityRef(level)
        from source in SourceRef(level)
        from other in SourceRef(level)
        from raw in Text(level)
        let text = level == Careful && raw.Contains('<', StringComparison.Ordinal) ? "``" + raw + "``" : raw
        from url in Url(level)
        from image in Pick(level, Gen.Const("/media/chart.svg"), Url(2))
        from runaway in Gen.OneOf("[[[[[[[[[[", "**********", "> > > > > > > > ", "- - - - - - - ", "``````", "<<<<< ", "]]]]]", "\\\\\\", "{{{{", "[@[@[@")
        from pick in Pick(level, Gen.Int[0, 19], Gen.Int[20, 27])
        select pick switch
        {
            0 => $"Text [@{source}].",
            1 => $"The member [[{entity}]] said so [@{source}].",
            2 => $"[[{entity}|{text}]] [@{source}; @{other}]",
            3 => $"See [the page]({url}) [@{source}, para. 3].",
            4 => $"![an image]({image})",
            5 => $"<{url}>",
            6 => $"## {text}",
            7 => "# Same",
            8 => $"- {text}\n- [@{source}]",
            9 => $"> {text}",
            10 => $"```\n{text}\n```",
            11 => $"`{text}` *em* **strong** ~~gone~~",
            12 => $"| a | b |\n|---|---|\n| {text} | [@{source}] |",
            13 => "{{ site.title }} {% raw %} [@wire-2026]",
            14 => $"[x][ref]\n\n[ref]: {url}",
            15 => "&amp; &lt; &#106;",
            16 => $"[x]({url} \"a title\")",
            17 => $"Setext {text}\n===",
            18 => runaway + " " + text,
            19 => $"{text}\\",
            20 => $"A claim <b>{text}</b>.",
            21 => "<script>alert(1)</script>",
            22 => "<!-- comment -->",
            23 => "\uFEFFtext",
            24 => "a\u0007b",
            25 => string.Concat(Enumerable.Repeat("> ", 40)) + text,
            26 => new string('a', 20_001),
            _ => text,
        };

    private static Gen<string> Body(int level) =>
        Fragment(level).List[1, 4].Select(parts => string.Join(' ', parts)).List[0, 5]
            .Select(paragraphs => string.Join("\n\n", paragraphs));

    /// <summary>A YAML value written in one of the ways a writer might, some of them refused.</summary>
    private static Gen<string> Scalar(int level) =>
        from text in Text(level)
        from style in Pick(level, Gen.Int[0, 1], Gen.Int[2, 9])
        select style switch
        {
            0 => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"",
            1 => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            2 => text,
            3 => "[" + text + "]",
            4 => "{a: " + text + "}",
            5 => "&anchor " + text,
            6 => "*anchor",
            7 => "!!python/object/apply:os.system [\"x\"]",
            8 => "\"" + text + "\\x01\"",
            _ => "|\n  " + text,
        };

    private static Gen<string> MarkdownScalar(int level) =>
        from body in Body(level)
        from block in Gen.Bool
        select block || body.Length == 0
            ? "|\n" + string.Join('\n', (body.Length == 0 ? "Text [@digest]." : body).Split('\n').Select(l => "  " + l))
            : "\"" + body.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>One line per key: the key and a value, or at lower care sometimes nothing or a misspelt key.</summary>
    private static Gen<string> Mapping(int level, string indent, params (string Key, Gen<string> Value)[] keys) =>
        keys.Select(k => Pick(level, k.Value.Select(v => $"{k.Key}: {v}"), Gen.OneOf(string.Empty, $"{k.Key}x: 1", $"{k.Key}: ")))
            .Aggregate(
                Gen.Const(string.Empty),
                (lines, line) => lines.SelectMany(before => line.Select(next => next.Length == 0 ? before : before.Length == 0 ? next : before + "\n" + indent + next)));

    private static Gen<string> List(Gen<string> item, int min, int max) =>
        item.List[min, max].Select(items => items.Count == 0 ? "[]\n" : string.Concat(items.Select(i => "- " + i + "\n")));

    private static Gen<string> SiteYml(int level) => Mapping(
        level,
        string.Empty,
        ("title", Scalar(level)),
        ("description", Scalar(level)),
        ("base_url", Pick(level, Gen.OneOf("https://example.test", "http://localhost:8080"), Gen.OneOf("javascript:alert(1)", "/", "https://x.test/?q=1"))),
        ("language", Pick(level, Gen.OneOf("en", "ja", "zh-Hans"), Gen.OneOf("\"><b>", "e"))),
        ("publisher", Scalar(level)));

    private static Gen<string> Source(int level, Gen<string> id) => Mapping(
        level,
        "  ",
        ("id", id),
        ("publisher", Scalar(level)),
        ("title", Scalar(level)),
        ("url", Url(level).Where(u => u.StartsWith("https://", StringComparison.Ordinal) || level != Careful).Select(u => "\"" + u.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")),
        ("date", Date(level)),
        ("language", Pick(level, Gen.OneOf("en", "ja"), Gen.Const("x"))),
        ("kind", Pick(level, Gen.OneOf("news", "analysis"), Gen.Const("blog"))));

    private static Gen<string> Sources(int level) =>
        from wire in Source(level, Gen.Const("wire-2026"))
        from digest in Source(level, Gen.Const("digest"))
        from others in Source(level, Pick(level, Gen.OneOf("nikkei", "extra-1"), Id(2))).List[0, 2]
        select string.Concat(new[] { wire, digest }.Concat(level == Careful ? [] : others).Select(s => "- " + s + "\n"));

    private static Gen<string> Relation(int level) =>
        from to in EntityRef(level)
        from type in Pick(level, Gen.OneOf("leads", "member-of", "partner-of"), Gen.Const("owns"))
        from source in SourceRef(level)
        select $"\n  - to: {to}\n    type: {type}\n    sources: [{source}]";

    private static Gen<string> Entity(int level) =>
        from fields in Mapping(
            level,
            string.Empty,
            ("name", Scalar(level)),
            ("kind", Pick(level, Gen.OneOf("company", "bank", "startup"), Gen.Const("compnay"))),
            ("role", Scalar(level)),
            ("website", Url(level).Where(u => u.StartsWith("https://", StringComparison.Ordinal) || level != Careful)),
            ("aliases", Scalar(level).List[0, 2].Select(a => "[" + string.Join(", ", a) + "]")),
            ("summary", MarkdownScalar(level)))
        from relations in Relation(level).List[0, 2]
        select fields + (relations.Count > 0 ? "\nrelations:" + string.Concat(relations) : string.Empty);

    private static Gen<string> Briefing(int level) =>
        from fields in Mapping(
            level,
            string.Empty,
            ("title", Scalar(level)),
            ("date", Date(level)),
            ("summary", Scalar(level)),
            ("updated", Pick(level, Gen.Const("2026-06-01"), Date(2))),
            ("entities", EntityRef(level).List[0, 3].Select(ids => "[" + string.Join(", ", ids.Select(i => "\"" + i + "\"")) + "]")),
            ("topics", Scalar(level).List[0, 2].Select(t => "[" + string.Join(", ", t) + "]")),
            ("draft", Pick(level, Gen.OneOf("false", "true"), Gen.Const("maybe"))))
        from body in Body(level)
        from fence in Pick(level, Gen.Const("---"), Gen.OneOf("...", "", "--"))
        select $"---\n{fields}\n{fence}\n{body}\n";

    private static Gen<string> Timeline(int level) => List(
        Mapping(
            level,
            "  ",
            ("date", Pick(level, Gen.OneOf("2026-01-01", "2026-05", "2027-Q1", "2026"), Date(2))),
            ("title", Scalar(level)),
            ("sources", SourceRef(level).List[1, 2].Select(ids => "[" + string.Join(", ", ids) + "]")),
            ("entities", EntityRef(level).List[0, 2].Select(ids => "[" + string.Join(", ", ids) + "]")),
            ("status", Pick(level, Gen.OneOf("reported", "planned"), Gen.Const("rumoured"))),
            ("body", MarkdownScalar(level).Select(m => m.Replace("\n", "\n  ", StringComparison.Ordinal)))),
        0,
        3);

    private static Gen<string> Claims(int level) =>
        Gen.Int[0, 3].SelectMany(count => Enumerable.Range(1, count)
            .Select(n => Mapping(
                level,
                "  ",
                ("id", Pick(level, Gen.Const($"claim-{n}"), Id(2))),
                ("question", Scalar(level)),
                ("status", Pick(level, Gen.OneOf("single-source", "contested"), Gen.OneOf("wrong", "consistent"))),
                ("reports", Gen.Select(Scalar(level), SourceRef(level), (value, source) => $"\n    - value: {value}\n      source: {source}")),
                ("assessment", MarkdownScalar(level).Select(m => m.Replace("\n", "\n  ", StringComparison.Ordinal)))))
            .Aggregate(Gen.Const(string.Empty), (all, claim) => all.SelectMany(before => claim.Select(c => before + "- " + c + "\n"))));

    /// <summary>Damage of the kind editors and copy-paste cause: a stray character, a cut, Windows line ends, a byte order mark.</summary>
    private static Gen<string> Damaged(int level, Gen<string> file) =>
        from text in file
        from damage in Pick(level, Gen.OneOf(2, 3, 9), Gen.Int[0, 3])
        from at in Gen.Double.Unit
        from junk in Gen.OneOf("\t", ":", "\"", "'", "[", "{", "&", "*", "!", "|", ">", "-", "\u0000", "\u001B", "\uFFFF", "\u202E", "\r")
        select damage switch
        {
            0 => text.Insert((int)(at * text.Length), junk),
            1 => text[..(int)(at * text.Length)],
            2 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            3 => "\uFEFF" + text,
            _ => text,
        };
}
