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
                _ when IsWide(rune) => 1.0,
                _ => 0.56,
            };
        }

        return em * size;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: at spaces, and between
    /// Chinese or Japanese characters, which have none (never before a closing mark such as 、 or 」, nor after
    /// an opening one); null when a single word is wider than a line.
    /// </summary>
    public static List<string>? Wrap(string text, double size, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var (word, spaced) in Pieces(text))
        {
            if (Width(word, size) > width)
            {
                return null;
            }

            var candidate = line.Length == 0 ? word : line + (spaced ? " " : string.Empty) + word;
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

    /// <summary>Whether a character is drawn about 1em wide: Chinese, Japanese and Korean script and full-width forms.</summary>
    public static bool IsWide(Rune rune) => rune.Value >= 0x2E80 && !(rune.Value is >= 0xFF61 and <= 0xFFDC);

    /// <summary>
    /// The pieces a line may break between, each with whether a space came before it: a word of spaced text,
    /// or one wide character with the marks that may not start or end a line kept beside it (Japanese kinsoku).
    /// </summary>
    private static IEnumerable<(string Piece, bool Spaced)> Pieces(string text)
    {
        var piece = new StringBuilder();
        var spaced = false;
        var lastWide = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                if (piece.Length > 0)
                {
                    yield return (piece.ToString(), spaced);
                    piece.Clear();
                }

                spaced = true;
                continue;
            }

            var wide = IsWide(rune);
            var opensAfter = piece.Length > 0 && Opening.Contains(piece[^1]);
            var mayBreak = piece.Length > 0 && !opensAfter && !NoLineStart(rune) && (wide || lastWide);
            if (mayBreak)
            {
                yield return (piece.ToString(), spaced);
                piece.Clear();
                spaced = false;
            }

            piece.Append(rune.ToString());
            lastWide = wide;
        }

        if (piece.Length > 0)
        {
            yield return (piece.ToString(), spaced);
        }
    }

    /// <summary>Marks after which a line may not end.</summary>
    private const string Opening = "「『（［【〔〈《｛〘〖“‘(";

    /// <summary>Marks and small kana a line may not start with.</summary>
    private static bool NoLineStart(Rune rune) =>
        rune.Value < 0x10000 && "、。，．・：；？！ー～）」』］】〕〉》｝〙〗ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ…‥”’),.:;!?".Contains((char)rune.Value, StringComparison.Ordinal);

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
