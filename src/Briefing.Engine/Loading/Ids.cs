using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>The one rule for ids and slugs: they become URL path segments and file names on every OS.</summary>
public static class Ids
{
    public const string Rule = "use lowercase letters a-z, digits and single hyphens, starting with a letter or digit (e.g. 'softbank-corp')";

    public static bool IsValid(string id) => Problem(id) is null;

    /// <summary>Why <paramref name="id"/> cannot be an id, as advice for a diagnostic; null when it can.</summary>
    public static string? Problem(string id)
    {
        if (!HasAllowedCharacters(id))
        {
            return Rule;
        }

        return FileNames.IsDeviceName(id)
            ? $"'{id}' is a device name on Windows, where no file or folder can be called that; choose another"
            : null;
    }

    private static bool HasAllowedCharacters(string id)
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
}
