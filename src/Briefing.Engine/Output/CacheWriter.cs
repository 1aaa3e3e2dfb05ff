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
        var path = Path.Combine(folder, name);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = File.Create(temporary, bufferSize: 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left for the next build's writer or a person to remove; the cache never reads a .tmp file.
            }

            return false;
        }
    }
}
