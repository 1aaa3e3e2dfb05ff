using Briefing.Commands;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Commands;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void Report_OnTerminal_DrawsOneLineAndErasesItWhenRenderingEnds()
    {
        using var terminal = new StringWriter();
        using (var display = new ProgressDisplay(terminal, TimeSpan.Zero, TimeSpan.Zero))
        {
            display.Report(new BuildProgress(BuildStage.Load, 3, 10));
            display.Report(new BuildProgress(BuildStage.Render, 40, 57));
            Assert.Equal("\rParsing briefings 3/10\rRendering pages 40/57 ", terminal.ToString());
            display.Report(new BuildProgress(BuildStage.Render, 57, 57));
        }

        Assert.EndsWith("\r" + new string(' ', "Rendering pages 40/57".Length) + "\r", terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Writing_NamesTheStage()
    {
        using var terminal = new StringWriter();
        using var display = new ProgressDisplay(terminal, TimeSpan.Zero, TimeSpan.Zero);

        display.Report(new BuildProgress(BuildStage.Write, 5, 60));

        Assert.Equal("\rWriting files 5/60", terminal.ToString());
    }

    [Fact]
    public void Report_QuickBuild_ShowsNothing()
    {
        using var terminal = new StringWriter();
        using (var display = new ProgressDisplay(terminal, TimeSpan.FromMinutes(1), TimeSpan.Zero))
        {
            display.Report(new BuildProgress(BuildStage.Render, 1, 2));
        }

        Assert.Equal(string.Empty, terminal.ToString());
    }

    [Fact]
    public void Build_RedirectedOutput_PrintsNoProgress()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = Program.Run(["check", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme], stdout, stderr);

        Assert.Equal(0, code);
        Assert.DoesNotContain('\r', stderr.ToString());
        Assert.DoesNotContain("Rendering pages", stderr.ToString(), StringComparison.Ordinal);
    }
}
