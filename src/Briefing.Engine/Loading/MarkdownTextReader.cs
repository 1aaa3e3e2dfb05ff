using System.Buffers;
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
    /// <summary>The most bytes of a kept file decoded first to find its front matter: a briefing's is a few hundred.</summary>
    private const int FirstBytes = 2048;

    /// <summary>
    /// A whole file of Markdown with front matter (a briefing, page or translation): the front matter's YAML, and the
    /// file read as Markdown, front matter included, so positions are file positions, and the file's face
    /// (<see cref="InputFace.OfText"/>). Null, with the problem reported, when the file is not UTF-8 text or its front
    /// matter is missing or not closed.
    /// </summary>
    /// <param name="missing">What the file must start with, said when it does not.</param>
    /// <param name="memo">Where a file parsed by an earlier build may be found; whole files are where nearly all of a site's Markdown is.</param>
    public static (string Yaml, MarkdownText Body, UInt128 Face)? ReadFile(InputFile file, string missing, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        // Read here, not with its folder, so the bytes are let go once the file is parsed.
        LentBytes lent;
        try
        {
            lent = file.Lend();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            InputReader.Unreadable(file.DisplayPath, ex, diagnostics);
            return null;
        }

        using (lent)
        {
            var content = lent.Span;

            // A kept file decoded and had its front matter before, so only as many of its first lines as hold the front
            // matter are decoded: the rest, most of the file, would be decoded only to be dropped.
            var lookup = memo.FindMarkdown(content);
            var kept = lookup.Kept;
            for (var most = FirstBytes; kept is not null; most *= 4)
            {
                var chars = ArrayPool<char>.Shared.Rent(Math.Min(most, content.Length));
                try
                {
                    var head = chars.AsSpan(0, TextDecoder.Head(content, most, chars));
                    if (BriefingLoader.FrontMatter(head, file.DisplayPath, missing, null) is { } frontMatter)
                    {
                        return WithFace(frontMatter, Text(kept, file.DisplayPath, 1, 1, 0, diagnostics));
                    }
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(chars);
                }

                if (most >= content.Length)
                {
                    break;
                }
            }

            var text = TextDecoder.Decode(file.DisplayPath, content, diagnostics, lent.FileLength);
            if (text is null || BriefingLoader.FrontMatter(text, file.DisplayPath, missing, diagnostics) is not { } yaml)
            {
                return null;
            }

            return WithFace(yaml, Text(kept ?? memo.Markdown(lookup, text, Parse), file.DisplayPath, 1, 1, 0, diagnostics));
        }
    }

    private static (string Yaml, MarkdownText Body, UInt128 Face) WithFace(string yaml, MarkdownText body) => (yaml, body, InputFace.OfText(yaml, body));

    /// <summary>Markdown written inside a YAML value.</summary>
    public static MarkdownText Read(YamlScalar scalar, LinedText file, DiagnosticBag diagnostics)
    {
        var location = scalar.Location;
        if (scalar.IsBlock)
        {
            // A block scalar's text starts on the line after its '|' or '>' indicator.
            var indent = file.IndentOf(location.Line + 1);
            return Text(Parse(scalar.Text), location.Path, location.Line + 1, indent + 1, indent, diagnostics);
        }

        var quoted = scalar.IsPlain ? 0 : 1;
        return Text(Parse(scalar.Text), location.Path, location.Line, location.Column + quoted, location.Column - 1, diagnostics);
    }

    /// <summary>What loading keeps of a text: the tree's outline and HTML, and what the parser refused; the tree itself is let go.</summary>
    public static ParsedMarkdown Parse(string markdown)
    {
        var document = BriefingMarkdown.Parse(markdown, out var refusals);
        return new ParsedMarkdown(OutlineWalker.Walk(document), BriefingMarkdown.Render(document), refusals);
    }

    /// <param name="firstLine">The file line of the text's first line.</param>
    /// <param name="firstColumn">The file column of the text's first character.</param>
    /// <param name="indent">The columns left of the text on its later lines.</param>
    private static MarkdownText Text(ParsedMarkdown parsed, string path, int firstLine, int firstColumn, int indent, DiagnosticBag diagnostics)
    {
        var text = new MarkdownText(parsed.Outline, parsed.Html, path, firstLine, firstColumn, indent);
        foreach (var refusal in parsed.Refusals)
        {
            diagnostics.Report(refusal.Code, text.LocationAt(refusal.Line, refusal.Column), refusal.Message);
        }

        return text;
    }
}
