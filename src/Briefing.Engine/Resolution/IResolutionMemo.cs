namespace Briefing.Engine.Resolution;

/// <summary>
/// What resolving may reuse from an earlier build: the briefings found related to each briefing, while every briefing's
/// subjects are as they were. Resolving asks the same question in every build; whether anything is reused is the memo's
/// business.
/// </summary>
internal interface IResolutionMemo
{
    /// <summary>The briefings related to each briefing, by place in the reading order, as an earlier build found them.</summary>
    /// <param name="subjects">
    /// A hash of everything the finding reads: each briefing's place, entities, topics and chosen related briefings, and
    /// how many are offered.
    /// </param>
    /// <param name="find">Finds them, when no earlier build found them from the same subjects.</param>
    int[][] Related(UInt128 subjects, Func<int[][]> find);
}

/// <summary>Reuses nothing: the related briefings are found, as a one-shot build does.</summary>
internal sealed class NoResolutionMemo : IResolutionMemo
{
    public static readonly NoResolutionMemo Instance = new();

    private NoResolutionMemo()
    {
    }

    public int[][] Related(UInt128 subjects, Func<int[][]> find) => find();
}
