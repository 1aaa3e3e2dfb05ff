using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Output;

/// <summary>
/// Where the output may go. The swap replaces the whole folder, so it must not be, hold or sit in the
/// input or theme, and an existing folder is replaced only if an earlier build wrote it (or it is empty):
/// a mistyped --output must never delete someone's files.
/// </summary>
internal static class OutputPlacement
{
    /// <summary>The output folder's full path, or null with the problem reported when the site may not be written there.</summary>
    /// <param name="protectedFolders">Folders the output must neither be, nor sit inside, nor contain (input, theme).</param>
    public static string? Check(string outputFolder, IEnumerable<string> protectedFolders, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, SourceLocation.None, "no output folder was given; name one such as 'output'");
            return null;
        }

        var output = FullPath(outputFolder);
        if (Problem(output, outputFolder, protectedFolders) is { } placement)
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, Location(outputFolder), placement);
            return null;
        }

        return output;
    }

    /// <summary>The folder's full path, without a separator at its end: the one spelling an output folder is known by.</summary>
    public static string FullPath(string outputFolder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));

    /// <summary>The output folder as diagnostics name it.</summary>
    public static SourceLocation Location(string outputFolder) => new(outputFolder.Replace('\\', '/'));

    /// <summary>Windows and macOS usually compare file names without regard to case.</summary>
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <param name="output">The output folder's full path.</param>
    /// <param name="shown">The output folder as the user wrote it.</param>
    public static string? Problem(string output, string shown, IEnumerable<string> protectedFolders)
    {
        if (Path.GetDirectoryName(output) is null)
        {
            return $"'{shown}' is the root of a drive; choose a folder such as 'output'";
        }

        if (File.Exists(output))
        {
            return $"'{shown}' is a file; the output must be a folder";
        }

        var folder = new DirectoryInfo(output);
        if (folder.Exists && folder.LinkTarget is not null)
        {
            return $"'{shown}' is a symbolic link; the output is replaced whole, so give the real folder";
        }

        var real = RealPath(output);
        foreach (var protectedFolder in protectedFolders)
        {
            var other = RealPath(Path.GetFullPath(protectedFolder));
            if (IsSameOrInside(real, other) || IsSameOrInside(other, real))
            {
                return $"output folder '{shown}' overlaps '{protectedFolder}'; replacing it would destroy input. Choose a separate folder such as 'output'";
            }
        }

        if (folder.Exists && !File.Exists(Path.Combine(output, SiteWriter.MarkerFile)) && folder.EnumerateFileSystemInfos().Any())
        {
            return $"'{shown}' already holds files that briefing did not write, and the output folder is replaced whole; choose a new or empty folder, or empty this one yourself";
        }

        return null;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, PathComparison)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>The path with every symbolic link along it resolved, so two spellings of one folder compare equal.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (depth < 32 && info.LinkTarget is not null && TryResolve(info) is { } target)
            {
                current = RealPath(target, depth + 1);
            }
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    private static string? TryResolve(DirectoryInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            // A link loop: compare the link's own path.
            return null;
        }
    }
}
