using System.IO.Enumeration;
using System.Reflection;
using System.Security.Cryptography;

namespace Briefing;

/// <summary>
/// Whether this program, packed as the <c>briefing</c> tool, was built from the sources the repository it runs in
/// holds now. A tool packed before a pull changes nothing by itself, so it says so instead of quietly
/// checking and previewing with code the published build no longer runs.
/// </summary>
internal static class ToolSources
{
    public const string Note = "note: this 'dotnet briefing' was packed from other sources than src/ now holds; run ./install-tool to update it (or use 'dotnet run --project src/Briefing -- …')";

    /// <summary>The note, when <paramref name="root"/> holds the project's src/ and it differs from what <paramref name="recorded"/> lists; else null.</summary>
    /// <param name="recorded">"path|SHA-256" lines, paths relative to src/ with '/'; null when this build recorded none (not a packed tool). A list that cannot be read gives no note.</param>
    public static string? Check(string root, string? recorded)
    {
        var src = Path.Combine(root, "src");
        if (recorded is null || !File.Exists(Path.Combine(src, "Briefing", "Briefing.csproj")))
        {
            return null;
        }

        var packed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parts in recorded.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split('|')))
        {
            if (parts.Length != 2 || !packed.TryAdd(parts[0].Replace('\\', '/'), parts[1]))
            {
                return null;
            }
        }

        try
        {
            var current = Files(src).ToList();
            var same = current.Count == packed.Count
                && current.All(file => packed.TryGetValue(file.Relative, out var hash) && string.Equals(hash, Hash(file.Full), StringComparison.OrdinalIgnoreCase));
            return same ? null : Note;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file saved or removed while being read: no verdict rather than a wrong one.
            return null;
        }
    }

    /// <summary>The list this build recorded when it was packed, or null.</summary>
    public static string? Recorded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Briefing.tool-sources.txt");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <remarks>
    /// bin/ and obj/ are not entered at all: the pack records nothing in them, and they hold several times src/'s
    /// files (1,173 against 200 after a publish and a pack), which every command would list first.
    /// </remarks>
    private static IEnumerable<(string Relative, string Full)> Files(string src) =>
        new FileSystemEnumerable<string>(src, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.SequenceEqual("bin") && !entry.FileName.SequenceEqual("obj"),
        }.Select(full => (Relative: Path.GetRelativePath(src, full).Replace('\\', '/'), Full: full));

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
