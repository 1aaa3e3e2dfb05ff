using Briefing.Engine.Output;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Commands;

/// <summary>
/// The build and check commands as a writer and CI use them, on real folders: exit codes, printed diagnostics,
/// untouched output on failure. Paths are passed absolute, so nothing depends on the process-wide current
/// directory; printed paths are relative to it, so most of these tests assert codes rather than paths.
/// </summary>
public sealed class BuildCommandTests : IDisposable
{
    private const string Site = MiniSite.Basics + """
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        Text [@wire-2026].
        """;

    [Fact]
    public void Build_ValidSite_ReplacesThePreviousOutput()
    {
        using var disk = DiskSite.Write(Site);

        var run = disk.Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("Built 11 pages (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("<h1>A</h1>", File.ReadAllText(disk.Path("output", "briefings", "a", "index.html")), StringComparison.Ordinal);
        Assert.False(File.Exists(disk.Path("output", "assets", "site.previous.css")));
        Assert.True(File.Exists(disk.Path("output", SiteWriter.MarkerFile)));
        Assert.Empty(disk.Leftovers());
    }

    [Fact]
    public void Build_TwiceInARow_ProducesTheSameOutput()
    {
        using var disk = DiskSite.Write(Site);

        Assert.Equal(0, disk.Build().ExitCode);
        var first = disk.OutputHash();
        Assert.Equal(0, disk.Build().ExitCode);

        Assert.Equal(first, disk.OutputHash());
        Assert.Empty(disk.Leftovers());
    }

    [Fact]
    public void Build_Again_UsesTheBuildCacheAndSaysWhatItRedid()
    {
        using var disk = DiskSite.Write(Site);
        Assert.DoesNotContain("build cache", disk.Build().Stdout, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(disk.Path(".briefing-cache", "output"), "*.bin").Any());

        var unchanged = disk.Build();
        File.WriteAllText(disk.Path("input", "briefings", "a.md"), File.ReadAllText(disk.Path("input", "briefings", "a.md")).Replace("Text [@", "New text [@", StringComparison.Ordinal));
        var edited = disk.Build();
        var full = disk.Build(extra: "--no-cache");

        Assert.Contains("From the build cache: 0 pages rendered, 11 unchanged; 0 files written.", unchanged.Stdout, StringComparison.Ordinal);
        Assert.Contains("From the build cache: 1 page rendered, 10 unchanged; ", edited.Stdout, StringComparison.Ordinal);
        Assert.Contains("New text", File.ReadAllText(disk.Path("output", "briefings", "a", "index.html")), StringComparison.Ordinal);
        Assert.Equal(0, full.ExitCode);
        Assert.DoesNotContain("build cache", full.Stdout, StringComparison.Ordinal);
        Assert.Empty(disk.Leftovers());
    }

    [Fact]
    public void Build_ContentError_ExitsOneAndKeepsThePreviousOutput()
    {
        using var disk = DiskSite.Write(Site.Replace("[@wire-2026]", "[@wire-2025]", StringComparison.Ordinal));
        var before = disk.OutputHash();

        var run = disk.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/briefings/a.md(6,7): error BRF2002: unknown source 'wire-2025'", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 1 warning\nBuild failed; the previous output is unchanged.\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before, disk.OutputHash());
        Assert.Equal(DiskSite.PreviousPage, File.ReadAllText(disk.Path("output", "index.html")));
    }

    [Fact]
    public void Check_ValidSite_WritesNothing()
    {
        using var disk = DiskSite.Write(Site);
        var before = disk.OutputHash();

        var run = disk.Build(command: "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Checked 11 pages: no errors.\n", run.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(before, disk.OutputHash());
    }

    [Theory]
    [InlineData("javascript:alert(1)//")]
    [InlineData("https://example.org/?q=1")]
    [InlineData("//example.org")]
    public void Build_UnusableBaseUrl_IsRefused(string baseUrl)
    {
        using var disk = DiskSite.Write(Site);
        var before = disk.OutputHash();

        var run = disk.Build(extra: ["--base-url", baseUrl]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error BRF1008: base URL '{baseUrl}' must be an absolute http:// or https:// address with no query or fragment, e.g. https://example.org", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, disk.OutputHash());
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/public")]
    [InlineData("theme")]
    [InlineData("")]
    public void Build_OutputOverlappingInput_IsRefusedAndTouchesNothing(string output)
    {
        using var disk = DiskSite.Write(Site);
        var before = FolderHash.Of(disk.Root);

        var run = disk.Build(extra: ["--output", output.Length == 0 ? disk.Root : disk.Path(output.Split('/'))]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF4002: output folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderHash.Of(disk.Root));
    }

    [Fact]
    public void Build_SymbolicLinksInInput_AreRefusedIncludingALoop()
    {
        using var disk = DiskSite.Write(Site);
        var outside = disk.Path("outside.yml");
        File.WriteAllText(outside, "name: Sony\nkind: company\nsummary: S [@wire-2026].\n");
        Directory.CreateDirectory(disk.Path("input", "entities"));
        File.CreateSymbolicLink(disk.Path("input", "entities", "sony.yml"), outside);
        Directory.CreateSymbolicLink(disk.Path("input", "loop"), disk.Input);
        Directory.CreateSymbolicLink(disk.Path("theme", "partials", "up"), disk.Root);
        var before = disk.OutputHash();

        var run = disk.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/entities/sony.yml: error BRF1015: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/loop: error BRF1015: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("theme/partials/up: error BRF1015: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, disk.OutputHash());
        Assert.Empty(disk.Leftovers());
    }

    [Fact]
    public void Build_UnreadableInputAndContentErrors_ReportsThemInOneRun()
    {
        using var disk = DiskSite.Write(Site.Replace("Text [@wire-2026].", "Text [@wire-2026]. See [[sony]].", StringComparison.Ordinal) + """

            -- input/entities/sony.yml --
            name: Sony
            kind: company
            summary: A member [@wire-2026].
            website: http://sony.test/
            """);
        var outside = disk.Path("outside.yml");
        File.WriteAllText(outside, "name: Honda\nkind: company\nsummary: S [@wire-2026].\n");
        File.CreateSymbolicLink(disk.Path("input", "entities", "honda.yml"), outside);

        var run = disk.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/entities/honda.yml: error BRF1015: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/entities/sony.yml(4,10): error BRF2005: website 'http://sony.test/' must be an https:// address", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 errors, 0 warnings", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NamedPipeInInput_IsReadAsEmptyWithoutWaiting()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var disk = DiskSite.Write(Site);
        UnixFiles.CreateNamedPipe(disk.Path("input", "briefings", "pipe.md"));
        var before = disk.OutputHash();

        // Opening a named pipe waits for a writer that never comes; the build must not.
        var build = Task.Run(() => disk.Build());
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))) == build, "the build waited on the pipe");

        var run = await build;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/briefings/pipe.md(1,1): error BRF1003: a briefing starts with front matter", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, disk.OutputHash());
    }

    [Fact]
    public void Build_FileWhoseNameIsNotUtf8_IsReportedAsUnreadable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var disk = DiskSite.Write(Site);
        byte[] name = [(byte)'b', 0xFF, (byte)'.', (byte)'m', (byte)'d'];
        UnixFiles.CreateFileNamedByBytes(disk.Path("input", "briefings"), name);
        try
        {
            var before = disk.OutputHash();

            var run = disk.Build();

            Assert.Equal(1, run.ExitCode);
            var lines = run.Stderr.Replace(Relative(disk), "input/", StringComparison.Ordinal).Split('\n');
            Assert.Contains("input/briefings/b\uFFFD.md: error BRF1017: 'input/briefings/b\uFFFD.md' cannot be read: it vanished while being read, or its name is not valid UTF-8", lines);
            Assert.Equal(before, disk.OutputHash());
        }
        finally
        {
            UnixFiles.DeleteFileNamedByBytes(disk.Path("input", "briefings"), name);
        }
    }

