using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Briefing.Engine.Media;

/// <summary>One published file of an image: its path inside the output folder and its bytes.</summary>
internal sealed record EncodedFile(string Path, byte[] Content);

/// <summary>Every file one image is published as, and how they are kept in the cache folder between builds.</summary>
internal sealed record EncodedImage(IReadOnlyList<EncodedFile> Files)
{
    private static readonly byte[] Magic = "BRFIMG1\n"u8.ToArray();

    /// <summary>
    /// The files in one array: a marker, the count, each path and content with its length, then the SHA-256 of
    /// all that came before, so an entry cut short or changed on disk is told from a good one.
    /// </summary>
    public byte[] Pack()
    {
        var size = Magic.Length + 4 + Files.Sum(f => 8 + Encoding.UTF8.GetByteCount(f.Path) + f.Content.Length) + 32;
        var data = new byte[size];
        Magic.CopyTo(data, 0);
        var at = Magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), Files.Count);
        at += 4;
        foreach (var file in Files)
        {
            var path = Encoding.UTF8.GetBytes(file.Path);
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), path.Length);
            path.CopyTo(data, at + 4);
            at += 4 + path.Length;
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), file.Content.Length);
            file.Content.CopyTo(data, at + 4);
            at += 4 + file.Content.Length;
        }

        SHA256.HashData(data.AsSpan(0, at), data.AsSpan(at));
        return data;
    }

    /// <summary>The image packed in <paramref name="data"/> when it is whole and holds exactly <paramref name="paths"/>; null for anything else, which is then encoded again.</summary>
    public static EncodedImage? Unpack(byte[]? data, IReadOnlyList<string> paths)
    {
        if (data is null || data.Length < Magic.Length + 4 + 32 || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var body = data.AsSpan(0, data.Length - 32);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(data.AsSpan(data.Length - 32)))
        {
            return null;
        }

        var at = Magic.Length;
        var count = BinaryPrimitives.ReadInt32LittleEndian(body[at..]);
        at += 4;
        if (count != paths.Count)
        {
            return null;
        }

        var files = new List<EncodedFile>(count);
        for (var i = 0; i < count; i++)
        {
            if (!TryRead(body, ref at, out var path) || !TryRead(body, ref at, out var content) || Encoding.UTF8.GetString(path) != paths[i])
            {
                return null;
            }

            files.Add(new EncodedFile(paths[i], content.ToArray()));
        }

        return at == body.Length ? new EncodedImage(files) : null;
    }

    private static bool TryRead(ReadOnlySpan<byte> body, ref int at, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (at + 4 > body.Length)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(body[at..]);
        if (length < 0 || at + 4 + length > body.Length)
        {
            return false;
        }

        value = body.Slice(at + 4, length);
        at += 4 + length;
        return true;
    }
}
