using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Media;

/// <summary>
/// What publishing an image may reuse from earlier builds: its files, while the image's bytes and the encoding
/// settings are the same (<paramref name="key"/> names both). Rendering asks for every image the same way; whether
/// anything is reused, and from where, is the memo's business.
/// </summary>
internal interface IImageMemo
{
    /// <param name="key">The image's content hash with the encoding settings: equal keys mean equal files.</param>
    EncodedImage? Encode(string key, MediaFile image, IReadOnlyList<ImageVariant> variants, DiagnosticBag diagnostics);

    /// <summary>Images encoded in this build.</summary>
    int Encoded { get; }

    /// <summary>Images whose files an earlier build made.</summary>
    int Reused { get; }
}

/// <summary>Reuses nothing: every image is encoded, as a build with <c>--no-cache</c> does.</summary>
internal sealed class NoImageMemo : IImageMemo
{
    private int _encoded;

    public int Encoded => _encoded;

    public int Reused => 0;

    public EncodedImage? Encode(string key, MediaFile image, IReadOnlyList<ImageVariant> variants, DiagnosticBag diagnostics)
    {
        Interlocked.Increment(ref _encoded);
        return ImageEncoder.Encode(image, variants, diagnostics);
    }
}
