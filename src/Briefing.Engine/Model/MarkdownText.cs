using Briefing.Engine.Diagnostics;
using Markdig.Syntax;

namespace Briefing.Engine.Model;

/// <summary>
/// Parsed Markdown with a map from the parser's 0-based positions back to the file, because a
/// fragment may sit inside a YAML value rather than start at the top of its file.
/// </summary>
public sealed class MarkdownText(MarkdownDocument document, string path, int firstLine, int firstColumn, int indent)
{
    private IReadOnlyList<MarkdownObject>? _nodes;
    private MarkdownDocument? _document = document;

    public MarkdownDocument Document => _document ?? throw new InvalidOperationException($"the Markdown tree of {Path} was dropped once its page was rendered");

    /// <summary>Every block and inline of the document in order, listed once: each build walks them several times, and a list is far quicker to walk than the tree.</summary>
    public IReadOnlyList<MarkdownObject> Nodes => LazyInitializer.EnsureInitialized(ref _nodes, () => Document.Descendants().ToList());

    /// <summary>
    /// Lets the tree (and the file text it points into) be collected. A one-shot build renders a briefing's
    /// Markdown once; dropping each tree after its page halves the memory a large site peaks at.
    /// </summary>
    internal void DropTree()
    {
        _document = null;
        _nodes = null;
    }

    public string Path { get; } = path;

    public SourceLocation LocationOf(MarkdownObject node) => LocationAt(node.Line, node.Column);

    /// <param name="line">0-based line as Markdig counts.</param>
    /// <param name="column">0-based column as Markdig counts.</param>
    public SourceLocation LocationAt(int line, int column) =>
        new(Path, firstLine + line, line == 0 ? firstColumn + column : indent + column + 1);
}
