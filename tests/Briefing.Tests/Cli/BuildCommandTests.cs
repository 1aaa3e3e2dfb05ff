using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>The command line as a writer and CI use it: exit codes, printed diagnostics, untouched output on failure.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("briefing-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string CopyFixture()
    {
        var input = Path.Combine(_work, "input");
        foreach (var file in Directory.GetFiles(RepoPaths.Fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(RepoPaths.Fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return input;
    }

    [Fact]
    public void Build_ValidSite_WritesOutputAndExitsZero()
    {
        var input = CopyFixture();
        var output = Path.Combine(_work, "output");

        var (exit, stdout, stderr) = Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", output, "--strict");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("Built 18 pages", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "briefings", "overview", "index.html")));
        Assert.Empty(Directory.GetDirectories(_work, ".output.*"));
    }

    [Fact]
    public void Build_BrokenSite_PrintsSortedDiagnosticsAndCountAndLeavesOutputUntouched()
    {
        var input = CopyFixture();
        var output = Path.Combine(_work, "output");
        Assert.Equal(0, Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", output).Exit);
        var before = Snapshot(output);
        File.WriteAllText(Path.Combine(input, "briefings", "money.md"), "---\ntitle: T\ndate: 2026-01-01\nsummary: S\n---\nSee [[acme-robotic]] [@wire-2025].\n");

        var (exit, _, stderr) = Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", output);

        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Matches(@"money\.md\(6,5\): error BRF2001: unknown entity 'acme-robotic'; did you mean 'acme-robotics'\?$", lines[0]);
        Assert.Matches(@"money\.md\(6,23\): error BRF2002: unknown source 'wire-2025'; did you mean 'wire-2026'\?$", lines[1]);
        Assert.Matches(@"overview\.md\(16,70\): error BRF2008: '#the-budget' is not an anchor on /briefings/money/", lines[2]);
        Assert.Equal("3 errors, 0 warnings", lines[3]);
        Assert.Equal("Build failed; the previous output is unchanged.", lines[4]);
        Assert.Equal(before, Snapshot(output));
        Assert.Empty(Directory.GetDirectories(_work, ".output.*"));
    }

    [Fact]
    public void Build_WarningsWithStrict_FailsButWithoutStrictSucceeds()
    {
        var input = CopyFixture();
        File.AppendAllText(Path.Combine(input, "briefings", "money.md"), "\nAn uncited paragraph.\n");

        var relaxed = Run("check", "--input", input, "--theme", RepoPaths.Theme);
        var strict = Run("check", "--input", input, "--theme", RepoPaths.Theme, "--strict");

        Assert.Equal(0, relaxed.Exit);
        Assert.Contains("warning BRF2009", relaxed.Err, StringComparison.Ordinal);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("error BRF2009", strict.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValidSite_WritesNothing()
    {
        var input = CopyFixture();

        var (exit, stdout, _) = Run("check", "--input", input, "--theme", RepoPaths.Theme);

        Assert.Equal(0, exit);
        Assert.Equal("Checked 18 pages: no errors.\nChecked 1 draft too: no problems; drafts are not published, so they do not fail the check.", stdout.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(["input"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--input")]
    public void Run_UsageError_ExitsTwo(params string[] args)
    {
        var (exit, _, stderr) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OutputInsideInput_IsRefused()
    {
        var input = CopyFixture();

        var (exit, _, stderr) = Run("build", "--input", input, "--theme", RepoPaths.Theme, "--output", Path.Combine(input, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("error BRF4002: output folder", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "out")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
