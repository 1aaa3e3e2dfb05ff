using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>
/// Parses Markdown, reports what the parser refused, and keeps what later stages need of the tree (its
/// outline and HTML) with a map back to the text's true file position. The tree itself stays here.
/// </summary>
internal static class MarkdownTextReader
{
    /// <summary>A whole file of Markdown: a briefing, front matter included, so positions are file positions.</summary>
    /// <param name="fileText">The file's text, as <see cref="TextDecoder.Decode"/> gave it.</param>
    /// <param name="memo">Where a text parsed by an earlier build may be found; a whole file is where nearly all of a site's Markdown is.</param>
    public static MarkdownText ReadFile(InputFile file, string fileText, DiagnosticBag diagnostics, ILoadMemo memo) =>
        Read(fileText, file.DisplayPath, 1, 1, 0, diagnostics, memo);

    /// <summary>Markdown written inside a YAML value.</summary>
    public static MarkdownText Read(YamlScalar scalar, LinedText file, DiagnosticBag diagnostics)
    {
        var location = scalar.Location;
        if (scalar.IsBlock)
        {
            // A block scalar's text starts on the line after its '|' or '>' indicator.
            var indent = file.IndentOf(location.Line + 1);
            return Read(scalar.Text, location.Path, location.Line + 1, indent + 1, indent, diagnostics, NoLoadMemo.Instance);
        }

        var quoted = scalar.IsPlain ? 0 : 1;
        return Read(scalar.Text, location.Path, location.Line, location.Column + quoted, location.Column - 1, diagnostics, NoLoadMemo.Instance);
    }

    /// <summary>What loading keeps of a text: the tree's outline and HTML, and what the parser refused; the tree itself is let go.</summary>
    public static ParsedMarkdown Parse(string markdown)
    {
        var document = BriefingMarkdown.Parse(markdown, out var refusals);
        return new ParsedMarkdown(MarkdownOutline.Of(document), BriefingMarkdown.Render(document), refusals);
    }

    /// <param name="firstLine">The file line of the text's first line.</param>
    /// <param name="firstColumn">The file column of the text's first character.</param>
    /// <param name="indent">The columns left of the text on its later lines.</param>
    private static MarkdownText Read(string markdown, string path, int firstLine, int firstColumn, int indent, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        var parsed = memo.Markdown(markdown, Parse);
        var text = new MarkdownText(parsed.Outline, parsed.Html, path, firstLine, firstColumn, indent);
        foreach (var refusal in parsed.Refusals)
        {
            diagnostics.Report(refusal.Code, text.LocationAt(refusal.Line, refusal.Column), refusal.Message);
        }

        return text;
    }
}
