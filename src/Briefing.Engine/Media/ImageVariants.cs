using System.Security.Cryptography;
using System.Text;
using Briefing.Engine.Model;

namespace Briefing.Engine.Media;

/// <summary>One file published for an image: a width in one format, or the SVG as written.</summary>
/// <param name="Path">Inside the output folder: <c>media/plant.3f2a9c1b7d4e.960.webp</c>.</param>
internal sealed record ImageVariant(string Path, int Width, int Height, MediaFormat Format);

/// <summary>
/// Which files an image is published as, named before any is encoded: the name holds a hash of the image's bytes
/// and of <see cref="Settings"/>, so a name once published always means the same bytes and may be cached for a year.
/// </summary>
internal static class ImageVariants
{
    /// <summary>Widths offered to the browser, each no wider than the image; one that is narrower is offered at its own width.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    public const int WebPQuality = 80;

    public const int JpegQuality = 82;

    /// <summary>Everything the encoded bytes depend on besides the image: change the encoder or a setting and every name changes.</summary>
    public static readonly string Settings = $"widths {string.Join(',', Widths)}; webp q{WebPQuality}; jpeg q{JpegQuality}; png; libvips {Vips.Version}; engine 1";

    /// <summary>The image's content hash with <see cref="Settings"/>: what its files' names and cache entry are made from.</summary>
    public static string Key(MediaFile image) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(image.Hash + "\n" + Settings)));

    /// <summary>The files, narrowest first, WebP before the fallback format.</summary>
    public static IReadOnlyList<ImageVariant> Of(MediaFile image)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(image.Name);
        var hash = Key(image)[..12];
        if (image.Format == MediaFormat.Svg)
        {
            return [new ImageVariant($"media/{stem}.{hash}.svg", image.Width, image.Height, MediaFormat.Svg)];
        }

        var widths = Widths.Where(w => w < image.Width).Append(Math.Min(image.Width, Widths[^1])).Distinct().ToList();
        var variants = new List<ImageVariant>(widths.Count * 2);
        foreach (var format in Formats(image.Format))
        {
            foreach (var width in widths)
            {
                var height = Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width));
                variants.Add(new ImageVariant($"media/{stem}.{hash}.{width}.{Extension(format)}", width, height, format));
            }
        }

        return variants;
    }

    /// <summary>WebP for every browser of today, and the original's own format for the rest; a GIF falls back to PNG, since only its first frame is shown.</summary>
    public static IEnumerable<MediaFormat> Formats(MediaFormat original) => original switch
    {
        MediaFormat.WebP => [MediaFormat.WebP],
        MediaFormat.Gif => [MediaFormat.WebP, MediaFormat.Png],
        _ => [MediaFormat.WebP, original],
    };

    public static string Extension(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "jpg",
        MediaFormat.Png => "png",
        MediaFormat.WebP => "webp",
        MediaFormat.Gif => "gif",
        _ => "svg",
    };

    public static string MimeType(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Png => "image/png",
        MediaFormat.WebP => "image/webp",
        MediaFormat.Gif => "image/gif",
        _ => "image/svg+xml",
    };
}
