using System.Text;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Output;

/// <summary>The output is replaced whole or not at all, only where it may go, and only with paths inside it.</summary>
public sealed class SiteWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly Lazy<RenderedSite> Site = new(() => MiniSite.Build(MiniSite.Basics + """
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        Text [@wire-2026].
        """).Site!);

    private string Output => _folder.Combine("output");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_NewFolder_WritesEverythingAndTheMarker()
    {
        var diagnostics = new DiagnosticBag();

        Assert.True(new SiteWriter().Write(Site.Value, Output, [], diagnostics));

        Assert.Empty(diagnostics.Sorted());
        foreach (var (path, content) in Site.Value.Files)
        {
            Assert.Equal(content, File.ReadAllBytes(Path.Combine(Output, path)));
        }

        Assert.True(File.Exists(Path.Combine(Output, SiteWriter.MarkerFile)));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Write_OverAnEarlierBuild_ReplacesItWhole()
    {
        WritePrevious();

        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));

        Assert.False(File.Exists(Path.Combine(Output, "old-page.html")));
        Assert.Equal(Site.Value.Files.Count + 1, Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Count());
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Write_OverAnEarlierBuild_AnUnchangedFileKeepsItsLastWriteTimeAndAChangedOneIsNew()
    {
        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var path in Site.Value.Files.Keys)
        {
            File.SetLastWriteTimeUtc(Path.Combine(Output, path), old);
        }

        // One file as an older engine might have left it: another length, and one of the same length.
        File.WriteAllText(Path.Combine(Output, "index.html"), "<!doctype html><title>Older</title>");
        var sameLength = Site.Value.Files.Keys.First(p => p.EndsWith("/index.html", StringComparison.Ordinal));
        var changed = Site.Value.Files[sameLength].ToArray();
        changed[^1] ^= 1;
        File.WriteAllBytes(Path.Combine(Output, sameLength), changed);
        var written = DateTime.UtcNow.AddMinutes(-1);

        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));

        foreach (var (path, content) in Site.Value.Files)
        {
            var file = Path.Combine(Output, path);
            Assert.Equal(content, File.ReadAllBytes(file));
            if (path == "index.html" || path == sameLength)
            {
                Assert.True(File.GetLastWriteTimeUtc(file) > written, path);
            }
            else
            {
                Assert.Equal(old, File.GetLastWriteTimeUtc(file));
            }
        }

        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Write_OverAnEarlierBuild_NeverCarriesOverASymbolicLink()
    {
        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));
        var path = Site.Value.Files.Keys.First(p => p.EndsWith("/index.html", StringComparison.Ordinal));
        var outside = _folder.Combine("outside.html");
        File.WriteAllBytes(outside, Site.Value.Files[path]);
        File.Delete(Path.Combine(Output, path));
        File.CreateSymbolicLink(Path.Combine(Output, path), outside);

        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));

        var file = new FileInfo(Path.Combine(Output, path));
        Assert.Null(file.LinkTarget);
        Assert.Equal(Site.Value.Files[path], File.ReadAllBytes(file.FullName));

        // Were the two one file, writing the outside one would change the site.
        File.WriteAllText(outside, "changed");
        Assert.Equal(Site.Value.Files[path], File.ReadAllBytes(file.FullName));
        Assert.Empty(Leftovers());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(-1)]
    public void Write_FailureAtAnyFile_LeavesThePreviousOutputByteIdentical(int failAt)
    {
        WritePrevious();
        var before = FolderHash.Of(Output);
        var index = failAt < 0 ? Site.Value.Files.Count - 1 : failAt;
        var count = 0;
        var writer = new SiteWriter(_ =>
        {
            if (count++ == index)
            {
                throw new IOException("No space left on device");
            }
        });
        var diagnostics = new DiagnosticBag();

        Assert.False(writer.Write(Site.Value, Output, [], diagnostics));

        Assert.Equal($"{Output}: error BRF4001: could not write the site (No space left on device); the previous output is unchanged", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal(before, FolderHash.Of(Output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Write_FailureWithoutPreviousOutput_LeavesNothing()
    {
        var writer = new SiteWriter(_ => throw new UnauthorizedAccessException("Access denied"));

        Assert.False(writer.Write(Site.Value, Output, [], new DiagnosticBag()));

        Assert.False(Directory.Exists(Output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void BuildAndWrite_WriteFailure_IsAFailedBuild()
    {
        WritePrevious();
        var before = FolderHash.Of(Output);
        var input = SiteWithBriefing("Text [@wire-2026].");

        var result = SiteBuilder.BuildAndWrite(input, new BuildOptions(), Output, [], new SiteWriter(_ => throw new IOException("Input/output error")));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BRF4001");
        Assert.Equal(before, FolderHash.Of(Output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void BuildAndWrite_StrictBuildWithAWarning_WritesNothingAndLeavesNoStagingFolder()
    {
        WritePrevious();
        var before = FolderHash.Of(Output);
        // Pages are written as they render, and only a warning is known before then: under --strict the staged pages must go.
        var input = SiteWithBriefing("Text without a source.");

        var result = SiteBuilder.BuildAndWrite(input, new BuildOptions(Strict: true), Output, []);

        Assert.False(result.Succeeded);
        Assert.Null(result.Files);
        Assert.Contains(result.Diagnostics, d => d.Code == "BRF2009");
        Assert.Equal(before, FolderHash.Of(Output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void BuildAndWrite_ContentErrorAndUnusableOutput_ReportsBothAndWritesNothing()
    {
        var input = SiteWithBriefing("[[nobody]] acts [@wire-2026].");
        var file = _folder.Write("taken", "a file where the output would go");

        var result = SiteBuilder.BuildAndWrite(input, new BuildOptions(), file, []);

        Assert.Equal(["BRF2001", "BRF4002"], result.Diagnostics.Select(d => d.Code).Order());
        Assert.Equal("a file where the output would go", File.ReadAllText(file));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void BuildAndWrite_GoodSite_ListsEveryFileItWrote()
    {
        var input = SiteWithBriefing("Text [@wire-2026].");

        var result = SiteBuilder.BuildAndWrite(input, new BuildOptions(), Output, []);

        Assert.True(result.Succeeded);
        var written = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Where(f => f != SiteWriter.MarkerFile)
            .Order(StringComparer.Ordinal);
        Assert.Equal(written, result.Files);
        Assert.Contains("briefings/a/index.html", result.Files!);
    }

    [Fact]
    public void Write_LeftoversOfAnInterruptedBuild_AreRemoved()
    {
        WritePrevious();
        var staging = _folder.Write(".output.tmp-0123456789ab/index.html", "half");
        var retired = _folder.Write(".output.old-ba9876543210/index.html", "old");
        var unrelated = _folder.Write(".output.tmp-notours/keep.txt", "someone else's");

        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));

        Assert.False(File.Exists(staging));
        Assert.False(File.Exists(retired));
        Assert.True(File.Exists(unrelated));
    }

    [Theory]
    [InlineData("../evil.html", "'../evil.html' is not a plain path inside the output folder: it has an empty, '.' or '..' path segment")]
    [InlineData("a/../../evil.html", "'a/../../evil.html' is not a plain path inside the output folder: it has an empty, '.' or '..' path segment")]
    [InlineData("/etc/evil", "'/etc/evil' is not a plain path inside the output folder: it has an empty, '.' or '..' path segment")]
    [InlineData("a//b.html", "'a//b.html' is not a plain path inside the output folder: it has an empty, '.' or '..' path segment")]
    [InlineData("a\\..\\..\\evil.html", "'a\\..\\..\\evil.html' is not a plain path inside the output folder: it has a character that is not allowed in file names")]
    [InlineData("C:evil.html", "'C:evil.html' is not a plain path inside the output folder: it has a character that is not allowed in file names")]
    [InlineData("page\u0000.html", "'page\\u0000.html' is not a plain path inside the output folder: it has a character that is not allowed in file names")]
    [InlineData("con.html", "'con.html' is not a plain path inside the output folder: it has a device name on Windows")]
    [InlineData("dots./x.html", "'dots./x.html' is not a plain path inside the output folder: it has a name ending in '.' or a space, which Windows drops")]
    [InlineData(".briefing-output", "'.briefing-output' is the name of the file that marks an output folder")]
    public void Write_PathNotPlainlyInside_WritesNothing(string path, string problem)
    {
        WritePrevious();
        var before = FolderHash.Of(_folder.Path);
        var site = new RenderedSite(new Dictionary<string, byte[]> { ["index.html"] = [1], [path] = [2] });
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(site, Output, [], diagnostics));

        Assert.Equal($"{Output}: error BRF4001: {problem}; nothing was written and the previous output is unchanged", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal(before, FolderHash.Of(_folder.Path));
    }

    [Theory]
    [InlineData(new[] { "Page.html", "page.html" }, "'page.html' and 'Page.html' differ only in case and would overwrite each other")]
    [InlineData(new[] { "a", "a/b.html" }, "'a' would be both a file and a folder")]
    [InlineData(new[] { "A/b.html", "a" }, "'a' would be both a file and a folder")]
    public void Write_PathsThatCollide_WriteNothing(string[] paths, string problem)
    {
        var site = new RenderedSite(paths.ToDictionary(p => p, _ => new byte[] { 1 }, StringComparer.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(site, Output, [], diagnostics));

        Assert.Equal($"{Output}: error BRF4001: {problem}; nothing was written and the previous output is unchanged", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Write_FolderWithFilesBriefingDidNotWrite_IsLeftAlone()
    {
        var document = _folder.Write("output/thesis.docx", "years of work");

        var diagnostics = new DiagnosticBag();
        Assert.False(new SiteWriter().Write(Site.Value, Output, [], diagnostics));

        Assert.Equal($"{Output}: error BRF4002: '{Output}' already holds files that briefing did not write, and the output folder is replaced whole; choose a new or empty folder, or empty this one yourself", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal("years of work", File.ReadAllText(document));
    }

    [Fact]
    public void Write_EmptyExistingFolder_IsUsed()
    {
        Directory.CreateDirectory(Output);

        Assert.True(new SiteWriter().Write(Site.Value, Output, [], new DiagnosticBag()));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
    }

    [Theory]
    [InlineData("input", "input")]
    [InlineData("input/public", "input")]
    [InlineData(".", "input")]
    [InlineData("theme", "theme")]
    [InlineData("theme/assets/out", "theme")]
    public void Write_OutputOverlappingInputOrTheme_IsRefused(string output, string overlapped)
    {
        var input = _folder.Write("input/site.yml", "title: T");
        var theme = _folder.Write("theme/layouts/base.html", "{{ content }}");
        var before = FolderHash.Of(_folder.Path);
        var folder = Path.GetFullPath(_folder.Combine(output.Split('/')));
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(Site.Value, folder, [_folder.Combine("input"), _folder.Combine("theme")], diagnostics));

        Assert.Equal($"{folder}: error BRF4002: output folder '{folder}' overlaps '{_folder.Combine(overlapped)}'; replacing it would destroy input. Choose a separate folder such as 'output'", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal(before, FolderHash.Of(_folder.Path));
        Assert.True(File.Exists(input) && File.Exists(theme));
    }

    [Fact]
    public void Write_OutputReachedThroughALinkIntoTheInput_IsRefused()
    {
        _folder.Write("input/site.yml", "title: T");
        Directory.CreateSymbolicLink(_folder.Combine("alias"), _folder.Path);
        var output = _folder.Combine("alias", "input", "public");
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(Site.Value, output, [_folder.Combine("input")], diagnostics));

        Assert.Equal("BRF4002", Assert.Single(diagnostics.Sorted()).Code);
        Assert.False(Directory.Exists(_folder.Combine("input", "public")));
    }

    [Fact]
    public void Write_OutputThatIsALink_IsRefused()
    {
        var target = _folder.Write("elsewhere/precious.txt", "keep");
        Directory.CreateSymbolicLink(Output, _folder.Combine("elsewhere"));
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(Site.Value, Output, [], diagnostics));

        Assert.Equal($"{Output}: error BRF4002: '{Output}' is a symbolic link; the output is replaced whole, so give the real folder", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal("keep", File.ReadAllText(target));
    }

    [Fact]
    public void Write_OutputThatIsAFile_IsRefused()
    {
        _folder.Write("output", "a file");
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(Site.Value, Output, [], diagnostics));

        Assert.Equal($"{Output}: error BRF4002: '{Output}' is a file; the output must be a folder", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal("a file", File.ReadAllText(Output));
    }

    [Fact]
    public void Write_NoOutputFolder_IsRefused()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(Site.Value, " ", [], diagnostics));

        Assert.Equal("error BRF4002: no output folder was given; name one such as 'output'", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void Write_FileSystemRoot_IsRefused()
    {
        var root = Path.GetPathRoot(_folder.Path)!;
        var diagnostics = new DiagnosticBag();

        Assert.False(new SiteWriter().Write(Site.Value, root, [], diagnostics));

        Assert.Equal($"{root}: error BRF4002: '{root}' is the root of a drive; choose a folder such as 'output'", Assert.Single(diagnostics.Sorted()).ToString());
    }

    /// <summary>The basic mini-site with one briefing whose body is <paramref name="body"/>.</summary>
    private static SiteInput SiteWithBriefing(string body) =>
        MiniSite.Parse(MiniSite.Basics + "-- input/briefings/a.md --\n---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n" + body + "\n");

    private void WritePrevious()
    {
        _folder.Write("output/index.html", "<!doctype html><title>Previous</title>");
        _folder.Write("output/old-page.html", "old");
        _folder.Write("output/" + SiteWriter.MarkerFile, "marker");
        Assert.Equal(Encoding.UTF8.GetBytes("old"), File.ReadAllBytes(Path.Combine(Output, "old-page.html")));
    }

    private List<string> Leftovers() =>
        Directory.EnumerateDirectories(_folder.Path, ".output.*").ToList();
}
