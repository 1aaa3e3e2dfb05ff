using Briefing.Engine;
using Briefing.Engine.Loading;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// What the build cache's tests do to its files, and what they check after: a file found not as it was written is
/// dropped, never trusted, and the output is still what a clean build writes.
/// </summary>
public static class CacheFileDamage
{
    /// <summary>Damage any file of the cache can come to: each must make the build drop the file.</summary>
    public static TheoryData<string, Action<string>> Any() => new()
    {
        { "a byte changed", path => Flip(path, at: 0.5) },
        { "the last byte changed", path => Flip(path, at: 1.0) },
        { "cut short", path => File.WriteAllBytes(path, File.ReadAllBytes(path)[..^100]) },
        { "emptied", path => File.WriteAllBytes(path, []) },
        { "other bytes", path => File.WriteAllText(path, "not a cache file") },
    };

    /// <summary>Changes one byte of a file, <paramref name="at"/> a fraction of its length in.</summary>
    public static void Flip(string path, double at)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[Math.Min(bytes.Length - 1, (int)(bytes.Length * at))] ^= 0x20;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Every file a clean build of <paramref name="input"/> makes is in <paramref name="output"/>, byte for byte.</summary>
    public static void AssertOutputIsCleanBuild(string output, SiteInput input)
    {
        var clean = SiteBuilder.Build(input, new BuildOptions());
        Assert.True(clean.Succeeded);
        foreach (var (path, bytes) in clean.Site!.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, path))), $"{path} differs from a clean build");
        }
    }
}
