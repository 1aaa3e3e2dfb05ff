namespace Briefing.Engine;

/// <summary>How far a stage has got: <paramref name="Done"/> of <paramref name="Total"/> briefings parsed, pages rendered or files written.</summary>
/// <param name="Stage"><see cref="Load"/>, <see cref="Render"/> or <see cref="Write"/>.</param>
public sealed record BuildProgress(string Stage, int Done, int Total)
{
    public const string Load = "load";
    public const string Render = "render";
    public const string Write = "write";
}

/// <summary>Counts finished items from parallel loops and reports each; costs nothing without a listener.</summary>
internal sealed class ProgressCounter(IProgress<BuildProgress>? progress, string stage, int total)
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
