using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Markdig.Syntax;

namespace Briefing.Engine.Loading;

/// <summary>Parses Markdown, keeping a map back to its true file position, and reports what the parser refused there.</summary>
internal static class MarkdownTextReader
{
    /// <summary>A whole file of Markdown: a briefing, front matter included, so positions are file positions.</summary>
    /// <param name="fileText">The file's text, as <see cref="TextDecoder.Decode"/> gave it.</param>
    /// <remarks>A tree parsed again decodes the file's bytes again rather than keep the text: the text takes twice the bytes' memory.</remarks>
    public static MarkdownText ReadFile(InputFile file, string fileText, DiagnosticBag diagnostics) =>
        Read(fileText, document => new MarkdownText(document, file.DisplayPath, 1, 1, 0, () => BriefingMarkdown.Parse(TextDecoder.DecodeAgain(file), out _)), diagnostics);

    /// <summary>Markdown written inside a YAML value.</summary>
    public static MarkdownText Read(YamlScalar scalar, LinedText file, DiagnosticBag diagnostics)
    {
        var location = scalar.Location;
        if (scalar.IsBlock)
        {
            // A block scalar's text starts on the line after its '|' or '>' indicator.
            var indent = file.IndentOf(location.Line + 1);
            return Read(scalar.Text, document => new MarkdownText(document, location.Path, location.Line + 1, indent + 1, indent), diagnostics);
        }

        var quoted = scalar.IsPlain ? 0 : 1;
        return Read(scalar.Text, document => new MarkdownText(document, location.Path, location.Line, location.Column + quoted, location.Column - 1), diagnostics);
    }

    /// <param name="locate">Makes the text from its tree.</param>
    private static MarkdownText Read(string markdown, Func<MarkdownDocument, MarkdownText> locate, DiagnosticBag diagnostics)
    {
        var document = BriefingMarkdown.Parse(markdown, out var refusals);
        var text = locate(document);
        foreach (var refusal in refusals)
        {
            diagnostics.Report(refusal.Code, text.LocationAt(refusal.Line, refusal.Column), refusal.Message);
        }

        return text;
    }
}
