using System.Collections.Concurrent;
using System.IO.Hashing;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Output;

/// <summary>A file as a build left it in the output folder: the hash of its bytes, its length and its last-write time in ticks.</summary>
internal sealed record WrittenFile(UInt128 Content, long Length, long Modified)
{
    public static UInt128 Hash(ReadOnlySpan<byte> content) => XxHash128.HashToUInt128(content);
}

/// <summary>Where a build puts its files on disk: made as each is rendered, and put in place by <see cref="Commit"/> only if the build succeeds.</summary>
internal interface IOutputFolder : IRenderedFiles, IDisposable
{
    /// <summary>
    /// Every file the output holds once committed, when the folder was asked to keep account of them; null otherwise.
    /// Complete once every file is added or kept, so a record of the output can be made while it is being committed.
    /// </summary>
    IReadOnlyDictionary<string, WrittenFile>? Files { get; }

    /// <summary>How many files were written; the rest were already in place.</summary>
    int Written { get; }

    /// <summary>Puts the new site in place; false, with the problem reported, if it could not be.</summary>
    bool Commit(DiagnosticBag diagnostics);
}

/// <summary>
/// A site being written into a new hidden folder beside the output, file by file as each is made, from
/// any number of threads. <see cref="Commit"/> swaps it in whole; disposing it uncommitted deletes it, so
/// the output is the previous site or the new one, never half of each.
/// </summary>
internal sealed class StagedOutput : IOutputFolder
{
    private const string MarkerText = "This folder is written by briefing and replaced whole by every build; do not keep other files here.\n";

    private readonly StagingFolder _staging;
    private readonly string _output;
    private readonly string _retired;
    private readonly SourceLocation _location;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentDictionary<string, WrittenFile>? _files;
    private bool _committed;

    /// <param name="output">The output folder's full path, already checked by <see cref="OutputPlacement"/>.</param>
    private StagedOutput(string output, SourceLocation location, Action<string>? beforeEachFile, bool account)
    {
        _files = account ? new(StringComparer.Ordinal) : null;
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var id = Guid.NewGuid().ToString("N")[..12];
        _output = output;
        _staging = new StagingFolder(output, id, beforeEachFile, ReplacedFiles.Of(output));
        _retired = Path.Combine(parent, $".{name}.old-{id}");
        _location = location;
    }

    public IReadOnlyDictionary<string, WrittenFile>? Files => _files;

    public int Written => _paths.Count;

    /// <summary>Starts writing a site into <paramref name="output"/>, a folder <see cref="OutputPlacement.Check"/> allowed.</summary>
    /// <param name="account">Whether to keep the hash, length and time of every file written, for the build cache.</param>
    public static StagedOutput Open(string output, SourceLocation location, Action<string>? beforeEachFile, bool account)
    {
        var staged = new StagedOutput(output, location, beforeEachFile, account);
        RemoveLeftovers(Path.GetDirectoryName(output) ?? output, Path.GetFileName(output));
        try
        {
            Directory.CreateDirectory(staged._staging.Path);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            staged._staging.Fail(ex.Message);
        }

        return staged;
    }

    public void Add(string path, byte[] content) => Write(path, content);

    /// <summary>Writes the lent bytes before the call returns, so a page is written without a copy of its own.</summary>
    public void AddLent(string path, ReadOnlySpan<byte> content) => Write(path, content);

    public void Keep(string path) => throw new InvalidOperationException("a site written whole into a new folder keeps no file of the previous output");

    /// <summary>Writes one file into the staging folder. A failure is kept for <see cref="Commit"/> to report, and no later file is written.</summary>
    private void Write(string path, ReadOnlySpan<byte> content)
    {
        _paths.Enqueue(path);
        if (_staging.Write(path, content, stamp: _files is not null) is { } modified && _files is not null)
        {
            _files[path] = new WrittenFile(WrittenFile.Hash(content), content.Length, modified);
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

        if (_staging.Failure is null)
        {
            try
            {
                File.WriteAllText(Path.Combine(_staging.Path, SiteWriter.MarkerFile), MarkerText);
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                _staging.Fail(ex.Message);
            }
        }

        if (_staging.Failure is { } unwritten)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, $"could not write the site ({unwritten}); the previous output is unchanged");
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
            TryDelete(_staging.Path);
        }
    }

    /// <summary>Moves the staged site into place; null on success, else what went wrong and where the previous output is.</summary>
    private string? Swap()
    {
        if (!Directory.Exists(_output))
        {
            try
            {
                Directory.Move(_staging.Path, _output);
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
            Directory.Move(_staging.Path, _output);
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
    internal static void RemoveLeftovers(string parent, string name)
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

    internal static bool IsWriteFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or NotSupportedException;

    internal static void TryDelete(string folder)
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
