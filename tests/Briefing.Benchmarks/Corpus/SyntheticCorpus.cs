using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks.Corpus;

/// <summary>One file of a generated site, relative to its input folder ("briefings/briefing-00001.md").</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// A deterministic synthetic site that builds with <c>--strict</c> and no diagnostics: N briefings of
/// about 10 KB (headings, lists, quotes, six entity links, four cited sources, every paragraph cited),
/// N/10 entities, N/20 sources, a timeline (N/10 events, at most 5,000) and a claims ledger. The same N always gives the same bytes.
/// </summary>
public static class SyntheticCorpus
{
    public const int EntityLinksPerBriefing = 6;
    public const int SourcesPerBriefing = 4;

    private static readonly string[] Words =
    [
        "sovereign", "model", "compute", "cluster", "ministry", "consortium", "funding", "programme", "robotics", "factory",
        "training", "dataset", "licence", "partner", "investment", "yen", "budget", "chip", "supply", "export",
        "regulator", "policy", "research", "laboratory", "capacity", "grid", "energy", "data", "centre", "network",
        "industrial", "domestic", "foreign", "national", "regional", "strategic", "public", "private", "open", "closed",
        "weights", "inference", "benchmark", "release", "roadmap", "milestone", "prototype", "deployment", "contract", "tender",
        "bank", "loan", "equity", "stake", "board", "committee", "report", "analyst", "forecast", "estimate",
    ];

    private static readonly string[] Verbs =
    [
        "plans", "expects", "confirms", "denies", "reports", "estimates", "announces", "delays", "doubles", "funds",
        "backs", "questions", "reviews", "publishes", "signs", "extends",
    ];

    private static readonly string[] Headings =
    [
        "Background", "What the reports say", "Money and terms", "Who is involved", "Open questions", "Outlook",
    ];

    private static readonly string[] EntityKinds =
        ["company", "bank", "agency", "startup", "research", "facility", "program", "person", "organization"];

    private static readonly string[] RelationTypes =
        ["leads", "member-of", "invests-in", "partner-of", "funds", "parent-of", "competes-with", "hosts"];

    private static readonly string[] SourceKinds = ["news", "aggregator", "analysis", "government", "company"];

    private static readonly string[] EventStatuses = ["reported", "announced", "planned", "expected"];

    private static readonly string[] ClaimStatuses = ["consistent", "contested", "corrected"];

    public static int EntityCount(int briefings) => Math.Max(briefings / 10, EntityLinksPerBriefing);

    public static int SourceCount(int briefings) => Math.Max(briefings / 20, SourcesPerBriefing);

    /// <summary>N/10 events, at most 5,000: the timeline is one file, and an input file may hold at most 2 MB.</summary>
    public static int EventCount(int briefings) => Math.Clamp(briefings / 10, 5, 5_000);

    public static int ClaimCount(int briefings) => Math.Max(briefings / 100, 3);

    public static string BriefingSlug(int i) => $"briefing-{i:D5}";

    public static string EntityId(int i) => $"entity-{i:D4}";

    public static string SourceId(int i) => $"source-{i:D4}";

    /// <summary>The entity's display name, which entity links without their own text show.</summary>
    public static string EntityName(int i) => $"{Title(new Rng((ulong)i + 7_000_000), 2)} {EntityKinds[i % EntityKinds.Length]} {i}";

    public static IReadOnlyList<CorpusFile> Generate(int briefings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(briefings, 1);
        var files = new List<CorpusFile>
        {
            new("site.yml", """
                title: "Synthetic Sovereign AI Desk"
                description: "A generated briefing site for measuring build speed."
                base_url: https://bench.example
                language: en
                publisher: Benchmark desk

                """),
            new("sources.yml", Sources(briefings)),
            new("timeline.yml", Timeline(briefings)),
            new("claims.yml", Claims(briefings)),
        };
        for (var i = 0; i < EntityCount(briefings); i++)
        {
            files.Add(new($"entities/{EntityId(i)}.yml", Entity(i, briefings)));
        }

        for (var i = 0; i < briefings; i++)
        {
            files.Add(new($"briefings/{BriefingSlug(i)}.md", Briefing(i, briefings)));
        }

        return files;
    }

    /// <summary>Writes the corpus under <paramref name="folder"/>, which is emptied first.</summary>
    public static void WriteTo(IReadOnlyList<CorpusFile> files, string folder) => CorpusFolder.Write(folder, files);

