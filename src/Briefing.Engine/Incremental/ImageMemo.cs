using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Media;
using Briefing.Engine.Model;
using Briefing.Engine.Output;

namespace Briefing.Engine.Incremental;

/// <summary>
/// Encoded images kept between builds: in memory for a session (the preview), and in a cache folder when one is
/// given, so the next <c>build</c> encodes only new or changed images. An entry is keyed by the image's content
/// hash and the encoding settings, and checked whole (its own SHA-256 and the files it must hold) before it is
/// used: a corrupt or truncated entry is encoded again and replaced, never published.
/// </summary>
internal sealed class ImageMemo(string? folder, bool keepInMemory) : IImageMemo
{
    private readonly ConcurrentDictionary<string, (EncodedImage Image, int Build)> _memory = new(StringComparer.Ordinal);
    private int _build;
    private int _encoded;
    private int _reused;

    public int Encoded => _encoded;

    public int Reused => _reused;

    public EncodedImage? Encode(string key, MediaFile image, IReadOnlyList<ImageVariant> variants, DiagnosticBag diagnostics)
    {
        if (_memory.TryGetValue(key, out var kept))
        {
            _memory[key] = (kept.Image, _build);
            Interlocked.Increment(ref _reused);
            return kept.Image;
        }

        var paths = variants.Select(v => v.Path).ToList();
        var name = key + ".bin";
        if (folder is not null && EncodedImage.Unpack(CacheReader.Read(folder, name), paths.Select(Unnamed).ToList()) is { } stored)
        {
            var cached = new EncodedImage(stored.Files.Select((f, i) => f with { Path = paths[i] }).ToList());
            Keep(key, cached);
            Interlocked.Increment(ref _reused);
            return cached;
        }

        Interlocked.Increment(ref _encoded);
        var encoded = ImageEncoder.Encode(image, variants, diagnostics);
        if (encoded is not null)
        {
            Keep(key, encoded);
            if (folder is not null)
            {
                CacheWriter.Write(folder, name, new EncodedImage(encoded.Files.Select(f => f with { Path = Unnamed(f.Path) }).ToList()).Pack());
            }
        }

        return encoded;
    }

    public void BeginBuild()
    {
        _build++;
        _encoded = 0;
        _reused = 0;
    }

    /// <summary>Forgets the images the last build did not show.</summary>
    public void Sweep() => Memo.Sweep(_memory, e => e.Build != _build);

    /// <summary>
    /// A file's path without the image's name, ".3f2a9c1b7d4e.960.webp": the entry is keyed by content, and two files
    /// of the same bytes under different names share it.
    /// </summary>
    private static string Unnamed(string path)
    {
        var name = path.LastIndexOf('/') + 1;
        return path[path.IndexOf('.', name)..];
    }

    private void Keep(string key, EncodedImage image)
    {
        if (keepInMemory)
        {
            _memory[key] = (image, _build);
        }
    }
}
