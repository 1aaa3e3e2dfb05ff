using System.Text;
using NetVips;

namespace Briefing.Benchmarks.Corpus;

/// <summary>
/// Photographs for a synthetic corpus: JPEGs of noise, each made different by its number drawn in blocks, each
/// with its record, shown as a figure in one briefing each, so every image is published and none is unused.
/// </summary>
internal static class CorpusImages
{
    public const int Width = 1600;

    public const int Height = 1067;

    public static string Name(int i) => $"photo-{i:D5}.jpg";

    /// <summary>The corpus with <paramref name="images"/> figures added, the first briefings showing one each.</summary>
    public static IReadOnlyList<CorpusFile> AddFigures(IReadOnlyList<CorpusFile> files, int images)
    {
        var shown = new List<CorpusFile>(files.Count + images);
        var next = 0;
        foreach (var file in files)
        {
            if (next < images && file.Path.StartsWith("briefings/", StringComparison.Ordinal))
            {
                var figure = $"\n![A generated photograph, number {next}](/media/{Name(next)} \"Photograph {next} as the report describes it [@{SyntheticCorpus.SourceId(0)}].\")\n";
                shown.Add(file with { Text = file.Text + figure });
                shown.Add(new CorpusFile($"media/{Name(next)}.yml", "credit: Benchmark desk\nlicense: CC0\n"));
                next++;
                continue;
            }

            shown.Add(file);
        }

        return shown;
    }

    /// <summary>Writes the images into <c>media/</c> of <paramref name="folder"/>, keeping those already there.</summary>
    public static void Write(string folder, int images)
    {
        var media = Path.Combine(folder, "media");
        Directory.CreateDirectory(media);
        using var noise = Image.Perlin(Width, Height, cellSize: 64, uchar: true);
        using var baseImage = noise.Bandjoin(noise.Rot180(), noise.FlipHor()).Copy(interpretation: Enums.Interpretation.Srgb);
        using var shared = baseImage.CopyMemory();
        for (var i = 0; i < images; i++)
        {
            var path = Path.Combine(media, Name(i));
            if (File.Exists(path))
            {
                continue;
            }

            // The image's number in black and white blocks along the top: distinct pictures, whatever JPEG rounds.
            using var own = shared.Mutate(m =>
            {
                for (var bit = 0; bit < 16; bit++)
                {
                    var shade = (i >> bit & 1) == 1 ? 255.0 : 0.0;
                    m.DrawRect([shade, shade, shade], bit * 64, 0, 64, 64, fill: true);
                }
            });
            File.WriteAllBytes(path, own.JpegsaveBuffer(q: 85));
        }
    }
}
