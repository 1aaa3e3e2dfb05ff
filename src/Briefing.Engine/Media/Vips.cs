using Briefing.Engine.Model;
using NetVips;

namespace Briefing.Engine.Media;

/// <summary>How the engine uses libvips: one setup for the process, and only the loader of the format the bytes were recognised as.</summary>
internal static class Vips
{
    private static readonly Lazy<bool> Ready = new(() =>
    {
        // Loaders libvips itself marks untrusted (ImageMagick, Matlab and the like) are never reached, whatever a file holds.
        NetVips.NetVips.BlockUntrusted = true;

        // Each image is decoded once and never again in a build; a cache of operations would only hold memory.
        Cache.Max = 0;
        return true;
    });

    public static void Setup() => _ = Ready.Value;

    /// <summary>The libvips version the encoded bytes come from, as "8.18.7".</summary>
    public static string Version
    {
        get
        {
            Setup();
            return $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
        }
    }

    /// <summary>The image with its header read; pixels are decoded when something reads them. A file cut short or corrupt fails then, not later with a grey band.</summary>
    public static Image Header(byte[] content, MediaFormat format)
    {
        Setup();
        return format switch
        {
            MediaFormat.Jpeg => Image.JpegloadBuffer(content, access: Enums.Access.Random, failOn: Enums.FailOn.Truncated),
            MediaFormat.Png => Image.PngloadBuffer(content, access: Enums.Access.Random, failOn: Enums.FailOn.Truncated),
            MediaFormat.WebP => Image.WebploadBuffer(content, access: Enums.Access.Random, failOn: Enums.FailOn.Truncated),
            MediaFormat.Gif => Image.GifloadBuffer(content, access: Enums.Access.Random, failOn: Enums.FailOn.Truncated),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "an SVG is not decoded"),
        };
    }

    /// <summary>libvips's message without its operation prefixes, on one line.</summary>
    public static string Reason(VipsException ex)
    {
        var lines = ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Contains(": ", StringComparison.Ordinal) ? l[(l.LastIndexOf(": ", StringComparison.Ordinal) + 2)..] : l)
            .Where(l => l.Length > 0 && !l.StartsWith("unable to call", StringComparison.Ordinal))
            .Distinct()
            .Take(2);
        var reason = string.Join("; ", lines);
        return reason.Length == 0 ? "the decoder refused it" : reason;
    }
}
