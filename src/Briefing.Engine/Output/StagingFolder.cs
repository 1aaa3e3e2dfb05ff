using System.Collections.Concurrent;

namespace Briefing.Engine.Output;

/// <summary>
/// A new hidden folder beside the output that files are written into from any number of threads before they are
/// put in place. Each folder in it is made once; the first failure is kept, for the commit to report, and no file
/// is written after it.
/// </summary>
internal sealed class StagingFolder
{
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly Action<string>? _beforeEachFile;
    private readonly ReplacedFiles? _replaced;
    private string? _failure;

    /// <param name="beforeEachFile">Called with each path about to be written; tests throw from it to prove a failed write changes nothing.</param>
    /// <param name="replaced">The output the staged site will replace, whose unchanged files are linked rather than written again.</param>
    public StagingFolder(string output, string id, Action<string>? beforeEachFile, ReplacedFiles? replaced = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output) ?? output, $".{System.IO.Path.GetFileName(output)}.tmp-{id}");
        _beforeEachFile = beforeEachFile;
        _replaced = replaced;
    }

    public string Path { get; }

    /// <summary>Why a file could not be written, or null while every file was.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    public void Fail(string message) => Interlocked.CompareExchange(ref _failure, message, null);

    /// <summary>
    /// Writes one file, creating it: the folder is new, so no file is truncated or sought, one open and one write.
    /// A file the replaced output has with the same bytes is linked instead, and keeps its last-write time.
    /// </summary>
    /// <param name="stamp">Whether to read back the file's last-write time, which a move into the output keeps.</param>
    /// <returns>The file's last-write time in ticks when asked for it, else 0; null when it was not written.</returns>
    public long? Write(string path, ReadOnlySpan<byte> content, bool stamp)
    {
        if (Failure is not null || OutputPaths.Problem(path) is not null)
        {
            // A path that is not plain is never written; the commit reports it with the other path problems.
            return null;
        }

        try
        {
            _beforeEachFile?.Invoke(path);
            var full = OutputPaths.Inside(Path, path);
            var folder = System.IO.Path.GetDirectoryName(full)!;
            if (!_folders.ContainsKey(folder))
            {
                // Marked only once made, so no thread writes into a folder another is still creating.
                Directory.CreateDirectory(folder);
                _folders.TryAdd(folder, 0);
            }

            if (_replaced is not null && _replaced.TryLink(path, content, full))
            {
                return stamp ? File.GetLastWriteTimeUtc(full).Ticks : 0;
            }

            using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, content, 0);
            return stamp ? File.GetLastWriteTimeUtc(handle).Ticks : 0;
        }
        catch (Exception ex) when (StagedOutput.IsWriteFailure(ex))
        {
            Fail(ex.Message);
            return null;
        }
    }
}
