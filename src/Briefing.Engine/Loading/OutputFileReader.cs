using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Briefing.Engine.Loading;

/// <summary>Reads a file of the previous output, to learn whether a build is about to write the same bytes there again.</summary>
internal static class OutputFileReader
{
    private const int Chunk = 64 * 1024;

    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="content"/>; false when it differs, is missing or cannot be read.</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            return RandomAccess.GetLength(handle) == content.Length && Same(handle, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Same(SafeFileHandle handle, ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Chunk, Math.Max(content.Length, 1)));
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
