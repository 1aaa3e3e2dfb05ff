using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using NetVips;

namespace Briefing.Engine.Media;

/// <summary>
/// Makes the files an image is published as. A raster is decoded once, turned upright as its EXIF orientation
/// asks, converted to sRGB, and then each width is resized from those pixels and encoded with no metadata at
/// all (EXIF with any GPS position, XMP, IPTC, ICC); an SVG is published as written, having passed its checks.
/// </summary>
internal static class ImageEncoder
{
    /// <returns>Null once a problem is reported: a file that passed its header's checks and still cannot be decoded.</returns>
    public static EncodedImage? Encode(MediaFile image, IReadOnlyList<ImageVariant> variants, DiagnosticBag diagnostics)
    {
        if (image.Format == MediaFormat.Svg)
        {
            return new EncodedImage([new EncodedFile(variants[0].Path, image.Content)]);
        }

        try
        {
            using var loaded = Vips.Header(image.Content, image.Format);
            using var upright = loaded.Autorot();
            using var srgb = ToSrgb(upright);

            // Decoded here, once; every width is made from these pixels.
            using var pixels = srgb.CopyMemory();
            var files = new List<EncodedFile>(variants.Count);
            foreach (var width in variants.Select(v => v.Width).Distinct())
            {
                using var resized = width == pixels.Width ? pixels.Copy() : pixels.Resize((double)width / pixels.Width, kernel: Enums.Kernel.Lanczos3);
                foreach (var variant in variants.Where(v => v.Width == width))
                {
                    files.Add(new EncodedFile(variant.Path, Save(resized, variant.Format)));
                }
            }

            // In the order of the variants, which the cache checks an entry against.
            return new EncodedImage(variants.Select(v => files.First(f => f.Path == v.Path)).ToList());
        }
        catch (VipsException ex)
        {
            diagnostics.Report(DiagnosticCodes.UnusableImage, image.Location, $"'{image.Path}' cannot be decoded: {Vips.Reason(ex)}; open it in an image editor and export it again");
            return null;
        }
    }

    /// <summary>The image in sRGB: through its embedded ICC profile when it has one, otherwise by its own colour space (CMYK, greyscale).</summary>
    private static Image ToSrgb(Image image)
    {
        if (image.GetTypeOf("icc-profile-data") != 0)
        {
            return image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual);
        }

        return image.Interpretation == Enums.Interpretation.Srgb ? image.Copy() : image.Colourspace(Enums.Interpretation.Srgb);
    }

    private static byte[] Save(Image image, MediaFormat format) => format switch
    {
        MediaFormat.WebP => image.WebpsaveBuffer(q: ImageVariants.WebPQuality, keep: Enums.ForeignKeep.None),
        MediaFormat.Jpeg => image.JpegsaveBuffer(q: ImageVariants.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
        MediaFormat.Png => image.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no raster is published in this format"),
    };
}
