using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Limits;

namespace Briefing.Engine.Model;

/// <summary>
/// Everything a Markdown text gives, whatever file or value it sits in: positions are the parser's, 0-based from the
/// text's start, so the same text parsed once serves wherever it appears.
/// </summary>
internal sealed record ParsedMarkdown(MarkdownOutline Outline, MarkdownHtml Html, IReadOnlyList<MarkdownRefusal> Refusals);

/// <summary>
/// What Loading made of one Markdown text: its outline for the checks and views, its HTML with what each
/// page decides left to fill, and a map from the parser's 0-based positions back to the file, because a
/// fragment may sit inside a YAML value rather than start at the top of its file. The parser's tree is
/// not kept: ten thousand trees alive at once made most of a build's memory, and most of its time went
/// on the collector tracing them.
/// </summary>
internal sealed class MarkdownText(MarkdownOutline outline, MarkdownHtml html, string path, int firstLine, int firstColumn, int indent)
{
    /// <summary>What the checks and views read of the tree.</summary>
    public MarkdownOutline Outline { get; } = outline;

    /// <summary>The HTML, with what each page decides left to fill.</summary>
    public MarkdownHtml Html { get; } = html;

    public string Path { get; } = path;

    public SourceLocation LocationOf(MarkdownMark mark) => LocationAt(mark.Line, mark.Column);

    /// <param name="line">0-based line as Markdig counts.</param>
    /// <param name="column">0-based column as Markdig counts.</param>
    public SourceLocation LocationAt(int line, int column) =>
        new(Path, firstLine + line, line == 0 ? firstColumn + column : indent + column + 1);
}
