namespace Briefing.Engine.Output;

/// <summary>Writes an entry of the build cache folder whole or not at all: a build stopped half-way leaves no half entry.</summary>
internal static class CacheWriter
{
    /// <summary>Removes an entry; false when it is there and could not be removed.</summary>
    public static bool Delete(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return !File.Exists(path);
        }
    }

    /// <returns>Whether the entry was written; a cache that cannot be written only costs the next build time.</returns>
    public static bool Write(string folder, string name, byte[] content) => Write(folder, name, stream => stream.Write(content));

    /// <summary>Writes an entry as <paramref name="write"/> makes it, without holding it whole in memory.</summary>
    /// <returns>Whether the entry was written; a cache that cannot be written only costs the next build time.</returns>
    public static bool Write(string folder, string name, Action<Stream> write)
    {
        using var entry = Prepare(folder, name, write);
        return entry?.Publish() ?? false;
    }

    /// <summary>
    /// Writes an entry under a name no build reads, to be put in place by <see cref="PendingEntry.Publish"/> or dropped
    /// when disposed: what is written may be made before it may be trusted.
    /// </summary>
    /// <returns>The entry written, or null when it could not be; a cache that cannot be written only costs the next build time.</returns>
    public static PendingEntry? Prepare(string folder, string name, Action<Stream> write)
    {
        var path = Path.Combine(folder, name);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = File.Create(temporary, bufferSize: 1 << 16))
            {
                write(stream);
            }

            return new PendingEntry(temporary, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return null;
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's writer or a person to remove; the cache never reads a .tmp file.
        }
    }

    /// <summary>An entry written whole under a temporary name, not yet in place.</summary>
    internal sealed class PendingEntry(string temporary, string path) : IDisposable
    {
        private bool _settled;

        /// <summary>Puts the entry in place; false when it could not be, and then it is dropped.</summary>
        public bool Publish()
        {
            if (_settled)
            {
                throw new InvalidOperationException("the entry was already put in place or dropped");
            }

            _settled = true;
            try
            {
                File.Move(temporary, path, overwrite: true);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(temporary);
                return false;
            }
        }

        /// <summary>Drops the entry unless it was put in place.</summary>
        public void Dispose()
        {
            if (!_settled)
            {
                _settled = true;
                TryDelete(temporary);
            }
        }
    }
}