    [Theory]
    [InlineData("--input", "")]
    [InlineData("--theme", " ")]
    [InlineData("--output", "")]
    [InlineData("--output", "  ")]
    public void Build_BlankFolderPath_IsAUsageError(string option, string value)
    {
        using var disk = DiskSite.Write(Site);
        var before = FolderHash.Of(disk.Root);

        var run = disk.Build(extra: [option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option} needs a folder path", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderHash.Of(disk.Root));
    }

    [Fact]
    public void Build_MissingInputFolder_IsReported()
    {
        using var disk = DiskSite.Write(Site);
        var before = disk.OutputHash();

        var run = disk.Build(extra: ["--input", disk.Path("nowhere")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere: error BRF1014: folder '", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, disk.OutputHash());
    }

    /// <summary>How the command line prints the site's input folder: relative to the current directory.</summary>
    private static string Relative(DiskSite disk) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), disk.Input).Replace('\\', '/') + "/";

    private readonly string _work = Directory.CreateTempSubdirectory("briefing-cli-").FullName;

    [Fact]
    public async Task Build_FromAFolderThatWasRemoved_SaysSoAndExitsTwo()
    {
        // The current folder is the process's own, so the command runs in a process of its own, started in a folder
        // the shell removes before the program starts.
        var start = new System.Diagnostics.ProcessStartInfo("sh") { WorkingDirectory = _work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "mkdir gone && cd gone && rmdir ../gone && exec dotnet \"$0\" build", typeof(Briefing.Program).Assembly.Location])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == ExitCodes.Usage, stderr + await stdout);
        Assert.Equal("error: the current folder cannot be read (it may have been removed); cd into the site's folder and run the command again", stderr.Trim());
    }

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
        Assert.StartsWith("Built 22 pages", stdout, StringComparison.Ordinal);
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
    public void Check_FixtureSite_WritesNothingAndReportsItsDraft()
    {
        var input = CopyFixture();

        var (exit, stdout, _) = Run("check", "--input", input, "--theme", RepoPaths.Theme);

        Assert.Equal(0, exit);
        Assert.Equal("Checked 22 pages: no errors.\nChecked 1 draft too: no problems; drafts are not published, so they do not fail the check.", stdout.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
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
