using System.Runtime.ExceptionServices;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Output;

/// <summary>
/// Stage 4, the only code that writes to disk: the whole site goes to a temporary sibling folder that
/// is then swapped in, so readers and the next deploy see the old site or the new one, never half of each.
/// </summary>
public sealed class SiteWriter
{
    private readonly Action<string>? _beforeEachFile;

    public SiteWriter()
    {
    }

    /// <param name="beforeEachFile">Called with each path about to be written; tests throw from it to prove a failed write leaves the old output intact.</param>
    internal SiteWriter(Action<string> beforeEachFile)
    {
        _beforeEachFile = beforeEachFile;
    }

    /// <param name="protectedFolders">Folders the output must neither be, nor sit inside, nor contain (input, theme).</param>
    public bool Write(RenderedSite site, string outputFolder, IEnumerable<string> protectedFolders, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var location = new SourceLocation(outputFolder.Replace('\\', '/'));
        foreach (var folder in protectedFolders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))))
        {
            if (IsSameOrInside(output, folder) || IsSameOrInside(folder, output))
            {
                diagnostics.Report(DiagnosticCodes.OutputPlacement, location, $"output folder '{outputFolder}' overlaps '{folder}'; replacing it would destroy input. Choose a separate folder such as 'output'");
                return false;
            }
        }

        if (File.Exists(output))
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, location, $"'{outputFolder}' is a file; the output must be a folder");
            return false;
        }

        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var id = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, $".{name}.tmp-{id}");
        var retired = Path.Combine(parent, $".{name}.old-{id}");
        try
        {
            Directory.CreateDirectory(staging);
            WriteFiles(site, staging);
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
                try
                {
                    Directory.Move(staging, output);
                }
                catch
                {
                    Directory.Move(retired, output);
                    throw;
                }

                Directory.Delete(retired, recursive: true);
            }
            else
            {
                Directory.Move(staging, output);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, location, $"could not write the site ({ex.Message}); the previous output is unchanged");
            TryDelete(staging);
            return false;
        }
    }

    private void WriteFiles(RenderedSite site, string staging)
    {
        var root = staging + Path.DirectorySeparatorChar;
        var files = new (string Relative, string Path, byte[] Content)[site.Files.Count];
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (relative, content) in site.Files)
        {
            var path = Path.GetFullPath(Path.Combine(staging, relative));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"'{relative}' would be written outside the output folder");
            }

            files[i++] = (relative, path, content);
            folders.Add(Path.GetDirectoryName(path)!);
        }

        // Each folder once, parents first (a parent sorts before its children), instead of once per file.
        var ordered = folders.ToArray();
        Array.Sort(ordered, StringComparer.Ordinal);
        foreach (var folder in ordered)
        {
            Directory.CreateDirectory(folder);
        }

        // Creating and writing files is mostly kernel work on small files, which runs on every core at once.
        try
        {
            Parallel.For(0, files.Length, n =>
            {
                var (relative, path, content) = files[n];
                _beforeEachFile?.Invoke(relative);
                using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
                RandomAccess.Write(handle, content, 0);
            });
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal)
        || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leaving a hidden temporary folder is better than hiding the original failure.
        }
    }
}
