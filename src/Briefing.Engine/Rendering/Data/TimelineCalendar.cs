using System.Globalization;
using System.Text;

namespace Briefing.Engine.Rendering.Data;

/// <summary>
/// /timeline.ics: the timeline as an iCalendar file (RFC 5545) a calendar application can subscribe to. Each
/// event is an all-day event on the first day its date could mean, its description saying how precisely the
/// date is known, so that "Q1 2027" is not taken for 1 January.
/// </summary>
internal static class TimelineCalendar
{
    /// <summary>The longest a line may be, in octets, line break not counted (RFC 5545 section 3.1).</summary>
    public const int LineOctets = 75;

    public static byte[] Write(TimelineData data)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Briefing//" + Escape(data.Site) + "//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "NAME:" + Escape(data.CalendarName));
        Line(ics, "X-WR-CALNAME:" + Escape(data.CalendarName));

        // The site's date rather than the build's time, so that the same input gives the same file.
        var stamp = Date(data.Stamp) + "T000000Z";
        foreach (var ev in data.Events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{ev.Id}@{data.Host}");
            Line(ics, "DTSTAMP:" + stamp);
            Line(ics, "DTSTART;VALUE=DATE:" + Date(ev.Start));
            Line(ics, "DTEND;VALUE=DATE:" + Date(ev.Start.AddDays(1)));
            Line(ics, "SUMMARY:" + Escape(ev.Title));
            Line(ics, "DESCRIPTION:" + Escape(ev.CalendarText));
            Line(ics, "URL:" + ev.Url);
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A TEXT value as RFC 5545 section 3.3.11 writes it: backslash, semicolon and comma escaped, a line break as \n.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Appends a content line, folded so that no line is over <see cref="LineOctets"/> octets of UTF-8: each
    /// continuation starts with a space, which counts. A fold never falls inside a character's bytes.
    /// </summary>
    public static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var at = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > LineOctets)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(line, at, rune.Utf16SequenceLength);
            at += rune.Utf16SequenceLength;
            octets += size;
        }

        ics.Append("\r\n");
    }
}
