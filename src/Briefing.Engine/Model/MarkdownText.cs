using Briefing.Engine.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Engine.Model;

/// <summary>
/// Parsed Markdown with a map from the parser's 0-based positions back to the file, because a
/// fragment may sit inside a YAML value rather than start at the top of its file.
/// </summary>
/// <param name="parse">Parses the same text again, so the tree can be dropped between the stages that read it.</param>
public sealed class MarkdownText(MarkdownDocument document, string path, int firstLine, int firstColumn, int indent, Func<MarkdownDocument>? parse = null)
{
    private readonly Lock _gate = new();
    private MarkdownDocument? _document = document;
    private IReadOnlyList<MarkdownObject>? _nodes;
    private IReadOnlyList<string>? _headingIds;

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

    /// <summary>Every block and inline of the document in order, listed once: each build walks them several times, and a list is far quicker to walk than the tree.</summary>
    public IReadOnlyList<MarkdownObject> Nodes => LazyInitializer.EnsureInitialized(ref _nodes, () => Document.Descendants().ToList());

    /// <summary>The ids of the headings, kept when the tree is dropped: other pages' links are checked against them.</summary>
    public IReadOnlyList<string> HeadingIds => LazyInitializer.EnsureInitialized(ref _headingIds, () =>
        Nodes.OfType<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id).OfType<string>().ToList());

    public string Path { get; } = path;

    public SourceLocation LocationOf(MarkdownObject node) => LocationAt(node.Line, node.Column);

    /// <param name="line">0-based line as Markdig counts.</param>
    /// <param name="column">0-based column as Markdig counts.</param>
    public SourceLocation LocationAt(int line, int column) =>
        new(Path, firstLine + line, line == 0 ? firstColumn + column : indent + column + 1);

    /// <summary>
    /// Lets the tree be collected until a stage asks for it again. A one-shot build keeps no briefing's
    /// tree beyond the stage reading it: ten thousand trees alive at once made most of a build's
    /// memory, and most of its time went on the collector tracing them. Parsing again costs less.
    /// </summary>
    internal void DropTree()
    {
        if (parse is null)
        {
            return;
        }

        lock (_gate)
        {
            _ = HeadingIds;
            _document = null;
            _nodes = null;
        }
    }
}
