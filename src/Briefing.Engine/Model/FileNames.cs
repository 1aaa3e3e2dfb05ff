using System.Buffers;

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

    /// <summary>Characters no file name may hold on some OS: control characters, separators and Windows' reserved ones.</summary>
    private static readonly SearchValues<char> NotInNames =
        SearchValues.Create([.. Enumerable.Range(0, 160).Select(c => (char)c).Where(char.IsControl), '/', '\\', ':', '*', '?', '"', '<', '>', '|']);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeviceNameSpans = DeviceNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsDeviceName(ReadOnlySpan<char> name)
    {
        var dot = name.IndexOf('.');
        return DeviceNameSpans.Contains(dot < 0 ? name : name[..dot]);
    }

    /// <summary>Why <paramref name="segment"/> cannot be one file or folder name, or null when it can.</summary>
    /// <remarks>Read as a span: every path of every build is checked a segment at a time.</remarks>
    public static string? Problem(ReadOnlySpan<char> segment)
    {
        if (segment.Length == 0 || segment is "." or "..")
        {
            return "an empty, '.' or '..' path segment";
        }

        if (segment.ContainsAny(NotInNames))
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
