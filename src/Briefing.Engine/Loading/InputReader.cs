using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Loading;

/// <summary>Reads the input and theme folders from disk: the only place input files are opened.</summary>
public static class InputReader
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <param name="root">Folder that diagnostic paths are printed relative to (usually the working directory).</param>
    /// <param name="cache">Files read before, reused while their size and modification time are unchanged.</param>
    public static SiteInput Read(string inputFolder, string themeFolder, string root, DiagnosticBag diagnostics, InputCache? cache = null)
    {
        var content = ReadFolder(inputFolder, root, diagnostics, cache);
        var theme = ReadFolder(themeFolder, root, diagnostics, cache);
        return new SiteInput(string.IsNullOrWhiteSpace(inputFolder) ? inputFolder : Display(root, inputFolder), content, theme);
    }

    public static List<InputFile> ReadFolder(string folder, string root, DiagnosticBag diagnostics, InputCache? cache = null)
    {
        var files = new List<InputFile>();
        if (string.IsNullOrWhiteSpace(folder))
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourceLocation.None, "no input or theme folder was given");
            return files;
        }

        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, new SourceLocation(Display(root, full)), $"folder '{Display(root, full)}' does not exist");
            return files;
        }

        var found = new List<(FileInfo File, string Display)>();
        var pending = new Stack<string>();
        pending.Push(full);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in Entries(current, root, diagnostics))
            {
                // Hidden files and folders (.git, .DS_Store) are not content.
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var display = Display(root, entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    // A link can leave the site or loop; content must be plain files inside the folder.
                    diagnostics.Report(DiagnosticCodes.Symlink, new SourceLocation(display), $"'{display}' is a symbolic link; replace it with the file it points to");
                    continue;
                }

                if (entry is DirectoryInfo directory)
                {
                    pending.Push(directory.FullName);
                    continue;
                }

                found.Add(((FileInfo)entry, display));
            }
        }

        // Listing is cheap; reading thousands of small files one after another is not, so they are read in parallel.
        var contents = new byte[]?[found.Count];
        Parallel.For(0, found.Count, i => contents[i] = Content(found[i].File, found[i].Display, LimitOf(full, found[i].File), diagnostics, cache));
        for (var i = 0; i < found.Count; i++)
        {
            if (contents[i] is { } content)
            {
                var relative = Path.GetRelativePath(full, found[i].File.FullName).Replace('\\', '/');
                files.Add(new InputFile(relative, found[i].Display, content));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static List<FileSystemInfo> Entries(string folder, string root, DiagnosticBag diagnostics)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var display = Display(root, folder);
            diagnostics.Report(DiagnosticCodes.UnreadableInput, new SourceLocation(display), $"folder '{display}' cannot be read: {Reason(ex)}");
            return [];
        }
    }

    /// <summary>Images are larger than text: a file of <c>media/</c> has the image limit.</summary>
    private static int LimitOf(string folder, FileInfo file) =>
        Path.GetRelativePath(folder, file.FullName).Replace('\\', '/').StartsWith("media/", StringComparison.Ordinal) ? MediaLimits.MaxFileBytes : MaxFileBytes;

    private static byte[]? Content(FileInfo file, string display, int limit, DiagnosticBag diagnostics, InputCache? cache)
    {
        try
        {
            var length = file.Length;
            if (length > limit)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceLocation(display), $"'{display}' is {length} bytes; {(limit == MaxFileBytes ? "files are" : "images are")} limited to {limit} bytes");
                return null;
            }

            // An empty file has nothing to read, and named pipes and devices report no length:
            // opening one could wait forever for a writer.
            return length == 0 ? [] : cache?.Read(file) ?? File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.UnreadableInput, new SourceLocation(display), $"'{display}' cannot be read: {Reason(ex)}");
            return null;
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        // Listed a moment ago: either it has just been removed, or its name is not valid UTF-8 and cannot be opened by it.
        FileNotFoundException or DirectoryNotFoundException => "it vanished while being read, or its name is not valid UTF-8",
        _ => ex.Message,
    };

    private static string Display(string root, string path) =>
        Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Replace('\\', '/');
}
