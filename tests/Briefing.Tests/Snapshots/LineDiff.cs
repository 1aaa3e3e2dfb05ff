using System.Globalization;
using System.Text;

namespace Briefing.Tests.Snapshots;

/// <summary>A unified diff of two lists of lines, as <c>diff -u</c> prints it, for a person to read.</summary>
public static class LineDiff
{
    /// <summary>Past this many cells the middle is shown as all removed, then all added, rather than searched for common lines.</summary>
    private const long MaxCells = 16_000_000;

    /// <returns>The diff, with "--- name" and "+++ name" headers; empty when the lines are the same.</returns>
    public static string Unified(IReadOnlyList<string> before, IReadOnlyList<string> after, string beforeName, string afterName, int context = 3)
    {
        var edits = Edits(before, after);
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != ' ').Select(x => x.i).ToList();
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append("--- ").Append(beforeName).Append('\n').Append("+++ ").Append(afterName).Append('\n');
        var start = 0;
        while (start < changed.Count)
        {
            // A hunk takes every change within twice the context of the previous one.
            var end = start;
            while (end + 1 < changed.Count && changed[end + 1] - changed[end] <= 2 * context)
            {
                end++;
            }

            var from = Math.Max(0, changed[start] - context);
            var to = Math.Min(edits.Count - 1, changed[end] + context);
            var hunk = edits.GetRange(from, to - from + 1);
            var oldCount = hunk.Count(e => e.Kind != '+');
            var newCount = hunk.Count(e => e.Kind != '-');
            var oldStart = edits[from].Old + (oldCount == 0 ? 0 : 1);
            var newStart = edits[from].New + (newCount == 0 ? 0 : 1);
            text.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
            foreach (var edit in hunk)
            {
                text.Append(edit.Kind).Append(edit.Line).Append('\n');
            }

            start = end + 1;
        }

        return text.ToString();
    }

    /// <summary>Every line of both, in order: kept (' '), removed ('-') or added ('+'), with the 0-based index it has in each list before it.</summary>
    private static List<(char Kind, string Line, int Old, int New)> Edits(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix && before[before.Count - 1 - suffix] == after[after.Count - 1 - suffix])
        {
            suffix++;
        }

        var a = before.Skip(prefix).Take(before.Count - prefix - suffix).ToArray();
        var b = after.Skip(prefix).Take(after.Count - prefix - suffix).ToArray();
        var edits = new List<(char, string, int, int)>(before.Count + b.Length);
        for (var i = 0; i < prefix; i++)
        {
            edits.Add((' ', before[i], i, i));
        }

        int x = 0, y = 0;
        if ((long)a.Length * b.Length <= MaxCells)
        {
            // Longest common subsequence of the middle, from the end, then walked from the start.
            var common = new int[a.Length + 1, b.Length + 1];
            for (var i = a.Length - 1; i >= 0; i--)
            {
                for (var j = b.Length - 1; j >= 0; j--)
                {
                    common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            while (x < a.Length && y < b.Length)
            {
                if (a[x] == b[y])
                {
                    edits.Add((' ', a[x], prefix + x, prefix + y));
                    x++;
                    y++;
                }
                else if (common[x + 1, y] >= common[x, y + 1])
                {
                    edits.Add(('-', a[x], prefix + x, prefix + y));
                    x++;
                }
                else
                {
                    edits.Add(('+', b[y], prefix + x, prefix + y));
                    y++;
                }
            }
        }

        for (; x < a.Length; x++)
        {
            edits.Add(('-', a[x], prefix + x, prefix + y));
        }

        for (; y < b.Length; y++)
        {
            edits.Add(('+', b[y], prefix + x, prefix + y));
        }

        for (var i = 0; i < suffix; i++)
        {
            edits.Add((' ', before[before.Count - suffix + i], before.Count - suffix + i, after.Count - suffix + i));
        }

        return edits;
    }
}
