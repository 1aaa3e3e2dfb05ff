using System.Text;

namespace Briefing.Engine.Resolution;

/// <summary>
/// Shrinks a stylesheet without changing what it means: drops comments, collapses runs of whitespace to
/// one space and removes the space around <c>{ } ; , &gt;</c> and after <c>:</c> (never before it, where a
/// space means a descendant, as in <c>.x :focus</c>), and the zero before a number's decimal point
/// (<c>0.5rem</c> is <c>.5rem</c>) where no name or number comes before it. Quoted strings are copied as they are.
/// Pages carry a weight budget that counts the stylesheet, so the theme's CSS stays readable in the
/// repository and small on the wire.
/// </summary>
internal static class CssMinifier
{
    private const string Tight = "{};,>";

    /// <summary>What may stand before a number: after anything else a "0." is part of a name or a longer number.</summary>
    private const string BeforeNumber = " :,(/+-*";

    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                pendingSpace = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && output.Length > 0 && output[^1] != ':' && !Tight.Contains(output[^1], StringComparison.Ordinal) && !Tight.Contains(c, StringComparison.Ordinal))
            {
                output.Append(' ');
            }

            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var end = i + 1;
                while (end < css.Length && css[end] != c)
                {
                    end += css[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end, css.Length - 1);
                output.Append(css, i, end - i + 1);
                i = end;
                continue;
            }

            if (c == '0' && i + 2 < css.Length && css[i + 1] == '.' && char.IsAsciiDigit(css[i + 2]) && (output.Length == 0 || BeforeNumber.Contains(output[^1], StringComparison.Ordinal)))
            {
                continue;
            }

            if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output.Length--;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
