namespace Briefing.Engine.Loading;

/// <summary>
/// What an image of <c>input/media/</c> may be, checked from its header before any pixel is decoded, so a
/// hostile or broken file is refused in milliseconds rather than taking the build's memory or time.
/// </summary>
internal static class MediaLimits
{
    /// <summary>A photograph straight from a camera fits; anything larger should be reduced before it is added.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>40 megapixels, decoded at four bytes a pixel about 160 MB: a 50,000 × 50,000 "bomb" is refused from its header.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The longest side in pixels; a 40-megapixel strip 100,000 pixels long is not a picture for a page.</summary>
    public const int MaxSide = 16_384;

    /// <summary>Frames of an animated GIF or WebP; the site publishes the first frame.</summary>
    public const int MaxFrames = 100;

    /// <summary>Characters of alt text: a sentence or two. What a longer description says belongs in the caption or the text.</summary>
    public const int MaxAltLength = 250;
}