    public static string Briefing(int i, int briefings)
    {
        var rng = new Rng((ulong)i + 1);
        var entities = Enumerable.Range(0, EntityLinksPerBriefing).Select(k => ((i * EntityLinksPerBriefing) + k) % EntityCount(briefings)).ToArray();
        var sources = Enumerable.Range(0, SourcesPerBriefing).Select(k => SourceId(((i * SourcesPerBriefing) + k) % SourceCount(briefings))).ToArray();
        var date = Date(i);
        var text = new StringBuilder(11_000);
        text.Append("---\n");
        text.Append("title: \"").Append(Title(rng, 5)).Append(' ').Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
        text.Append("date: ").Append(Iso(date)).Append('\n');
        if (i % 5 == 0)
        {
            text.Append("updated: ").Append(Iso(date.AddDays(9))).Append('\n');
        }

        text.Append("summary: \"").Append(Sentence(rng, 24).TrimEnd('.')).Append(".\"\n");
        text.Append("entities: [").AppendJoin(", ", entities.Take(3).Select(EntityId)).Append("]\n");
        text.Append("topics: [").Append(Words[i % Words.Length]).Append(", ").Append(Words[(i * 7 + 3) % Words.Length]).Append("]\n");
        text.Append("---\n\n");

        // Each of the six entities is linked, each of the four sources cited, and every paragraph
        // (list items and quotes are paragraphs too) carries a citation, as --strict requires.
        var cite = 0;
        string NextCitation()
        {
            var k = cite++;
            return (k % 7) switch
            {
                3 => $"[@{sources[k % sources.Length]}; @{sources[(k + 1) % sources.Length]}]",
                5 => $"[@{sources[k % sources.Length]}, para. {(k % 9) + 1}]",
                _ => $"[@{sources[k % sources.Length]}]",
            };
        }

        var link = 0;
        string NextEntity()
        {
            var k = link++;
            var id = EntityId(entities[k % entities.Length]);
            return k % 3 == 1 ? $"[[{id}|{Words[(i + k) % Words.Length]} partner]]" : $"[[{id}]]";
        }

        void Paragraph(int sentences)
        {
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                var sentence = Sentence(rng, 14 + rng.Next(10));
                if (s == 1)
                {
                    var who = link < EntityLinksPerBriefing ? NextEntity() : "analysts";
                    sentence = sentence.TrimEnd('.') + ", according to " + who + ".";
                }
                else if (s == 2)
                {
                    sentence = "*" + sentence.TrimEnd('.') + "*, while **" + Words[rng.Next(Words.Length)] + "** matters.";
                }

                text.Append(sentence);
            }

            text.Append(' ').Append(NextCitation()).Append("\n\n");
        }

        text.Append(NextEntity()).Append(' ');
        Paragraph(4);
        for (var h = 0; h < Headings.Length; h++)
        {
            text.Append("## ").Append(Headings[h]).Append("\n\n");
            Paragraph(4);
            switch (h % 3)
            {
                case 0:
                    for (var item = 0; item < 4; item++)
                    {
                        text.Append("- ").Append(Sentence(rng, 10)).Append(' ').Append(NextCitation()).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case 1:
                    text.Append("> ").Append(Sentence(rng, 20)).Append(' ').Append(Sentence(rng, 16)).Append(' ').Append(NextCitation()).Append("\n\n");
                    break;
                default:
                    text.Append("### Figures\n\n");
                    for (var item = 1; item <= 3; item++)
                    {
                        text.Append(item.ToString(CultureInfo.InvariantCulture)).Append(". ¥")
                            .Append((rng.Next(900) + 100).ToString(CultureInfo.InvariantCulture)).Append(" billion for ")
                            .Append(Sentence(rng, 8).TrimEnd('.')).Append(' ').Append(NextCitation()).Append('\n');
                    }

                    text.Append('\n');
                    break;
            }

            Paragraph(3);
        }

        text.Append("See also the [").Append(EntityName(entities[0])).Append(" profile](/entities/").Append(EntityId(entities[0])).Append("/)");
        if (i > 0)
        {
            text.Append(", the [earlier briefing's background](/briefings/").Append(BriefingSlug(i - 1)).Append("/#background)");
        }

        text.Append(", the [timeline](/timeline/) and the [original filing](https://filings.example/").Append(i.ToString(CultureInfo.InvariantCulture)).Append("). ");
        while (link < EntityLinksPerBriefing)
        {
            text.Append(NextEntity()).Append(' ');
        }

        text.Append(NextCitation()).Append('\n');
        return text.ToString();
    }

    private static string Entity(int i, int briefings)
    {
        var rng = new Rng((ulong)i + 1_000_000);
        var entities = EntityCount(briefings);
        var text = new StringBuilder();
        text.Append("name: \"").Append(EntityName(i)).Append("\"\n");
        text.Append("kind: ").Append(EntityKinds[i % EntityKinds.Length]).Append('\n');
        text.Append("role: \"").Append(Sentence(rng, 8).TrimEnd('.')).Append("\"\n");
        text.Append("sector: ").Append(Words[i % Words.Length]).Append('\n');
        text.Append("headquarters: Tokyo, Japan\n");
        text.Append("website: https://entity").Append(i.ToString(CultureInfo.InvariantCulture)).Append(".example/\n");
        text.Append("summary: >-\n  ").Append(Sentence(rng, 20)).Append(" [@").Append(SourceId(i % SourceCount(briefings))).Append("]\n");
        if (i % 2 == 0)
        {
            text.Append("relations:\n");
            text.Append("  - to: ").Append(EntityId((i + 1) % entities)).Append('\n');
            text.Append("    type: ").Append(RelationTypes[i % RelationTypes.Length]).Append('\n');
            text.Append("    sources: [").Append(SourceId(i % SourceCount(briefings))).Append("]\n");
        }

        return text.ToString();
    }

