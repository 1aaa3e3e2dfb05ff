using System.Runtime.ExceptionServices;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Output;

/// <summary>
/// Stage 4, the only code that writes to disk: the whole site goes to a temporary sibling folder that
/// is then swapped in, so readers and the next deploy see the old site or the new one, never half of each.
/// A failure at any point leaves the previous output as it was and no temporary folder behind.
/// </summary>
public sealed class SiteWriter
{
    /// <summary>Written into every output folder, so a later build knows the folder is its own to replace.</summary>
    public const string MarkerFile = ".briefing-output";

    private const string MarkerText = "This folder is written by briefing and replaced whole by every build; do not keep other files here.\n";

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
    /// <param name="progress">Told after each file is written.</param>
    public bool Write(RenderedSite site, string outputFolder, IEnumerable<string> protectedFolders, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, SourceLocation.None, "no output folder was given; name one such as 'output'");
            return false;
        }

        var location = new SourceLocation(outputFolder.Replace('\\', '/'));
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (OutputPlacement.Problem(output, outputFolder, protectedFolders) is { } placement)
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, location, placement);
            return false;
        }

        if (OutputPaths.Problem(site.Files.Keys) is { } path)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, location, $"{path}; nothing was written and the previous output is unchanged");
            return false;
        }

        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        RemoveLeftovers(parent, name);
        var id = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, $".{name}.tmp-{id}");
        var retired = Path.Combine(parent, $".{name}.old-{id}");
        try
        {
            Directory.CreateDirectory(staging);
            WriteFiles(site, staging, new ProgressCounter(progress, BuildProgress.Write, site.Files.Count));
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            TryDelete(staging);
            diagnostics.Report(DiagnosticCodes.WriteFailed, location, $"could not write the site ({ex.Message}); the previous output is unchanged");
            return false;
        }

        if (Swap(staging, output, retired) is { } failure)
        {
            TryDelete(staging);
            diagnostics.Report(DiagnosticCodes.WriteFailed, location, failure);
            return false;
        }

        // The new site is in place; an old copy that cannot be removed now goes with the next build.
        TryDelete(retired);
        return true;
    }

    /// <summary>Moves the staged site into place; null on success, else what went wrong and where the previous output is.</summary>
    private static string? Swap(string staging, string output, string retired)
    {
        if (!Directory.Exists(output))
        {
            try
            {
                Directory.Move(staging, output);
                return null;
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                return $"could not move the new site into place ({ex.Message}); there was no previous output";
            }
        }

        try
        {
            Directory.Move(output, retired);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            return $"could not move the previous output aside ({ex.Message}); it is unchanged";
        }

        try
        {
            Directory.Move(staging, output);
            return null;
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            try
            {
                Directory.Move(retired, output);
                return $"could not move the new site into place ({ex.Message}); the previous output is unchanged";
            }
            catch (Exception restore) when (IsWriteFailure(restore))
            {
                return $"could not move the new site into place ({ex.Message}) nor the previous output back ({restore.Message}); the previous output is in '{retired}'";
            }
        }
    }

    private void WriteFiles(RenderedSite site, string staging, ProgressCounter written)
    {
        var files = new (string Relative, string Path, byte[] Content)[site.Files.Count];
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (relative, content) in site.Files)
        {
            var path = OutputPaths.Inside(staging, relative);
            files[i++] = (relative, path, content);
            folders.Add(Path.GetDirectoryName(path)!);
        }

        // Creating folders and writing small files is mostly kernel work, which runs on every core at once.
        // Each folder is made once, not once per file, a level at a time so that parents come before children.
        try
        {
            foreach (var level in folders.GroupBy(f => f.Count(c => c == Path.DirectorySeparatorChar)).OrderBy(g => g.Key))
            {
                Parallel.ForEach(level, folder => Directory.CreateDirectory(folder));
            }

            Parallel.For(0, files.Length, n =>
            {
                var (relative, path, content) = files[n];
                _beforeEachFile?.Invoke(relative);
                // The staging folder is new, so each file is created, never truncated or sought: one open and one write.
                using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
                {
                    RandomAccess.Write(handle, content, 0);
                }

                written.Step();
            });
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);
    }

    /// <summary>Staging and retired folders an interrupted build (power cut, killed process) left next to the output.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var folder = new DirectoryInfo(parent);
        if (!folder.Exists)
        {
            return;
        }

        foreach (var leftover in folder.EnumerateDirectories($".{name}.*-*", SearchOption.TopDirectoryOnly))
        {
            if (leftover.LinkTarget is null && IsLeftoverName(leftover.Name, name))
            {
                TryDelete(leftover.FullName);
            }
        }
    }

    private static bool IsLeftoverName(string candidate, string name)
    {
        foreach (var kind in new[] { ".tmp-", ".old-" })
        {
            var prefix = "." + name + kind;
            if (candidate.Length == prefix.Length + 12 && candidate.StartsWith(prefix, StringComparison.Ordinal) && candidate[prefix.Length..].All(char.IsAsciiHexDigitLower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWriteFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or NotSupportedException;

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            // Leaving a hidden temporary folder is better than hiding the original failure; the next build removes it.
        }
    }
}
