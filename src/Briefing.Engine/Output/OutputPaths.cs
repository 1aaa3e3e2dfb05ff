using Briefing.Engine.Model;

namespace Briefing.Engine.Output;

/// <summary>The paths a rendered site asks to write, checked before anything is written.</summary>
internal static class OutputPaths
{
    /// <summary>Why the set of paths cannot be written, or null when every path is a plain relative file path and no two collide.</summary>
    public static string? Problem(IEnumerable<string> paths)
    {
        // Case-insensitive file systems (Windows, macOS) would write two such paths to one file.
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // Most files share their folders with others: a folder's name is made once, when it is first met.
        var folderNames = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var path in paths)
        {
            if (Problem(path) is { } problem)
            {
                return problem;
            }

            if (!files.TryAdd(path, path))
            {
                return $"'{path}' and '{files[path]}' differ only in case and would overwrite each other";
            }

            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                folderNames.Add(path.AsSpan(0, slash));
            }
        }

        var clash = files.Keys.FirstOrDefault(folders.Contains);
        return clash is null ? null : $"'{clash}' would be both a file and a folder";
    }

    /// <summary>Why this one path cannot be written, or null when it is a plain relative file path.</summary>
    public static string? Problem(string path)
    {
        foreach (var segment in path.AsSpan().Split('/'))
        {
            if (FileNames.Problem(path.AsSpan(segment)) is { } problem)
            {
                return $"'{path}' is not a plain path inside the output folder: it has {problem}";
            }
        }

        return string.Equals(path, SiteWriter.MarkerFile, StringComparison.OrdinalIgnoreCase)
            ? $"'{path}' is the name of the file that marks an output folder"
            : null;
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>, proven to stay inside it.</summary>
    public static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"'{relative}' resolves outside '{root}' although its segments were checked");
    }
}
