namespace Briefing.Engine.Diagnostics;

/// <summary>The stage a <see cref="BuildProgress"/> counts in.</summary>
public enum BuildStage
{
    /// <summary>Briefings parsed.</summary>
    Load,

    /// <summary>Pages rendered.</summary>
    Render,

    /// <summary>Files written.</summary>
    Write,
}

/// <summary>How far a stage has got: <paramref name="Done"/> of <paramref name="Total"/> briefings parsed, pages rendered or files written.</summary>
public sealed record BuildProgress(BuildStage Stage, int Done, int Total);

/// <summary>Counts finished items from parallel loops and reports each; costs nothing without a listener.</summary>
internal sealed class ProgressCounter(IProgress<BuildProgress>? progress, BuildStage stage, int total)
{
    private int _done;

    public void Step()
    {
        if (progress is not null)
        {
            progress.Report(new BuildProgress(stage, Interlocked.Increment(ref _done), total));
        }
    }
}
