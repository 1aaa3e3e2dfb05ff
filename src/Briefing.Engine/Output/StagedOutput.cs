using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Output;

/// <summary>
/// A site being written into a new hidden folder beside the output, file by file as each is made, from
/// any number of threads. <see cref="Commit"/> swaps it in whole; disposing it uncommitted deletes it, so
/// the output is the previous site or the new one, never half of each.
/// </summary>
internal sealed class StagedOutput : IRenderedFiles, IDisposable
{
    private const string MarkerText = "This folder is written by briefing and replaced whole by every build; do not keep other files here.\n";

    private readonly string _staging;
    private readonly string _output;
    private readonly string _retired;
    private readonly SourceLocation _location;
    private readonly Action<string>? _beforeEachFile;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private string? _failure;
    private bool _committed;

    /// <param name="output">The output folder's full path, already checked by <see cref="OutputPlacement"/>.</param>
    private StagedOutput(string output, SourceLocation location, Action<string>? beforeEachFile)
    {
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var id = Guid.NewGuid().ToString("N")[..12];
        _output = output;
        _staging = Path.Combine(parent, $".{name}.tmp-{id}");
        _retired = Path.Combine(parent, $".{name}.old-{id}");
        _location = location;
        _beforeEachFile = beforeEachFile;
    }

    /// <summary>Starts writing a site for <paramref name="outputFolder"/>; null, with the problem reported, when the folder may not be written.</summary>
    /// <param name="protectedFolders">Folders the output must neither be, nor sit inside, nor contain (input, theme).</param>
    public static StagedOutput? Open(string outputFolder, IEnumerable<string> protectedFolders, DiagnosticBag diagnostics, Action<string>? beforeEachFile = null)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, SourceLocation.None, "no output folder was given; name one such as 'output'");
            return null;
        }

        var location = new SourceLocation(outputFolder.Replace('\\', '/'));
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (OutputPlacement.Problem(output, outputFolder, protectedFolders) is { } placement)
        {
            diagnostics.Report(DiagnosticCodes.OutputPlacement, location, placement);
            return null;
        }

        var staged = new StagedOutput(output, location, beforeEachFile);
        RemoveLeftovers(Path.GetDirectoryName(output) ?? output, Path.GetFileName(output));
        try
        {
            Directory.CreateDirectory(staged._staging);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            staged._failure = ex.Message;
        }

        return staged;
    }

    public void Add(string path, byte[] content) => Write(path, content);

    /// <summary>Writes the lent bytes before the call returns, so a page is written without a copy of its own.</summary>
    public void AddLent(string path, ReadOnlySpan<byte> content) => Write(path, content);

    /// <summary>Writes one file into the staging folder. A failure is kept for <see cref="Commit"/> to report, and no later file is written.</summary>
    private void Write(string path, ReadOnlySpan<byte> content)
    {
        _paths.Enqueue(path);
        if (Volatile.Read(ref _failure) is not null || OutputPaths.Problem(path) is not null)
        {
            // A path that is not plain is never written; Commit reports it with the other path problems.
            return;
        }

        try
        {
            _beforeEachFile?.Invoke(path);
            var full = OutputPaths.Inside(_staging, path);
            var folder = Path.GetDirectoryName(full)!;
            if (!_folders.ContainsKey(folder))
            {
                // Marked only once made, so no thread writes into a folder another is still creating.
                Directory.CreateDirectory(folder);
                _folders.TryAdd(folder, 0);
            }

            // The staging folder is new, so each file is created, never truncated or sought: one open and one write.
            using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, content, 0);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            Interlocked.CompareExchange(ref _failure, ex.Message, null);
        }
    }

    /// <summary>Swaps the staged site in for the output; false, with the problem reported, if anything was not written.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        if (OutputPaths.Problem(_paths.Order(StringComparer.Ordinal)) is { } path)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, $"{path}; nothing was written and the previous output is unchanged");
            return false;
        }

        if (_failure is null)
        {
            try
            {
                File.WriteAllText(Path.Combine(_staging, SiteWriter.MarkerFile), MarkerText);
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                _failure = ex.Message;
            }
        }

        if (_failure is not null)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, $"could not write the site ({_failure}); the previous output is unchanged");
            return false;
        }

        if (Swap() is { } failure)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, failure);
            return false;
        }

        _committed = true;

        // The new site is in place; an old copy that cannot be removed now goes with the next build.
        TryDelete(_retired);
        return true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(_staging);
        }
    }

    /// <summary>Moves the staged site into place; null on success, else what went wrong and where the previous output is.</summary>
    private string? Swap()
    {
        if (!Directory.Exists(_output))
        {
            try
            {
                Directory.Move(_staging, _output);
                return null;
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                return $"could not move the new site into place ({ex.Message}); there was no previous output";
            }
        }

        try
        {
            Directory.Move(_output, _retired);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            return $"could not move the previous output aside ({ex.Message}); it is unchanged";
        }

        try
        {
            Directory.Move(_staging, _output);
            return null;
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            try
            {
                Directory.Move(_retired, _output);
                return $"could not move the new site into place ({ex.Message}); the previous output is unchanged";
            }
            catch (Exception restore) when (IsWriteFailure(restore))
            {
                return $"could not move the new site into place ({ex.Message}) nor the previous output back ({restore.Message}); the previous output is in '{_retired}'";
            }
        }
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
