using Briefing.Engine.Markdown;
using System.Globalization;
using System.Text;

namespace Briefing.Engine.Rendering.Graphics;

/// <summary>
/// What the SVG generators share: invariant number formatting, escaped text, and a width estimate for
/// laying out labels without font files (the theme uses system fonts, so exact metrics are unknowable
/// at build time; the estimate errs wide so labels do not collide).
/// </summary>
internal static class SvgText
{
    /// <summary>A coordinate with at most one decimal, the same on every machine.</summary>
    public static string Num(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Estimated advance width of <paramref name="text"/> in a sans-serif face at <paramref name="size"/>.</summary>
    public static double Width(string text, double size)
    {
        var em = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            em += rune.Value switch
            {
                ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'i' or 'j' or 'l' or 'I' => 0.3,
                'f' or 't' or 'r' or '(' or ')' or '-' or '[' or ']' or '/' => 0.38,
                'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.88,
                >= 'A' and <= 'Z' => 0.68,
                >= '0' and <= '9' => 0.58,
                < 0x2E80 => 0.56,
                _ => 1.0,
            };
        }

        return em * size;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="width"/>;
    /// null when a single word is wider than a line.
    /// </summary>
    public static List<string>? Wrap(string text, double size, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Width(word, size) > width)
            {
                return null;
            }

            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, size) <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }

            lines.Add(line.ToString());
            line.Clear().Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>
    /// Wraps into at most <paramref name="maxLines"/> lines; what does not fit ends the last line with an
    /// ellipsis, and a word too wide for a line is cut.
    /// </summary>
    public static IReadOnlyList<string> Fit(string text, double size, double width, int maxLines)
    {
        var lines = Wrap(text, size, width);
        if (lines is null)
        {
            var cut = text;
            while (cut.Length > 1 && Width(cut + "…", size) > width)
            {
                cut = cut[..^1];
            }

            return [cut == text ? cut : cut.TrimEnd() + "…"];
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 1 && Width(last + "…", size) > width)
        {
            var space = last.LastIndexOf(' ');
            last = last[..(space > 0 ? space : last.Length - 1)];
        }

        kept[^1] = last.TrimEnd(' ', ',', ';', ':', '-') + "…";
        return kept;
    }

    /// <summary>A &lt;text&gt; of one or more lines, each a &lt;tspan&gt;; the text is HTML-escaped. Its look comes from the stylesheet.</summary>
    public static void Lines(StringBuilder svg, IReadOnlyList<string> lines, double x, double firstBaseline, double lineHeight)
    {
        svg.Append("<text>");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append("<tspan x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(firstBaseline + (i * lineHeight))).Append("\">")
                .Append(HtmlText.Encode(lines[i])).Append("</tspan>");
        }

        svg.Append("</text>");
    }
}
