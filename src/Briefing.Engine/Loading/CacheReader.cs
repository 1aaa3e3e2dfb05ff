namespace Briefing.Engine.Loading;

/// <summary>Reads an entry of the build cache folder; a missing or unreadable entry is simply not there.</summary>
internal static class CacheReader
{
    /// <summary>An entry is never larger than what it caches: every width and format of the largest image allowed.</summary>
    private const long MaxEntryBytes = 16L * MediaLimits.MaxFileBytes;

    /// <param name="maxBytes">The largest entry to read; larger is not an entry this engine wrote.</param>
    public static byte[]? Read(string folder, string name, long maxBytes = MaxEntryBytes)
    {
        var path = Path.Combine(folder, name);
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.LinkTarget is null && file.Length <= maxBytes ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
