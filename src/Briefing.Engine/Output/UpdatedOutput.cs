using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Output;

/// <summary>
/// A site written over the previous output, which the build cache's record describes file for file: a file whose
/// bytes are unchanged is left as it is, and a changed or new one is written to a hidden folder beside the output.
/// Only when the build has succeeded does <see cref="Commit"/> move those into place, one rename each, and remove
/// the files the site no longer has. A failed build leaves the output untouched, as a staged build does.
/// </summary>
/// <remarks>
/// The whole site is not swapped at once here, so the caller forgets the record before committing: a commit
/// stopped half-way leaves no record, and the next build then writes the site whole.
/// </remarks>
internal sealed class UpdatedOutput : IOutputFolder
{
    private readonly string _output;
    private readonly StagingFolder _staging;
    private readonly SourceLocation _location;
    private readonly IReadOnlyDictionary<string, WrittenFile> _previous;
    private readonly ConcurrentDictionary<string, WrittenFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _changed = new();

    private UpdatedOutput(string output, SourceLocation location, IReadOnlyDictionary<string, WrittenFile> previous, Action<string>? beforeEachFile)
    {
        _output = output;
        _location = location;
        _previous = previous;
        _staging = new StagingFolder(output, Guid.NewGuid().ToString("N")[..12], beforeEachFile);
    }

    public IReadOnlyDictionary<string, WrittenFile>? Files => _files;

    public int Written => _changed.Count;

    /// <summary>An update of <paramref name="output"/>, or null when <paramref name="previous"/> is another folder's.</summary>
    /// <param name="output">The output folder's full path.</param>
    public static UpdatedOutput? Open(string output, SourceLocation location, PreviousOutput previous, Action<string>? beforeEachFile)
    {
        if (!string.Equals(previous.Folder, output, StringComparison.Ordinal))
        {
            return null;
        }

        StagedOutput.RemoveLeftovers(Path.GetDirectoryName(output) ?? output, Path.GetFileName(output));
        return new UpdatedOutput(output, location, previous.Files, beforeEachFile);
    }

    public void Add(string path, byte[] content) => Write(path, content);

    public void AddLent(string path, ReadOnlySpan<byte> content) => Write(path, content);

    public void Keep(string path) =>
        _files[path] = _previous.TryGetValue(path, out var recorded)
            ? recorded
            : throw new InvalidOperationException($"'{path}' was kept, but the previous output does not have it");

    private void Write(string path, ReadOnlySpan<byte> content)
    {
        var hash = WrittenFile.Hash(content);
        if (_previous.TryGetValue(path, out var recorded) && recorded.Content == hash && recorded.Length == content.Length)
        {
            _files[path] = recorded;
            return;
        }

        _changed.Enqueue(path);
        if (_staging.Write(path, content, stamp: true) is { } modified)
        {
            _files[path] = new WrittenFile(hash, content.Length, modified);
        }
    }

    public bool Commit(DiagnosticBag diagnostics)
    {
        if (OutputPaths.Problem(_files.Keys.Concat(_changed.Where(p => !_files.ContainsKey(p))).Order(StringComparer.Ordinal)) is { } path)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, $"{path}; nothing was written and the previous output is unchanged");
            return false;
        }

        if (_staging.Failure is { } failure)
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, $"could not write the site ({failure}); the previous output is unchanged");
            return false;
        }

        try
        {
            foreach (var changed in _changed.Order(StringComparer.Ordinal))
            {
                var target = OutputPaths.Inside(_output, changed);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(OutputPaths.Inside(_staging.Path, changed), target, overwrite: true);
            }

            var gone = _previous.Keys.Where(p => !_files.ContainsKey(p)).ToList();
            foreach (var old in gone)
            {
                File.Delete(OutputPaths.Inside(_output, old));
            }

            // A folder left empty (a page removed) goes too, as it would from a build written whole.
            foreach (var folder in gone.Select(p => Path.GetDirectoryName(OutputPaths.Inside(_output, p))!).Distinct().OrderByDescending(f => f.Length))
            {
                for (var empty = folder; empty.Length > _output.Length && TryRemoveEmpty(empty); empty = Path.GetDirectoryName(empty)!)
                {
                }
            }
        }
        catch (Exception ex) when (StagedOutput.IsWriteFailure(ex))
        {
            diagnostics.Report(DiagnosticCodes.WriteFailed, _location, $"could not update the site ({ex.Message}); the output is partly updated, and the next build writes it whole");
            return false;
        }

        StagedOutput.TryDelete(_staging.Path);
        return true;
    }

    public void Dispose() => StagedOutput.TryDelete(_staging.Path);

    /// <summary>Removes a folder if it is empty; false when it holds anything or is already gone.</summary>
    private static bool TryRemoveEmpty(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
