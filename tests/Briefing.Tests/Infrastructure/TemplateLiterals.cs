using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Finds words a template writes itself rather than asks the language file for: the template's HTML with its
/// Scriban code blanked out, then each text node and each attribute a reader meets (aria-label, title, alt,
/// placeholder, a description's content, the messages a script shows from data-text-*) that still has a letter in it;
/// and each string in the code with letters that the code may write.
/// </summary>
internal static partial class TemplateLiterals
{
    /// <summary>Attributes a reader hears or sees; others (class, href, datetime) are for the browser.</summary>
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "aria-label", "aria-description", "aria-roledescription", "aria-placeholder", "aria-valuetext", "title", "alt", "placeholder", "label", "value",
    };

    /// <summary>The <c>name</c> or <c>property</c> of a <c>meta</c> whose <c>content</c> a reader sees, in results and link previews.</summary>
    private static readonly HashSet<string> ReadMeta = new(StringComparer.OrdinalIgnoreCase)
    {
        "description", "og:title", "og:description", "og:site_name", "twitter:title", "twitter:description",
    };

    /// <summary>Each literal word of the template: where it starts (1-based) and the text it stands in.</summary>
    public static IReadOnlyList<string> Find(string path, string template)
    {
        var parsed = Template.Parse(template, path);
        if (parsed.HasErrors)
        {
            throw new InvalidOperationException($"{path} does not parse: {string.Join("; ", parsed.Messages)}");
        }

        // Everything but the raw text is code; code becomes blanks, so offsets, lines and columns stay the template's.
        var html = template.Select(c => c == '\n' ? '\n' : ' ').ToArray();
        foreach (var raw in Descendants(parsed.Page!).OfType<ScriptRawStatement>())
        {
            for (var i = raw.Span.Start.Offset; i <= raw.Span.End.Offset; i++)
            {
                html[i] = template[i];
            }
        }

        var found = new List<string>();
        var text = new string(html);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('<', at);
            Check(at, open < 0 ? text.Length : open);
            if (open < 0)
            {
                break;
            }

            if (Skipped().Match(text, open) is { Success: true } skipped)
            {
                at = open + skipped.Length;
                continue;
            }

            var close = text.IndexOf('>', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"{Where(open)}: a tag is not closed");
            }

            var tag = text[open..(close + 1)];
            var attributes = Attribute().Matches(tag).ToDictionary(m => m.Groups["name"].Value, m => m, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, match) in attributes)
            {
                var metaName = attributes.GetValueOrDefault("name") ?? attributes.GetValueOrDefault("property");
                var read = ReadAttributes.Contains(name)
                    || name.StartsWith("data-text-", StringComparison.OrdinalIgnoreCase)
                    || (name.Equals("content", StringComparison.OrdinalIgnoreCase) && metaName is not null && ReadMeta.Contains(metaName.Groups["value"].Value.Trim()));
                if (read)
                {
                    var value = match.Groups["value"];
                    Check(open + value.Index, open + value.Index + value.Length);
                }
            }

            at = close + 1;
        }

        foreach (var literal in Descendants(parsed.Page!).OfType<ScriptLiteral>())
        {
            if (literal.Value is string value && value.Any(char.IsLetter) && !Unwritten(literal))
            {
                found.Add($"{path}({literal.Span.Start.Line + 1},{literal.Span.Start.Column + 1}): '{value}' (a string the code writes)");
            }
        }

        return found;

        void Check(int start, int end)
        {
            var words = Entity().Replace(text[start..end], m => new string(' ', m.Length));
            var letter = words.ToList().FindIndex(char.IsLetter);
            if (letter >= 0)
            {
                found.Add($"{Where(start + letter)}: '{Space().Replace(words.Trim(), " ")}'");
            }
            else if (words.AsSpan().IndexOfAny(JoiningMarks) is var mark and >= 0)
            {
                found.Add($"{Where(start + mark)}: '{Space().Replace(words.Trim(), " ")}' (a mark that joins a line, which each language writes its own way: text 'punctuation.…')");
            }
        }

        string Where(int offset)
        {
            var line = 1 + template.AsSpan(0, offset).Count('\n');
            var lineStart = offset == 0 ? 0 : template.LastIndexOf('\n', offset - 1) + 1;
            return $"{path}({line},{offset - lineStart + 1})";
        }
    }

    /// <summary>Marks between the parts of a line: Japanese writes 、・：（） without spaces where English writes these.</summary>
    private static readonly System.Buffers.SearchValues<char> JoiningMarks = System.Buffers.SearchValues.Create(",;:·().");

    /// <summary>
    /// Whether a string in the code is never shown: a key or a template's name (<c>text 'key'</c>,
    /// <c>include 'partials/x.html'</c>, <c>include_cached 'partials/x.html'</c>, <c>asset 'site.css'</c>), or a
    /// value compared with (<c>prov == "relayed"</c>, <c>when "contested"</c>). Any other string with letters could
    /// reach the page.
    /// </summary>
    private static bool Unwritten(ScriptLiteral literal)
    {
        var parent = literal.Parent;
        while (parent is ScriptList)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            ScriptWhenStatement => true,
            ScriptBinaryExpression binary => binary.Operator is >= ScriptBinaryOperator.CompareEqual and <= ScriptBinaryOperator.CompareGreater,
            ScriptFunctionCall { Target: ScriptVariable { Name: "text" or "include" or "include_cached" or "asset" } } call => call.Arguments.Count > 0 && ReferenceEquals(call.Arguments[0], literal),
            _ => false,
        };
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is null)
            {
                continue;
            }

            yield return child;
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>What holds no reader-visible text: comments, the doctype, scripts and styles.</summary>
    [GeneratedRegex(@"\G(?:<!--.*?-->|<!doctype[^>]*>|<script\b.*?</script>|<style\b.*?</style>)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    [GeneratedRegex(@"(?<name>[\w:-]+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex Attribute();

    /// <summary>A character reference, such as &amp;nbsp; or &amp;#8212;, which is not a word.</summary>
    [GeneratedRegex(@"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
