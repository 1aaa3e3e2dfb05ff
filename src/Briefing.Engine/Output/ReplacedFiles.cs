using System.IO.Enumeration;
using Briefing.Engine.Loading;

namespace Briefing.Engine.Output;

/// <summary>
/// The files of a previous output that a staged build is about to replace. A new file whose bytes equal the old
/// file at its path is linked into the staging folder instead of written: making and filling a file, and after the
/// swap freeing the old one's blocks, were most of the time a build over its previous output took beyond a build
/// into a new folder. The old output is only read; it stays as it was until the swap.
/// </summary>
internal sealed class ReplacedFiles
{
    private readonly string _folder;

    // Listed beside the build, from the folder's entries alone: only a plain file is ever linked, never a
    // symbolic link, whose target could be outside the output or change after the build.
    private readonly Task<HashSet<string>> _files;

    private ReplacedFiles(string folder)
    {
        _folder = folder;
        _files = Task.Run(() => List(folder));
    }

    /// <summary>The files of <paramref name="output"/>, or null when there is none to replace or the system cannot link files.</summary>
    /// <param name="output">The output folder's full path, which <see cref="OutputPlacement"/> allowed.</param>
    public static ReplacedFiles? Of(string output) =>
        !OperatingSystem.IsWindows() && File.Exists(Path.Combine(output, SiteWriter.MarkerFile)) ? new ReplacedFiles(output) : null;

    /// <summary>Links the old file at <paramref name="path"/> to <paramref name="target"/> when its bytes are <paramref name="content"/>; false when they are not, or it could not be linked.</summary>
    public bool TryLink(string path, ReadOnlySpan<byte> content, string target)
    {
        if (!_files.Result.Contains(path))
        {
            return false;
        }

        var old = OutputPaths.Inside(_folder, path);
        return OutputFileReader.Holds(old, content) && HardLink.TryCreate(old, target);
    }

    /// <summary>Every plain file under <paramref name="folder"/>, by its path in the output ('/' between folders).</summary>
    private static HashSet<string> List(string folder)
    {
        var files = new FileSystemEnumerable<string>(
            folder,
            (ref FileSystemEntry entry) => Path.Join(entry.Directory.Length > folder.Length ? entry.Directory[(folder.Length + 1)..] : [], entry.FileName).Replace(Path.DirectorySeparatorChar, '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        try
        {
            return new HashSet<string>(files, StringComparer.Ordinal);
        }
        catch (Exception ex) when (StagedOutput.IsWriteFailure(ex))
        {
            return [];
        }
    }
}
