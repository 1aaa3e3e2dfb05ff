using System.IO.Enumeration;
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
        // Kept between builds, bytes are read up front; otherwise a Markdown file is read when it is loaded, and its bytes
        // are let go once it is parsed, so a large site's text is never all in memory at once.
        var content = ReadFolder(inputFolder, root, diagnostics, cache, readMarkdownWhenLoaded: cache is null);
        var theme = ReadFolder(themeFolder, root, diagnostics, cache);
        return new SiteInput(string.IsNullOrWhiteSpace(inputFolder) ? inputFolder : Display(root, inputFolder), content, theme);
    }

    public static List<InputFile> ReadFolder(string folder, string root, DiagnosticBag diagnostics, InputCache? cache = null) =>
        ReadFolder(folder, root, diagnostics, cache, readMarkdownWhenLoaded: false);

    private static List<InputFile> ReadFolder(string folder, string root, DiagnosticBag diagnostics, InputCache? cache, bool readMarkdownWhenLoaded)
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

        // An entry's printed and relative paths are its folder's with its name added. Where the folder is printed
        // with '..' the entry may lie back inside the root, so its printed path is worked out in full.
        var found = new List<(Listed File, string Display, string Relative)>();
        var pending = new Stack<(string Path, string Display, string Relative)>();
        pending.Push((full, Display(root, full), ""));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in Entries(current.Path, root, diagnostics))
            {
                // Hidden files and folders (.git, .DS_Store) are not content.
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var name = entry.Name.Replace('\\', '/');
                var display = current.Display == "." ? name
                    : current.Display.StartsWith("..", StringComparison.Ordinal) ? Display(root, entry.Path)
                    : $"{current.Display}/{name}";
                var relative = current.Relative.Length == 0 ? name : $"{current.Relative}/{name}";
                if (entry.Link)
                {
                    // A link can leave the site or loop; content must be plain files inside the folder.
                    diagnostics.Report(DiagnosticCodes.Symlink, new SourceLocation(display), $"'{display}' is a symbolic link; replace it with the file it points to");
                    continue;
                }

                if (entry.Folder)
                {
                    pending.Push((entry.Path, display, relative));
                    continue;
                }

                found.Add((entry, display, relative));
            }
        }

        // Listing is cheap; reading thousands of small files one after another is not, so they are read in parallel.
        var contents = new InputFile?[found.Count];
        Parallel.For(0, found.Count, i =>
        {
            var (file, display, relative) = found[i];
            contents[i] = readMarkdownWhenLoaded && IsMarkdownOfTheSite(relative) && file.Length is > 0 and <= MaxFileBytes
                ? InputFile.Unread(relative, display, file.Path)
                : Content(file, display, LimitOf(relative), diagnostics, cache) is { } content ? new InputFile(relative, display, content) : null;
        });
        files.AddRange(contents.OfType<InputFile>());

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>An entry of a folder as the listing saw it, looked at once; a <see cref="FileInfo"/> asked the disk again for its link and its length.</summary>
    private readonly record struct Listed(string Name, string Path, bool Folder, bool Link, long Length);

    private static List<Listed> Entries(string folder, string root, DiagnosticBag diagnostics)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
            return new FileSystemEnumerable<Listed>(
                folder,
                (ref FileSystemEntry entry) => new Listed(
                    entry.FileName.ToString(),
                    entry.ToFullPath(),
                    entry.IsDirectory,
                    (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                    entry.IsDirectory ? 0 : entry.Length),
                options).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var display = Display(root, folder);
            diagnostics.Report(DiagnosticCodes.UnreadableInput, new SourceLocation(display), $"folder '{display}' cannot be read: {Reason(ex)}");
            return [];
        }
    }

    /// <summary>A briefing, a page or a translation of one: the files <see cref="MarkdownTextReader.ReadFile"/> reads.</summary>
    private static bool IsMarkdownOfTheSite(string relative) =>
        (relative.StartsWith(SiteLoader.BriefingsFolder, StringComparison.Ordinal) || relative.StartsWith(SiteLoader.PagesFolder, StringComparison.Ordinal))
        && relative.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>Images are larger than text: a file of <c>media/</c> has the image limit.</summary>
    private static int LimitOf(string relative) =>
        relative.StartsWith("media/", StringComparison.Ordinal) ? MediaLimits.MaxFileBytes : MaxFileBytes;

    private static byte[]? Content(Listed file, string display, int limit, DiagnosticBag diagnostics, InputCache? cache)
    {
        try
        {
            var length = file.Length;
            if (length > limit)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceLocation(display), $"'{display}' is {length} bytes; {(limit == MaxFileBytes ? "files are" : "images are")} limited to {limit} bytes");
                return null;
            }

            // An empty file has nothing to read, and named pipes and devices report no length: opening one could wait
            // forever for a writer. A file listed but not there when looked at (removed, or a name that is not valid
            // UTF-8 and so cannot be looked up) reports none either.
            if (length == 0)
            {
                return File.Exists(file.Path) ? [] : throw new FileNotFoundException(null, file.Path);
            }

            return cache?.Read(new FileInfo(file.Path)) ?? File.ReadAllBytes(file.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Unreadable(display, ex, diagnostics);
            return null;
        }
    }

    /// <summary>Reports a file that could not be read, whether with its folder or when it was loaded.</summary>
    internal static void Unreadable(string display, Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.UnreadableInput, new SourceLocation(display), $"'{display}' cannot be read: {Reason(ex)}");

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
