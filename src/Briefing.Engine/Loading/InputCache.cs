namespace Briefing.Engine.Loading;

/// <summary>
/// The bytes of files already read, so a rebuild reads again only the files whose size or modification
/// time changed or that a file watcher named. File times can be coarse (a few milliseconds), so a
/// watcher's <see cref="Invalidate"/> is what makes a quick second save of the same length safe.
/// </summary>
public sealed class InputCache
{
    private sealed record Entry(long Length, DateTime Modified, byte[] Content);

    private readonly Dictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _epoch;

    /// <summary>Forgets a file, or every file under a folder, so the next read goes to disk.</summary>
    public void Invalidate(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        lock (_gate)
        {
            _epoch++;
            foreach (var key in _files.Keys.Where(k => k == full || k.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList())
            {
                _files.Remove(key);
            }
        }
    }

    public void InvalidateAll()
    {
        lock (_gate)
        {
            _epoch++;
            _files.Clear();
        }
    }

    internal byte[] Read(FileInfo file)
    {
        long epoch;
        lock (_gate)
        {
            if (_files.TryGetValue(file.FullName, out var entry) && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc)
            {
                return entry.Content;
            }

            epoch = _epoch;
        }

        var content = File.ReadAllBytes(file.FullName);
        lock (_gate)
        {
            // A change reported while the file was being read may not be in these bytes; keep them for this build only.
            if (_epoch == epoch && content.LongLength == file.Length)
            {
                _files[file.FullName] = new Entry(file.Length, file.LastWriteTimeUtc, content);
            }
        }

        return content;
    }
}
