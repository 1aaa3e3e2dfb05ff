using System.Text;

namespace Briefing.Engine.Loading;

/// <summary>The one rule for ids and slugs: they become URL path segments and file names on every OS.</summary>
public static class Ids
{
    public const string Rule = "use lowercase letters a-z, digits and single hyphens, starting with a letter or digit (e.g. 'softbank-corp')";

    public static bool IsValid(string id)
    {
        if (id.Length is 0 or > 80 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in id)
        {
            var hyphen = c == '-';
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' || hyphen) || (hyphen && previousHyphen))
            {
                return false;
            }

            previousHyphen = hyphen;
        }

        return true;
    }

    /// <summary>Shows invisible and control characters as \uXXXX so a diagnostic says what is wrong.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
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
}
