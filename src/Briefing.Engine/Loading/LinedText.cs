namespace Briefing.Engine.Loading;

/// <summary>
/// A YAML file's text with where each of its lines starts, found once: every Markdown field in the file
/// asks how far its lines are indented, and counting lines from the top for each made a timeline of a
/// thousand events cost time in proportion to the square of its length.
/// </summary>
internal sealed class LinedText(string text)
{
    private int[]? _lineStarts;

    public string Text => text;

    /// <summary>The spaces that start 1-based <paramref name="line"/>; 0 past the end of the text.</summary>
    public int IndentOf(int line)
    {
        var starts = _lineStarts ??= LineStarts(text);
        if (line < 1 || line > starts.Length)
        {
            return 0;
        }

        var index = starts[line - 1];
        var indent = 0;
        while (index + indent < text.Length && text[index + indent] == ' ')
        {
            indent++;
        }

        return indent;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        return [.. starts];
    }
}
