using System.Text;

namespace Briefing.Engine.Diagnostics;

/// <summary>
/// Diagnostics quote what writers typed and name files as they are called, and both reach a terminal or
/// a CI log. Control, bidirectional and invisible characters are shown as \uXXXX, so a message says
/// what is wrong and cannot restyle, reorder or hide the text around it.
/// </summary>
public static class DiagnosticText
{
    public static string Printable(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                builder.Append(FormattableString.Invariant($"\\u{(int)c:X4}"));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c)
        || c is '\u00AD' or '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
