using System.Globalization;
using System.Text;

namespace Briefing.Commands;

/// <summary>
/// Writes a valid site of any size for <c>bench-rebuild</c>: briefings that link entities and cite
/// sources in every paragraph, entity files with relations, a timeline and a claims ledger. The same
/// count always gives the same files.
/// </summary>
internal static class RebuildBenchmarkSite
{
    private static readonly string[] Words =
    [
        "consortium", "robotics", "factory", "model", "funding", "ministry", "training", "data", "compute", "investors",
        "chips", "supply", "agreement", "pilot", "launch", "partners", "stake", "budget", "research", "deployment",
    ];

    /// <summary>Writes <c>input/</c> under <paramref name="folder"/> with <paramref name="briefings"/> briefings; returns the briefing paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int briefings)
    {
        var random = new Random(20260528);
        var input = Path.Combine(folder, "input");
        Directory.CreateDirectory(Path.Combine(input, "briefings"));
        Directory.CreateDirectory(Path.Combine(input, "entities"));
        var entities = Math.Max(4, briefings / 10);
        var sources = Math.Max(4, briefings / 5);

        File.WriteAllText(Path.Combine(input, "site.yml"), """
            title: Synthetic Desk
            description: A generated site for measuring rebuilds.
            base_url: https://synthetic.test
            publisher: Benchmark desk

            """);

        var sourceText = new StringBuilder();
        for (var s = 0; s < sources; s++)
        {
            sourceText.Append(CultureInfo.InvariantCulture, $"- id: source-{s}\n  publisher: Outlet {s % 17}\n  title: Report number {s} on {Word(random)} and {Word(random)}\n  url: https://outlet.test/reports/{s}\n  date: 2026-{1 + (s % 12):00}-{1 + (s % 28):00}\n  kind: news\n\n");
        }

        File.WriteAllText(Path.Combine(input, "sources.yml"), sourceText.ToString());

        for (var e = 0; e < entities; e++)
        {
            var relation = e == 0 ? string.Empty : $"relations:\n  - to: entity-{e - 1}\n    type: partner-of\n    sources: [source-{e % sources}]\n";
            File.WriteAllText(Path.Combine(input, "entities", $"entity-{e}.yml"), $"name: Entity {e} Holdings\nkind: company\nrole: Member number {e}\nsummary: >-\n  Entity {e} works on {Word(random)} and {Word(random)} [@source-{e % sources}].\n{relation}");
        }

        var paths = new List<string>(briefings);
        for (var b = 0; b < briefings; b++)
        {
            var path = Path.Combine(input, "briefings", $"briefing-{b}.md");
            File.WriteAllText(path, Briefing(b, entities, sources, random));
            paths.Add(path);
        }

        var timeline = new StringBuilder();
        for (var t = 0; t < Math.Max(2, briefings / 10); t++)
        {
            timeline.Append(CultureInfo.InvariantCulture, $"- date: 2026-{1 + (t % 12):00}-{1 + (t % 28):00}\n  title: Event {t} about {Word(random)}\n  sources: [source-{t % sources}]\n  entities: [entity-{t % entities}]\n  body: Entity {t % entities} announced {Word(random)} [@source-{t % sources}].\n\n");
        }

        File.WriteAllText(Path.Combine(input, "timeline.yml"), timeline.ToString());

        var claims = new StringBuilder();
        for (var c = 0; c < Math.Max(2, briefings / 20); c++)
        {
            claims.Append(CultureInfo.InvariantCulture, $"- id: claim-{c}\n  question: How large is figure {c}?\n  status: contested\n  reports:\n    - value: \"{c * 10}\"\n      source: source-{c % sources}\n    - value: \"{(c * 10) + 5}\"\n      source: source-{(c + 1) % sources}\n  assessment: The reports differ [@source-{c % sources}].\n\n");
        }

        File.WriteAllText(Path.Combine(input, "claims.yml"), claims.ToString());
        return paths;
    }

    private static string Briefing(int number, int entities, int sources, Random random)
    {
        var text = new StringBuilder();
        var first = number % entities;
        var second = (number + 1) % entities;
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"Briefing {number}: {Word(random)} and {Word(random)}\"\ndate: 2026-{1 + (number % 12):00}-{1 + (number % 28):00}\nsummary: \"What briefing {number} says about {Word(random)}.\"\nentities: [entity-{first}, entity-{second}]\ntopics: [{Word(random)}, {Word(random)}]\n---\n");
        for (var section = 0; section < 3; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Section {section} on {Word(random)}\n");
            for (var paragraph = 0; paragraph < 3; paragraph++)
            {
                text.Append('\n');
                for (var sentence = 0; sentence < 4; sentence++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"The {Word(random)} of {Word(random)} grew as {Word(random)} met {Word(random)}. ");
                }

                text.Append(CultureInfo.InvariantCulture, $"[[entity-{first}]] and [[entity-{second}|its partner]] agree [@source-{(number + paragraph) % sources}; @source-{(number + section + 1) % sources}].\n");
            }
        }

        return text.ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];
}
