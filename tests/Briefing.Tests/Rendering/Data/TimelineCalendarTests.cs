using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine.Rendering.Data;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering.Data;

/// <summary>/timeline.ics as RFC 5545 writes it: folded CRLF lines, escaped text, all-day events on a partial date's first day, stable UIDs and stamps.</summary>
public sealed partial class TimelineCalendarTests
{
    private const string LongTitle = "ソフトバンクが主導する国産AI基盤モデルの開発計画、経済産業省とNEDOの支援で本格始動へ; a comma, a semicolon and a \\ backslash";

    private static readonly string Input = MiniSite.Basics + $$"""
        -- input/briefings/one.md --
        ---
        title: One
        date: 2026-03-05
        updated: 2026-04-01
        summary: The one briefing.
        ---
        Text [@wire-2026].
        -- input/timeline.yml --
        - date: 2026-05-28
          title: A day
          sources: [wire-2026]
        - date: 2026-05
          title: A month
          sources: [wire-2026]
        - date: 2027-Q2
          title: A quarter
          status: expected
          sources: [wire-2026]
          body: |-
            First line [@wire-2026].

            Second line, with a comma [@wire-2026].
        - date: "2030"
          title: A year
          status: planned
          sources: [wire-2026]
        - date: 2026-06-01
          title: "{{LongTitle.Replace("\\", "\\\\", StringComparison.Ordinal)}}"
          sources: [wire-2026]
        """;

    private static readonly Lazy<Briefing.Engine.BuildResult> Site = new(() => MiniSite.Build(Input));

    private static string Calendar => Site.Value.Page("timeline.ics");

    /// <summary>The content lines, each continuation joined back to its line (RFC 5545 section 3.1).</summary>
    private static List<string> Unfolded(string ics) =>
        ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").SkipLast(1).ToList();

    private static List<List<string>> Events(string ics)
    {
        var events = new List<List<string>>();
        foreach (var line in Unfolded(ics))
        {
            if (line == "BEGIN:VEVENT")
            {
                events.Add([]);
            }
            else if (events.Count > 0 && line != "END:VEVENT")
            {
                events[^1].Add(line);
            }
        }

        return events;
    }

    private static string Value(List<string> ev, string name) =>
        ev.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal)).Split(':', 2)[1];

    private static string Unescape(string text) => EscapedChar().Replace(text, m => m.Value[1] is 'n' or 'N' ? "\n" : m.Value[1].ToString());

    [Fact]
    public void Calendar_Opens_WithVersionProductAndScale()
    {
        var lines = Unfolded(Calendar);

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Briefing//Test Desk//EN", "CALSCALE:GREGORIAN"], lines.Take(4));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Equal(5, Events(Calendar).Count);
    }

    [Theory]
    [InlineData("fixture")]
    [InlineData("mini")]
    [InlineData("real")]
    public void Calendar_EveryLine_EndsInCrlfAndIsAtMost75Octets(string site)
    {
        var bytes = site switch
        {
            "fixture" => BuiltSites.Fixture.Site!.Files["timeline.ics"],
            "real" => BuiltSites.Real.Site!.Files["timeline.ics"],
            _ => Encoding.UTF8.GetBytes(Calendar),
        };
        var text = new UTF8Encoding(false, true).GetString(bytes);

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n|\r[^\n]", text);
        var lines = text.Split("\r\n").SkipLast(1).ToList();
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
    }

    [Fact]
    public void Calendar_Unfolded_GivesBackTheTitleEscaped()
    {
        var ev = Events(Calendar).Single(e => Value(e, "SUMMARY").StartsWith("ソフトバンク", StringComparison.Ordinal));

        Assert.Contains(@"\; a comma\, a semicolon and a \\ backslash", Value(ev, "SUMMARY"), StringComparison.Ordinal);
        Assert.Equal(LongTitle, Unescape(Value(ev, "SUMMARY")));
    }

    [Theory]
    [InlineData("A day", "20260528", "20260529", "Date known to the day: 28 May 2026")]
    [InlineData("A month", "20260501", "20260502", "Date known to the month: May 2026")]
    [InlineData("A quarter", "20270401", "20270402", "Date known to the quarter: Q2 2027")]
    [InlineData("A year", "20300101", "20300102", "Date known to the year: 2030")]
    public void Calendar_PartialDate_IsAnAllDayEventOnItsFirstDayWithThePrecisionStated(string title, string start, string end, string precision)
    {
        var ev = Events(Calendar).Single(e => Value(e, "SUMMARY") == title);

        Assert.Contains("DTSTART;VALUE=DATE:" + start, ev);
        Assert.Contains("DTEND;VALUE=DATE:" + end, ev);
        Assert.StartsWith(precision, Unescape(Value(ev, "DESCRIPTION")), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Description_HoldsTheBodyAsPlainTextAndTheSource()
    {
        var ev = Events(Calendar).Single(e => Value(e, "SUMMARY") == "A quarter");

        Assert.Equal(
            "Date known to the quarter: Q2 2027\n\nFirst line.\nSecond line, with a comma.\n\nWire, “A wire report” (2 January 2026) https://wire.test/report",
            Unescape(Value(ev, "DESCRIPTION")));
    }

    [Fact]
    public void Calendar_Uids_AreUniqueAndMadeFromTheAnchorAndHost()
    {
        var events = Events(Calendar);
        var uids = events.Select(e => Value(e, "UID")).ToList();

        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.All(events, e => Assert.Equal(
            "https://example.test/timeline/#" + Value(e, "UID").Replace("@example.test", string.Empty, StringComparison.Ordinal),
            Value(e, "URL")));
        Assert.Contains("event-2027-q2-a-quarter@example.test", uids);
    }

    [Fact]
    public void Calendar_Stamp_IsTheLatestBriefingUpdateNotTheBuildTime()
    {
        Assert.All(Events(Calendar), e => Assert.Equal("20260401T000000Z", Value(e, "DTSTAMP")));
        Assert.Equal(Calendar, MiniSite.Build(Input).Page("timeline.ics"));
    }

    [Fact]
    public void Line_FoldFallingInsideACharacter_MovesBeforeIt()
    {
        var ics = new StringBuilder();
        TimelineCalendar.Line(ics, "SUMMARY:" + new string('あ', 60) + "😀");

        var lines = ics.ToString().Split("\r\n").SkipLast(1).ToList();
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.Equal(new[] { 8 + (22 * 3), 1 + (24 * 3), 1 + (14 * 3) + 4 }, lines.Select(Encoding.UTF8.GetByteCount));
        Assert.Equal("SUMMARY:" + new string('あ', 60) + "😀", string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Theory]
    [InlineData("a,b;c\\d", @"a\,b\;c\\d")]
    [InlineData("one\r\ntwo\nthree", @"one\ntwo\nthree")]
    [InlineData("plain: text", "plain: text")]
    public void Escape_TextValue_AsRfc5545Says(string text, string escaped) =>
        Assert.Equal(escaped, TimelineCalendar.Escape(text));

    [GeneratedRegex(@"\\[\\;,nN]")]
    private static partial Regex EscapedChar();
}