    private static string Sources(int briefings)
    {
        var text = new StringBuilder();
        for (var i = 0; i < SourceCount(briefings); i++)
        {
            var rng = new Rng((ulong)i + 2_000_000);
            text.Append("- id: ").Append(SourceId(i)).Append('\n');
            text.Append("  publisher: \"Publisher ").Append((i % 37).ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            text.Append("  title: \"").Append(Title(rng, 7)).Append("\"\n");
            text.Append("  url: https://news.example/").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("  date: ").Append(Iso(Date(i * 3))).Append('\n');
            text.Append("  language: ").Append(i % 4 == 0 ? "ja" : "en").Append('\n');
            text.Append("  kind: ").Append(SourceKinds[i % SourceKinds.Length]).Append('\n');
            if (i % 10 == 5)
            {
                text.Append("  via: ").Append(SourceId(i - 1)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Timeline(int briefings)
    {
        var text = new StringBuilder();
        var entities = EntityCount(briefings);
        var sources = SourceCount(briefings);
        for (var i = 0; i < EventCount(briefings); i++)
        {
            var rng = new Rng((ulong)i + 3_000_000);
            var date = Date(i * 11);
            var when = (i % 4) switch
            {
                0 => Iso(date),
                1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                2 => $"{date.Year}-Q{((date.Month - 1) / 3) + 1}",
                _ => date.Year.ToString(CultureInfo.InvariantCulture),
            };
            var a = SourceId(i % sources);
            var b = SourceId((i + 1) % sources);
            text.Append("- date: ").Append(when).Append('\n');
            text.Append("  title: \"").Append(Title(rng, 6)).Append("\"\n");
            text.Append("  status: ").Append(EventStatuses[i % EventStatuses.Length]).Append('\n');
            text.Append("  sources: [").Append(a).Append(", ").Append(b).Append("]\n");
            text.Append("  entities: [").Append(EntityId(i % entities)).Append(", ").Append(EntityId((i + 3) % entities)).Append("]\n");
            text.Append("  body: >-\n    ").Append(Sentence(rng, 18)).Append(" [@").Append(a).Append("]\n\n");
        }

        return text.ToString();
    }

    private static string Claims(int briefings)
    {
        var text = new StringBuilder();
        var sources = SourceCount(briefings);
        for (var i = 0; i < ClaimCount(briefings); i++)
        {
            var rng = new Rng((ulong)i + 4_000_000);
            text.Append("- id: claim-").Append(i.ToString("D3", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("  question: \"").Append(Sentence(rng, 9).TrimEnd('.')).Append("?\"\n");
            text.Append("  status: ").Append(ClaimStatuses[i % ClaimStatuses.Length]).Append('\n');
            text.Append("  reports:\n");
            for (var r = 0; r < 3; r++)
            {
                text.Append("    - value: \"").Append(((i + 1) * (r + 3)).ToString(CultureInfo.InvariantCulture)).Append("\"\n");
                text.Append("      source: ").Append(SourceId((i + r) % sources)).Append('\n');
                text.Append("      note: \"").Append(Sentence(rng, 10).TrimEnd('.')).Append("\"\n");
            }

            text.Append("  assessment: >-\n    ").Append(Sentence(rng, 22)).Append(" [@").Append(SourceId(i % sources)).Append("]\n\n");
        }

        return text.ToString();
    }

    private static DateOnly Date(int i) => new DateOnly(2020, 1, 1).AddDays(i * 3 % 2400);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Title(Rng rng, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = Words[rng.Next(Words.Length)];
            if (w > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return text.ToString();
    }

    private static string Sentence(Rng rng, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = w == 2 ? Verbs[rng.Next(Verbs.Length)] : Words[rng.Next(Words.Length)];
            if (w == 0)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                text.Append(' ').Append(word);
            }

            if (w == words / 2 && words > 8)
            {
                text.Append(',');
            }
        }

        return text.Append('.').ToString();
    }

    /// <summary>SplitMix64: fixed here rather than System.Random so the corpus never changes with the runtime.</summary>
    private sealed class Rng(ulong seed)
    {
        private ulong _state = seed * 0x9E3779B97F4A7C15;

        public int Next(int max)
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z % (ulong)max);
        }
    }
}
