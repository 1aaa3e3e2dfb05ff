namespace Briefing.Benchmarks;

/// <summary>The repository the benchmarks run from, found by its solution file.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Theme => System.IO.Path.Combine(Path, "theme");

    public static string Input => System.IO.Path.Combine(Path, "input");

    /// <summary>Generated corpora, published binaries and outputs; ignored by git.</summary>
    public static string Artifacts => System.IO.Path.Combine(Path, "artifacts", "benchmarks");

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above the working directory or the benchmark binaries");
    }
}
