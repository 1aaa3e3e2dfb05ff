using System.IO.Enumeration;

namespace Briefing.Engine.Output;

/// <summary>
/// The files the last build left in an output folder, as the build cache recorded them, found there exactly so:
/// the only output a build may update in place rather than write whole.
/// </summary>
internal sealed class PreviousOutput
{
    private PreviousOutput(string folder, IReadOnlyDictionary<string, WrittenFile> files)
    {
        Folder = folder;
        Files = files;
    }

    /// <summary>The output folder's full path.</summary>
    public string Folder { get; }

    /// <summary>Every file of the folder, as the last build left it.</summary>
    public IReadOnlyDictionary<string, WrittenFile> Files { get; }

    /// <summary>
    /// The previous output, or null unless <paramref name="outputFolder"/> holds exactly the recorded files, each with
    /// its recorded length and last-write time. A file edited, added or removed by anything but a build, or a link,
    /// makes the record useless for this folder. Only reads the folder, so it may run before the output's placement is
    /// checked, while the site loads.
    /// </summary>
    /// <param name="recorded">Every file the last build left, as it left it.</param>
    public static PreviousOutput? Find(string outputFolder, IReadOnlyDictionary<string, WrittenFile> recorded)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            return null;
        }

        try
        {
            var output = OutputPlacement.FullPath(outputFolder);
            return Matches(output, recorded) ? new PreviousOutput(output, recorded) : null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static bool Matches(string output, IReadOnlyDictionary<string, WrittenFile> previous)
    {
        if (!File.Exists(Path.Combine(output, SiteWriter.MarkerFile)))
        {
            return false;
        }

        try
        {
            var found = 0;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
            var entries = new FileSystemEnumerable<(string Path, bool Folder, bool Link, long Length, long Modified)>(
                output,
                (ref FileSystemEntry entry) => (
                    entry.IsDirectory ? string.Empty : RelativePath(ref entry, output),
                    entry.IsDirectory,
                    (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                    entry.IsDirectory ? 0 : entry.Length,
                    entry.IsDirectory ? 0 : entry.LastWriteTimeUtc.UtcTicks),
                options);
            foreach (var (path, folder, link, length, modified) in entries)
            {
                if (link)
                {
                    return false;
                }

                if (folder || path == SiteWriter.MarkerFile)
                {
                    continue;
                }

                if (!previous.TryGetValue(path, out var recorded) || recorded.Length != length || recorded.Modified != modified)
                {
                    return false;
                }

                found++;
            }

            return found == previous.Count;
        }
        catch (Exception ex) when (StagedOutput.IsWriteFailure(ex))
        {
            return false;
        }
    }

    /// <summary>A file's path inside <paramref name="output"/> as the record spells it, made as one string: a site has tens of thousands.</summary>
    private static string RelativePath(ref FileSystemEntry entry, string output)
    {
        var folder = entry.Directory.Length > output.Length ? entry.Directory[(output.Length + 1)..] : [];
        var path = folder.IsEmpty ? entry.FileName.ToString() : string.Concat(folder, "/", entry.FileName);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }
}
