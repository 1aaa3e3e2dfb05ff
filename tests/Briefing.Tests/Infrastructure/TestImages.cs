using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Images made by the tests, from a one-line description in a mini-site's section: <c>jpeg 640x480 gps</c>,
/// <c>png 320x200</c>, <c>gif 1x1 frames=10000</c>, <c>png bomb 50000x50000</c>, <c>jpeg 640x480 cut</c>, <c>empty</c>.
/// No licensed photograph is needed: the pictures are noise, and the hostile ones are written byte by byte.
/// </summary>
public static class TestImages
{
    /// <summary>Where the GPS-tagged test photograph claims it was taken; no output may still say so.</summary>
    public const string GpsLatitude = "34/1 34/1 5/1";

    public static byte[] FromSpec(string spec)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || words[0] == "empty")
        {
            return [];
        }

        var (width, height) = Size(words.FirstOrDefault(w => w.Contains('x', StringComparison.Ordinal) && char.IsAsciiDigit(w[0])) ?? "640x480");
        var frames = words.FirstOrDefault(w => w.StartsWith("frames=", StringComparison.Ordinal)) is { } f ? int.Parse(f["frames=".Length..], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var bytes = words[0] switch
        {
            "png" when words.Contains("bomb") => PngClaiming(width, height),
            "gif" => Gif(width, height, frames),
            "jpeg" => Jpeg(width, height, gps: words.Contains("gps"), orientation: words.Contains("rotated") ? 6 : 1),
            "png" => Picture(width, height).PngsaveBuffer(),
            "webp" => Picture(width, height).WebpsaveBuffer(),
            _ => throw new ArgumentException($"unknown test image '{spec}'"),
        };

        return words.Contains("cut") ? bytes[..(bytes.Length / 2)] : bytes;
    }

    /// <summary>A JPEG of noise; with <paramref name="gps"/> its EXIF holds a GPS position, as a phone's photographs do.</summary>
    public static byte[] Jpeg(int width, int height, bool gps = false, int orientation = 1)
    {
        using var picture = Picture(width, height);
        using var tagged = picture.Mutate(m =>
        {
            // libvips writes the EXIF orientation from this field.
            m.Set(GValue.GIntType, "orientation", orientation);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "TestCam");
            if (gps)
            {
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", GpsLatitude);
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "135/1 28/1 0/1");
            }
        });
        return tagged.JpegsaveBuffer(q: 85);
    }

    /// <summary>Whether the image's metadata holds any GPS field, as libvips reads it.</summary>
    public static bool HasGps(byte[] image)
    {
        using var loaded = Image.NewFromBuffer(image);
        return loaded.GetFields().Any(f => f.Contains("GPS", StringComparison.OrdinalIgnoreCase))
            || (loaded.GetTypeOf("exif-data") != 0 && Encoding.Latin1.GetString((byte[])loaded.Get("exif-data")).Contains("GPS", StringComparison.Ordinal));
    }

    private static Image Picture(int width, int height)
    {
        // Seeded, so a picture is the same bytes on every run and its published names never change.
        using var r = Image.Perlin(width, height, cellSize: 32, uchar: true, seed: 1);
        using var g = Image.Perlin(width, height, cellSize: 16, uchar: true, seed: 2);
        using var b = Image.Perlin(width, height, cellSize: 64, uchar: true, seed: 3);
        return r.Bandjoin(g, b).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static (int Width, int Height) Size(string text)
    {
        var parts = text.Split('x');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A small, valid PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels: a decompression bomb's shape, without its size.</summary>
    private static byte[] PngClaiming(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(new byte[64 * 1024]);
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>An animated GIF of <paramref name="frames"/> frames, each one pixel of the first colour.</summary>
    private static byte[] Gif(int width, int height, int frames)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        Span<byte> screen = stackalloc byte[7];
        BinaryPrimitives.WriteUInt16LittleEndian(screen, (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(screen[2..], (ushort)height);
        screen[4] = 0x80;
        gif.Write(screen);
        gif.Write([0, 0, 0, 255, 255, 255]);
        gif.Write([0x21, 0xFF, 0x0B, .. "NETSCAPE2.0"u8, 0x03, 0x01, 0x00, 0x00, 0x00]);
        for (var i = 0; i < frames; i++)
        {
            gif.Write([0x21, 0xF9, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]);
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
            gif.Write([0x02, 0x02, 0x44, 0x01, 0x00]);
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }
}
