using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks.Corpus;

/// <summary>
/// A second generated site, written apart from <see cref="SyntheticCorpus"/> so that a speed measured on one is
/// not an artefact of the other's shape. It keeps the other's companies, sources, timeline and ledger, and the
/// same total of about 10 KB a briefing, but its briefings differ in everything a build's cost follows: lengths
/// from about 2 KB to 30 KB, two to twenty-five sections with sub-sections, nested and numbered lists, quotes of
/// several paragraphs, tables, one to three citations in a paragraph (some at the start of a sentence), a
/// company mentioned by a few briefings or by a fifth of them, and one to four topics. It builds with
/// <c>--strict</c> and no diagnostic; the same size always gives the same bytes.
/// </summary>
public static class VariedCorpus
{
    private static readonly string[] Nouns =
    [
        "plant", "order", "rule", "filing", "venture", "subsidy", "lab", "cluster", "robot", "sensor",
        "pilot", "tender", "quota", "reactor", "port", "grant", "patent", "fleet", "campus", "index",
        "bond", "tariff", "census", "shift", "merger", "audit", "charter", "accord", "summit", "panel",
    ];

    private static readonly string[] Adjectives =
    [
        "early", "late", "joint", "rival", "new", "former", "quiet", "large", "small", "second",
        "final", "draft", "revised", "local", "shared", "annual",
    ];

    private static readonly string[] Actions =
    [
        "was delayed", "was approved", "drew criticism", "won support", "was cut", "was widened", "went ahead",
        "stalled", "was reviewed", "was signed",
    ];

    public static IReadOnlyList<CorpusFile> Generate(int briefings)
    {
        // The companies, sources, timeline and ledger are the other corpus's: only the briefings are written differently.
        var files = SyntheticCorpus.Generate(briefings).Where(f => !f.Path.StartsWith("briefings/", StringComparison.Ordinal)).ToList();
        files[0] = files[0] with { Text = files[0].Text.Replace("Synthetic Sovereign AI Desk", "Varied Sovereign AI Desk", StringComparison.Ordinal) };
        for (var i = 0; i < briefings; i++)
        {
            files.Add(new($"briefings/{Slug(i)}.md", Briefing(i, briefings)));
        }

        return files;
    }

    private static string Slug(int i) => $"note-{i:D6}";

