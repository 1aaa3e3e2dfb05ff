namespace Briefing.Tests.Infrastructure;

/// <summary>Locates the repository from the test binaries, so tests read the real theme and input.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    public static string Fixture => Path.Combine(Root, "tests", "Briefing.Tests", "Fixtures", "site");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above the test binaries");
    }
}
