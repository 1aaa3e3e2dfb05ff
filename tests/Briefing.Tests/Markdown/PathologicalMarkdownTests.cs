using System.Diagnostics;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Briefing.Tests.Markdown;

/// <summary>
/// CommonMark's pathological inputs (cmark's test/pathological_tests.py, sized to fit the 2 MB file cap),
/// the same shapes for this site's own syntax, and the slow shapes found in Markdig. Each must build or
/// fail with located diagnostics, without an exception and in bounded time: the goal is under 2 s; the
/// timeout is generous so a loaded machine does not fail it, but quadratic behaviour takes minutes.
/// </summary>
public sealed class PathologicalMarkdownTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static TheoryData<string, string?> Cases => new()
    {
        // cmark's list
        { "nested strong emph", "BRF1016" },
        { "many emph closers with no openers", "BRF1016" },
        { "many emph openers with no closers", "BRF1016" },
        { "many link closers with no openers", "BRF1016" },
        { "many link openers with no closers", "BRF1016" },
        { "mismatched openers and closers", "BRF1016" },
        { "openers and closers multiple of 3", "BRF1016" },
        { "link openers and emph closers", "BRF1016" },
        { "pattern [ (]( repeated", "BRF1016" },
        { "pattern ![[]() repeated", "BRF1016" },
        { "hard link/emph case", "BRF2005" },
        { "nested brackets", "BRF1016" },
        { "nested block quotes", "BRF1011" },
        { "deeply nested lists", "BRF1011" },
        { "U+0000 in input", "BRF1001" },
        { "backticks", "BRF1016" },
        { "unclosed links A", "BRF1016" },
        { "unclosed links B", "BRF1016" },
        { "unclosed <!--", "BRF1016" },
        { "many references", "BRF1016" },

        // The same shapes at the limits, several paragraphs deep
        { "50,000 brackets", "BRF1016" },
        { "10,000-level bullet list", "BRF1011" },
        { "10,000-level ordered list", "BRF1011" },
        { "10,000 block quotes and lists", "BRF1011" },
        { "200-level emphasis", "BRF1011" },
        { "unclosed links in paragraphs at the limit", "BRF1016" },
        { "emphasis in paragraphs at the limit", "BRF1016" },
        { "wide tables at the limit", "BRF1016" },

        // This site's syntax
        { "100,000 entity link openers", "BRF1016" },
        { "100,000 entity links with a bar", "BRF1016" },
        { "100,000 citation openers", "BRF1016" },
        { "100,000 citation locators", "BRF1016" },
        { "50,000 nested entity links", "BRF1016" },

        // Slow in Markdig without limits
        { "100,000 equal headings", "BRF1016" },
        { "150,000 link definitions", "BRF1016" },
        { "100,000 small tables", "BRF1016" },
        { "a 100,000-row table", "BRF1016" },
        { "a 1,000,000-line paragraph", "BRF1016" },
        { "link definitions under a setext line", "BRF1016" },
        { "300,000 raw HTML blocks", "BRF2004" },
        { "plain prose", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Build_PathologicalMarkdown_BuildsOrFailsCleanlyInBoundedTime(string name, string? code)
    {
        var body = Body(name);
        Assert.True(body.Length <= 2_000_000, $"{name} is {body.Length} characters, more than a file may hold");
        var site = MiniSite.Basics + "-- input/briefings/p.md --\n---\ntitle: P\ndate: 2026-01-01\nsummary: S\n---\n" + body + "\n\nCited [@wire-2026].\n";
        var input = MiniSite.Parse(site);

        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => SiteBuilder.Build(input, new BuildOptions()));
        var finished = await Task.WhenAny(build, Task.Delay(Timeout));
        Assert.True(finished == build, $"{name} took longer than {Timeout.TotalSeconds} s");
        output.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms, {body.Length:N0} characters");

        var result = await build;
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.All(result.Diagnostics, d => Assert.Contains(DiagnosticCodes.All, c => c.Id == d.Code));
        Assert.All(errors, d => Assert.True(d.Location.Path.Length > 0 && d.Location.Line > 0, $"not located: {d}"));
        if (code is null)
        {
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        }
        else
        {
            Assert.Contains(errors, d => d.Code == code && d.Location.Path == "input/briefings/p.md");
        }
    }

    private static string Body(string name) => name switch
    {
        "nested strong emph" => Repeat("*a **a ", 65000) + "b" + Repeat(" a** a*", 65000),
        "many emph closers with no openers" => Repeat("a_ ", 65000),
        "many emph openers with no closers" => Repeat("_a ", 65000),
        "many link closers with no openers" => Repeat("a]", 65000),
        "many link openers with no closers" => Repeat("[a", 65000),
        "mismatched openers and closers" => Repeat("*a_ ", 50000),
        "openers and closers multiple of 3" => "a**b" + Repeat("c* ", 50000),
        "link openers and emph closers" => Repeat("[ a_", 50000),
        "pattern [ (]( repeated" => Repeat("[ (](", 80000),
        "pattern ![[]() repeated" => Repeat("![[]()", 160000),
        "hard link/emph case" => "**x [a*b**c*](d)",
        "nested brackets" => new string('[', 50000) + "a" + new string(']', 50000),
        "nested block quotes" => Repeat("> ", 50000) + "a",
        "deeply nested lists" => string.Concat(Enumerable.Range(0, 1000).Select(x => new string(' ', 2 * x) + "* a\n")),
        "U+0000 in input" => "abc\u0000de\u0000",
        "backticks" => string.Concat(Enumerable.Range(1, 1900).Select(x => "e" + new string('`', x))),
        "unclosed links A" => Repeat("[a](<b", 30000),
        "unclosed links B" => Repeat("[a](b", 30000),
        "unclosed <!--" => "</" + Repeat("<!--", 300000),
        "many references" => string.Concat(Enumerable.Range(1, 5000 * 16).Select(x => $"[{x}]: u\n")) + Repeat("[0] ", 20000),
        "50,000 brackets" => Repeat(new string('[', 5000) + "\n\n", 10),
        "10,000-level bullet list" => Repeat("- ", 10000) + "a",
        "10,000-level ordered list" => Repeat("1. ", 10000) + "a",
        "10,000 block quotes and lists" => Repeat("> - ", 10000) + "a",
        "200-level emphasis" => new string('*', 200) + "a" + new string('*', 200),
        "unclosed links in paragraphs at the limit" => Repeat(Repeat("[a](b", 2000) + "\n\n", 10),
        "emphasis in paragraphs at the limit" => Repeat(Repeat("*a_ ", 1100) + "\n\n", 10),
        "wide tables at the limit" => Repeat("|a|\n|-|\n" + Repeat("|x", 2200) + "\n\n", 10),
        "100,000 entity link openers" => Repeat("[[", 100000),
        "100,000 entity links with a bar" => Repeat("[[a|", 100000),
        "100,000 citation openers" => Repeat("[@", 100000),
        "100,000 citation locators" => Repeat("[@a, ", 100000),
        "50,000 nested entity links" => Repeat("[[", 50000) + "a" + Repeat("]]", 50000),
        "100,000 equal headings" => Repeat("## Same\n\n", 100000),
        "150,000 link definitions" => string.Concat(Enumerable.Range(1, 150000).Select(x => $"[{x}]: u\n\n")),
        "100,000 small tables" => Repeat("|a|b|\n|-|-|\n|c|d|\n\n", 100000),
        "a 100,000-row table" => "|a|\n|-|\n" + Repeat("|x|\n", 100000),
        "a 1,000,000-line paragraph" => Repeat("a\n", 1000000)[..1_900_000],
        "link definitions under a setext line" => string.Concat(Enumerable.Range(1, 100000).Select(x => $"[{x}]: u\n")) + "a\n===",
        "300,000 raw HTML blocks" => Repeat("<div>\n", 300000),
        "plain prose" => Repeat("The consortium said it would invest heavily in *robots* and `code` [@wire-2026].\n\n", 5000),
        _ => throw new ArgumentException(name),
    };
}
