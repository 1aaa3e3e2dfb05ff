using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.Images;

/// <summary>
/// A paragraph holding nothing but an image, shown as a figure. It stays a paragraph for the checks: the
/// citations of its caption, the image's title, are its inlines too, after the image, so a figure whose
/// caption cites counts as cited.
/// </summary>
internal sealed class FigureBlock(BlockParser? parser) : Markdig.Syntax.ParagraphBlock(parser)
{
    public required LinkInline Image { get; init; }

    /// <summary>The caption's inlines; null when the image has no title.</summary>
    public FigureCaption? Caption { get; init; }
}

/// <summary>The inlines of a figure's caption, parsed from the image's title at its place in the file.</summary>
internal sealed class FigureCaption : ContainerInline
{
}
