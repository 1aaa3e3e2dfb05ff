using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>Parses Markdown written inside a YAML value, keeping a map back to its true file position.</summary>
internal static class MarkdownTextReader
{
    public static MarkdownText Read(YamlScalar scalar, string fileText)
    {
        var document = BriefingMarkdown.Parse(scalar.Text);
        var location = scalar.Location;
        if (scalar.IsBlock)
        {
            // A block scalar's text starts on the line after its '|' or '>' indicator.
            var indent = IndentOf(fileText, location.Line + 1);
            return new MarkdownText(document, location.Path, location.Line + 1, indent + 1, indent);
        }

        var quoted = scalar.IsPlain ? 0 : 1;
        return new MarkdownText(document, location.Path, location.Line, location.Column + quoted, location.Column - 1);
    }

    private static int IndentOf(string text, int line)
    {
        var current = 1;
        var index = 0;
        while (current < line && index < text.Length)
        {
            var next = text.IndexOf('\n', index);
            if (next < 0)
            {
                return 0;
            }

            index = next + 1;
            current++;
        }

        var indent = 0;
        while (index + indent < text.Length && text[index + indent] == ' ')
        {
            indent++;
        }

        return indent;
    }
}