    private static string Briefing(int i, int briefings)
    {
        var random = new Draw((ulong)i);
        var entityCount = SyntheticCorpus.EntityCount(briefings);
        var sourceCount = SyntheticCorpus.SourceCount(briefings);

        // Every company and source appears at least once; the rest are drawn with a strong skew, so a few companies are
        // in a fifth of all briefings (long "mentioned in" lists and feeds) and most in a handful.
        var entities = new List<int> { i % entityCount };
        for (var k = random.Next(1, 11); k > 0; k--)
        {
            entities.Add(Skewed(random, entityCount));
        }

        var sources = new List<int> { i % sourceCount };
        for (var k = random.Next(1, 7); k > 0; k--)
        {
            sources.Add(Skewed(random, sourceCount));
        }

        entities = entities.Distinct().ToList();
        sources = sources.Distinct().ToList();

        // About one briefing in ten is long, about a third short.
        var sections = random.Next(10) switch
        {
            0 => random.Next(16, 26),
            < 4 => random.Next(2, 4),
            _ => random.Next(6, 11),
        };

        var text = new StringBuilder(16_000);
        text.Append("---\ntitle: '").Append(Phrase(random, 4)).Append(", note ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("'\n");
        text.Append("date: ").Append(new DateOnly(2019, 6, 1).AddDays((i * 7) % 2900).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("summary: '").Append(Clause(random)).Append(" and ").Append(Clause(random)).Append(".'\n");
        text.Append("entities: [").AppendJoin(", ", entities.Take(1 + random.Next(Math.Min(4, entities.Count))).Select(SyntheticCorpus.EntityId)).Append("]\n");
        var topics = Enumerable.Range(0, 1 + random.Next(4)).Select(t => "theme-" + Nouns[(i + (t * 11)) % Nouns.Length]).Distinct();
        text.Append("topics: [").AppendJoin(", ", topics).Append("]\n");
        if (i > 2 && i % 6 == 0)
        {
            text.Append("related: [").Append(Slug(i - 1)).Append(", ").Append(Slug(i / 2)).Append("]\n");
        }

        text.Append("---\n\n");

        var mention = 0;
        string Company()
        {
            var id = SyntheticCorpus.EntityId(entities[mention++ % entities.Count]);
            return mention % 4 == 0 ? $"[[{id}|the {Nouns[random.Next(Nouns.Length)]} partner]]" : $"[[{id}]]";
        }

        var cited = 0;
        string Cite()
        {
            var id = SyntheticCorpus.SourceId(sources[cited++ % sources.Count]);
            return cited % 5 == 0 && sources.Count > 1
                ? $"[@{id}; @{SyntheticCorpus.SourceId(sources[cited % sources.Count])}]"
                : $"[@{id}]";
        }

        // A paragraph of two to six sentences, cited once to three times, here and there mid-sentence.
        void Paragraph(string indent = "")
        {
            var sentences = random.Next(2, 7);
            var citations = random.Next(1, 4);
            text.Append(indent);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                var sentence = Sentence(random);
                if (random.Next(4) == 0 && mention < entities.Count * 2)
                {
                    sentence = Company() + " said " + sentence[0..1].ToLowerInvariant() + sentence[1..];
                }

                text.Append(sentence);
                if (citations > 0 && (s == sentences - 1 || random.Next(3) == 0))
                {
                    text.Length--;
                    text.Append(' ').Append(Cite()).Append('.');
                    citations--;
                }
            }

            text.Append("\n\n");
        }

        text.Append(Company()).Append(" is at the centre of this note. ");
        Paragraph();
        for (var section = 0; section < sections; section++)
        {
            text.Append("## ").Append(Phrase(random, 3)).Append(' ').Append((section + 1).ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            for (var block = random.Next(2, 6); block > 0; block--)
            {
                switch (random.Next(8))
                {
                    case 0:
                        // A nested list: each item and each sub-item is cited.
                        for (var item = random.Next(2, 5); item > 0; item--)
                        {
                            text.Append("- ").Append(Clause(random)).Append(' ').Append(Cite()).Append('\n');
                            if (random.Next(2) == 0)
                            {
                                text.Append("  - ").Append(Clause(random)).Append(' ').Append(Cite()).Append('\n');
                            }
                        }

                        text.Append('\n');
                        break;
                    case 1:
                        for (var item = 1; item <= random.Next(3, 7); item++)
                        {
                            text.Append(item.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Sentence(random)).Append(' ').Append(Cite()).Append('\n');
                        }

                        text.Append('\n');
                        break;
                    case 2:
                        text.Append("> ").Append(Sentence(random)).Append(' ').Append(Cite()).Append("\n>\n> ").Append(Sentence(random)).Append(' ').Append(Cite()).Append("\n\n");
                        break;
                    case 3:
                        text.Append("The figures so far: ").Append(Clause(random)).Append(' ').Append(Cite()).Append("\n\n");
                        text.Append("| item | amount | status |\n| --- | ---: | --- |\n");
                        for (var row = random.Next(2, 7); row > 0; row--)
                        {
                            text.Append("| ").Append(Phrase(random, 2)).Append(" | ¥").Append(random.Next(1, 999).ToString(CultureInfo.InvariantCulture))
                                .Append(" bn | ").Append(Actions[random.Next(Actions.Length)]).Append(" |\n");
                        }

                        text.Append('\n');
                        Paragraph();
                        break;
                    case 4:
                        text.Append("### ").Append(Phrase(random, 2)).Append("\n\n");
                        Paragraph();
                        break;
                    default:
                        Paragraph();
                        break;
                }
            }
        }

        text.Append("Earlier: [the first section](/briefings/").Append(Slug(Math.Max(0, i - 1))).Append("/). Every company named here: ");
        text.AppendJoin(", ", entities.Select(e => $"[[{SyntheticCorpus.EntityId(e)}]]")).Append(' ').Append(Cite()).Append('\n');
        return text.ToString();
    }

    /// <summary>An index from 0 to <paramref name="count"/>, low indices far more often than high ones.</summary>
    private static int Skewed(Draw random, int count) => (int)(count * Math.Pow(random.NextDouble(), 3));

    private static string Phrase(Draw random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = w % 2 == 0 ? Adjectives[random.Next(Adjectives.Length)] : Nouns[random.Next(Nouns.Length)];
            text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : " " + word);
        }

        return text.ToString();
    }

    private static string Clause(Draw random) =>
        $"the {Adjectives[random.Next(Adjectives.Length)]} {Nouns[random.Next(Nouns.Length)]} {Actions[random.Next(Actions.Length)]}";

    private static string Sentence(Draw random)
    {
        var clause = Clause(random);
        var tail = random.Next(3) switch
        {
            0 => $", after the {Nouns[random.Next(Nouns.Length)]} of {2019 + random.Next(8)}",
            1 => $" while the {Nouns[random.Next(Nouns.Length)]} {Actions[random.Next(Actions.Length)]}",
            _ => string.Empty,
        };
        return char.ToUpperInvariant(clause[0]) + clause[1..] + tail + ".";
    }

    /// <summary>Xorshift64*, its own rather than System.Random, so the corpus never changes with the runtime.</summary>
    private sealed class Draw(ulong seed)
    {
        private ulong _state = (seed * 0xD1B54A32D192ED03) + 0x2545F4914F6CDD1D;

        /// <summary>A number from <paramref name="min"/> up to, not including, <paramref name="max"/>.</summary>
        public int Next(int min, int max) => min + (int)(NextBits() % (ulong)(max - min));

        public int Next(int max) => Next(0, max);

        public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

        private ulong NextBits()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1D;
        }
    }
}
