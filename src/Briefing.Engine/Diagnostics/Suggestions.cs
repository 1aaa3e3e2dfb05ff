namespace Briefing.Engine.Diagnostics;

/// <summary>"Did you mean" hints for misspelt ids and keys.</summary>
public static class Suggestions
{
    public static string DidYouMean(string wrong, IEnumerable<string> candidates)
    {
        var best = Closest(wrong, candidates);
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }

    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // "honda-motors" for "honda": a writer adding a word to an id is a near miss, however long the word.
            var extended = wrong.StartsWith(candidate + "-", StringComparison.OrdinalIgnoreCase)
                || candidate.StartsWith(wrong + "-", StringComparison.OrdinalIgnoreCase);
            var distance = extended ? 1 : Distance(wrong, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Beyond a third of the word the "suggestion" is noise.
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
