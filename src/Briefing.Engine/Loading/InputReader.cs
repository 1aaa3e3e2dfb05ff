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
        return new SiteInput(Display(root, inputFolder), content, theme);
    }

    public static List<InputFile> ReadFolder(string folder, string root, DiagnosticBag diagnostics, InputCache? cache = null)
    {
        var files = new List<InputFile>();
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, new SourceLocation(Display(root, full)), $"folder '{Display(root, full)}' does not exist");
            return files;
        }

        var pending = new Stack<string>();
        pending.Push(full);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
            {
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

                var file = (FileInfo)entry;
                if (file.Name.StartsWith('.'))
                {
                    continue;
                }

                if (file.Length > MaxFileBytes)
                {
                    diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceLocation(display), $"'{display}' is {file.Length} bytes; files are limited to {MaxFileBytes} bytes");
                    continue;
                }

                byte[] bytes;
                try
                {
                    bytes = cache?.Read(file) ?? File.ReadAllBytes(file.FullName);
                }
                catch (FileNotFoundException)
                {
                    // Deleted between listing and reading (an editor replacing the file): as if listed a moment later.
                    continue;
                }

                var relative = Path.GetRelativePath(full, file.FullName).Replace('\\', '/');
                files.Add(new InputFile(relative, display, bytes));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static string Display(string root, string path) =>
        Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Replace('\\', '/');
}
