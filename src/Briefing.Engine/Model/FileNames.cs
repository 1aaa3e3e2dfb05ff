namespace Briefing.Engine.Model;

/// <summary>Which names make files and folders every OS the site may be built or served on accepts.</summary>
internal static class FileNames
{
    /// <summary>Windows reserves these for devices: no file or folder may be called that, whatever its extension.</summary>
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return DeviceNames.Contains(dot < 0 ? name : name[..dot]);
    }

    /// <summary>Why <paramref name="segment"/> cannot be one file or folder name, or null when it can.</summary>
    public static string? Problem(string segment)
    {
        if (segment.Length == 0 || segment is "." or "..")
        {
            return "an empty, '.' or '..' path segment";
        }

        if (segment.Any(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            return "a character that is not allowed in file names";
        }

        if (segment[^1] is '.' or ' ')
        {
            return "a name ending in '.' or a space, which Windows drops";
        }

        return IsDeviceName(segment) ? "a device name on Windows" : null;
    }
}
