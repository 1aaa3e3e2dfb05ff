using System.Runtime.CompilerServices;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// The fixture site's photographs, made by the tests rather than kept in the repository: no photograph with a
/// known licence exists for it, and noise made by libvips is the same on every run. Written into the fixture's
/// <c>media/</c> folder (git-ignored) before any test reads it; each record and figure is in the fixture itself.
/// </summary>
internal static class FixturePhotos
{
    public static readonly IReadOnlyList<(string Name, string Spec)> All =
    [
        ("plant-one.jpg", "jpeg 1600x1067 gps"),
        ("members-chart.png", "png 640x400"),
    ];

    [ModuleInitializer]
    internal static void Write()
    {
        var media = Path.Combine(RepoPaths.Fixture, "media");
        Directory.CreateDirectory(media);
        foreach (var (name, spec) in All)
        {
            var path = Path.Combine(media, name);
            var bytes = TestImages.FromSpec(spec);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            // Another test process may be reading the folder: the file appears whole or not at all.
            var temporary = Path.Combine(media, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
    }
}
