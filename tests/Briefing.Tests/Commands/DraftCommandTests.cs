using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Commands;

/// <summary>
/// Drafts on the command line: <c>build</c> leaves them out and says how many; <c>check</c> checks them too and marks
/// their problems, while its verdict stays the published build's.
/// </summary>
public sealed class DraftCommandTests
{
    private const string Site = MiniSite.Basics + """
        -- input/entities/sony.yml --
        name: Sony
        kind: company
        summary: An electronics group [@wire-2026].
        -- input/briefings/a.md --
        ---
        title: A
        date: 2026-01-01
        summary: S
        ---
        Text about [[sony]] [@wire-2026].
        -- input/briefings/wip.md --
        ---
        title: Work in progress
        date: 2026-01-02
        summary: S
        draft: true
        ---
        Unfinished text about [[sonyy]] [@wire-2026].
        """;

    private const string SecondDraft = """
        -- input/briefings/notes.md --
        ---
        title: Notes
        date: 2026-01-03
        summary: S
        draft: true
        ---
        Notes [@wire-2026].
        """;

    [Fact]
    public void Build_OneDraft_LeavesItOutAndSaysSo()
    {
        using var disk = DiskSite.Write(Site);

        var run = disk.Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"\n1 draft not published: {Relative(disk)}briefings/wip.md\n", Unix(run.Stdout), StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
        Assert.False(Directory.Exists(disk.Path("output", "briefings", "wip")));
    }

    [Fact]
    public void Build_TwoDrafts_CountsThemInThePlural()
    {
        using var disk = DiskSite.Write(Site + "\n" + SecondDraft);

        var run = disk.Build(new BuildOptions(Strict: true));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"\n2 drafts not published: {Relative(disk)}briefings/notes.md, {Relative(disk)}briefings/wip.md\n", Unix(run.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithDrafts_PublishesThemAndItsErrorsFail()
    {
        using var disk = DiskSite.Write(Site);

        var run = disk.Build(new BuildOptions(Drafts: true));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("briefings/wip.md(7,23): error BRF2001: unknown entity 'sonyy'; did you mean 'sony'?\n", Unix(run.Stderr), StringComparison.Ordinal);
        Assert.DoesNotContain("in a draft", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not published", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DraftWithAnError_ReportsItMarkedAndPasses()
    {
        using var disk = DiskSite.Write(Site);

        var run = disk.Build(command: "check");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(
            $"{Relative(disk)}briefings/wip.md(7,23): error BRF2001: unknown entity 'sonyy'; did you mean 'sony'? (in a draft)\n"
            + "0 errors, 0 warnings; in drafts, which are not published: 1 error, 0 warnings\n",
            Unix(run.Stderr));
        Assert.EndsWith(
            "pages: no errors.\nChecked 1 draft too: 1 error, 0 warnings, listed above; drafts are not published, so they do not fail the check.\n",
            Unix(run.Stdout),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CleanDraft_SaysItWasChecked()
    {
        using var disk = DiskSite.Write(Site.Replace("[[sonyy]]", "[[sony]]", StringComparison.Ordinal));

        var run = disk.Build(command: "check");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Empty(run.Stderr);
        Assert.EndsWith("\nChecked 1 draft too: no problems; drafts are not published, so they do not fail the check.\n", Unix(run.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PublishedPageLinkingToADraft_FailsAsTheBuildDoes()
    {
        // With the draft included the link would resolve; published, it leads nowhere.
        var site = Site.Replace("[[sonyy]]", "[[sony]]", StringComparison.Ordinal)
            .Replace("Text about [[sony]]", "Text about [[sony]], see [the notes](/briefings/wip/)", StringComparison.Ordinal);
        using var disk = DiskSite.Write(site);

        var check = disk.Build(command: "check");
        var build = disk.Build(options: new BuildOptions(Strict: true));

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("briefings/a.md(6,", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("error BRF2007: ", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("Check failed.", check.Stderr, StringComparison.Ordinal);
        var problem = Unix(check.Stderr).Split('\n').Single(l => l.Contains("BRF2007", StringComparison.Ordinal));
        Assert.Contains(problem, build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithDrafts_TreatsThemAsPublished()
    {
        using var disk = DiskSite.Write(Site);

        var run = disk.Build(new BuildOptions(Drafts: true), command: "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF2001: unknown entity 'sonyy'; did you mean 'sony'?\n1 error, 0 warnings\nCheck failed.\n", Unix(run.Stderr), StringComparison.Ordinal);
    }

    private static string Unix(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>How the command line prints the site's input folder: relative to the current directory.</summary>
    private static string Relative(DiskSite disk) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), disk.Input).Replace('\\', '/') + "/";
}
