using System.Buffers.Binary;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Briefing.Engine.Media;
using NetVips;

namespace Briefing.Engine.Loading;

/// <summary>An image's size as shown and its frame count, read from its header alone.</summary>
internal readonly record struct ImageSize(int Width, int Height);

/// <summary>
/// Tells what an image file is from its first bytes, checks its end is there, and reads its size and frame
/// count from the header through libvips, which decodes no pixel until asked. Every refusal happens here,
/// before processing: a file that passes is one libvips was built to decode.
/// </summary>
internal static class ImageHeader
{
    public static readonly IReadOnlyDictionary<string, MediaFormat> Extensions = new Dictionary<string, MediaFormat>(StringComparer.Ordinal)
    {
        [".jpg"] = MediaFormat.Jpeg,
        [".jpeg"] = MediaFormat.Jpeg,
        [".png"] = MediaFormat.Png,
        [".webp"] = MediaFormat.WebP,
        [".gif"] = MediaFormat.Gif,
        [".svg"] = MediaFormat.Svg,
    };

    /// <summary>What the bytes say the file is; null when they are none of the formats the site publishes.</summary>
    public static MediaFormat? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => MediaFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => MediaFormat.Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => MediaFormat.Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => MediaFormat.WebP,
        _ => LooksLikeXml(content) ? MediaFormat.Svg : null,
    };

    /// <summary>The raster's size as shown (rotated as its EXIF orientation asks), or null once a problem is reported.</summary>
    public static ImageSize? Read(InputFile file, MediaFormat format, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file.DisplayPath);
        if (!IsComplete(file.Content, format))
        {
            diagnostics.Report(DiagnosticCodes.UnusableImage, location, $"'{file.DisplayPath}' is cut short: its {Name(format)} data ends before the format's end marker; copy or export the image again");
            return null;
        }

        int width, height, frames;
        try
        {
            using var image = Vips.Header(file.Content, format);
            // Orientations 5 to 8 turn the picture a quarter: it is shown as tall as it is stored wide.
            (width, height) = image.GetTypeOf("orientation") != 0 && image.Get("orientation") is int and >= 5 and <= 8
                ? (image.Height, image.Width)
                : (image.Width, image.Height);
            frames = image.GetTypeOf("n-pages") != 0 ? (int)image.Get("n-pages") : 1;
        }
        catch (VipsException ex)
        {
            diagnostics.Report(DiagnosticCodes.UnusableImage, location, $"'{file.DisplayPath}' cannot be read as {Name(format)}: {Vips.Reason(ex)}; open it in an image editor and export it again");
            return null;
        }

        if (width > MediaLimits.MaxSide || height > MediaLimits.MaxSide || (long)width * height > MediaLimits.MaxPixels)
        {
            diagnostics.Report(DiagnosticCodes.ImageOverLimit, location, $"'{file.DisplayPath}' says it is {width} × {height} pixels; images are limited to {MediaLimits.MaxPixels / 1_000_000} megapixels and {MediaLimits.MaxSide} pixels a side; reduce it before adding it");
            return null;
        }

        if (frames > MediaLimits.MaxFrames)
        {
            diagnostics.Report(DiagnosticCodes.ImageOverLimit, location, $"'{file.DisplayPath}' has {frames} frames; animations are limited to {MediaLimits.MaxFrames} frames, and the site shows only the first");
            return null;
        }

        return new ImageSize(width, height);
    }

    public static string Name(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "JPEG",
        MediaFormat.Png => "PNG",
        MediaFormat.WebP => "WebP",
        MediaFormat.Gif => "GIF",
        _ => "SVG",
    };

    /// <summary>Whether the file reaches its format's end: a JPEG's end-of-image marker, a PNG's IEND chunk, a GIF's trailer, the length a WebP's RIFF header gives.</summary>
    private static bool IsComplete(ReadOnlySpan<byte> content, MediaFormat format) => format switch
    {
        // Cameras may pad after the marker; it is looked for near the end.
        MediaFormat.Jpeg => content[Math.Max(0, content.Length - 4096)..].LastIndexOf([(byte)0xFF, (byte)0xD9]) >= 0,
        MediaFormat.Png => content.Length >= 12 && content[^12..].StartsWith("\0\0\0\0IEND"u8),
        MediaFormat.Gif => content.Length > 13 && content[Math.Max(0, content.Length - 16)..].Contains((byte)0x3B),
        MediaFormat.WebP => content.Length >= 12 && BinaryPrimitives.ReadUInt32LittleEndian(content[4..]) + 8L <= content.Length,
        _ => true,
    };

    private static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        var text = content[..Math.Min(content.Length, 512)];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        text = text.TrimStart(" \t\r\n"u8);
        return text.StartsWith("<?xml"u8) || text.StartsWith("<svg"u8) || text.StartsWith("<!--"u8);
    }
}
