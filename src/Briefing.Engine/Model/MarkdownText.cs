using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Markdig.Syntax;

namespace Briefing.Engine.Model;

/// <summary>
/// Parsed Markdown with a map from the parser's 0-based positions back to the file, because a
/// fragment may sit inside a YAML value rather than start at the top of its file.
/// </summary>
/// <param name="parse">Parses the same text again, so the tree can be dropped between the stages that read it.</param>
internal sealed class MarkdownText(MarkdownDocument document, string path, int firstLine, int firstColumn, int indent, Func<MarkdownDocument>? parse = null)
{
    private readonly Lock _gate = new();
    private MarkdownDocument? _document = document;
    private MarkdownOutline? _outline;
    private MarkdownHtml? _html;

    /// <summary>The tree; parsed again from the text if it was dropped.</summary>
    public MarkdownDocument Document
    {
        get
        {
            if (Volatile.Read(ref _document) is { } document)
            {
                return document;
            }

            lock (_gate)
            {
                return _document ??= parse!();
            }
        }
    }

    /// <summary>What the checks and views read of the tree, taken once and kept when the tree is dropped.</summary>
    public MarkdownOutline Outline => LazyInitializer.EnsureInitialized(ref _outline, () => MarkdownOutline.Of(Document));

    /// <summary>The HTML, with what each page decides left to fill; rendered once and kept when the tree is dropped.</summary>
    public MarkdownHtml Html => LazyInitializer.EnsureInitialized(ref _html, () => BriefingMarkdown.Render(Document));

    public string Path { get; } = path;

    public SourceLocation LocationOf(MarkdownObject node) => LocationAt(node.Line, node.Column);

    public SourceLocation LocationOf(MarkdownMark mark) => LocationAt(mark.Line, mark.Column);

    /// <param name="line">0-based line as Markdig counts.</param>
    /// <param name="column">0-based column as Markdig counts.</param>
    public SourceLocation LocationAt(int line, int column) =>
        new(Path, firstLine + line, line == 0 ? firstColumn + column : indent + column + 1);

    /// <summary>
    /// Lets the tree be collected until a stage asks for it again. A one-shot build keeps no briefing's
    /// tree beyond the stage reading it: ten thousand trees alive at once made most of a build's
    /// memory, and most of its time went on the collector tracing them. The outline and the HTML are
    /// kept, so no later stage parses the text again.
    /// </summary>
    internal void DropTree()
    {
        if (parse is null)
        {
            return;
        }

        lock (_gate)
        {
            _ = Outline;
            _ = Html;
            _document = null;
        }
    }
}
