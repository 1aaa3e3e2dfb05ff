using Briefing.Engine.Markdown.Citations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.Images;

/// <summary>Turns each paragraph that holds only an image into a <see cref="FigureBlock"/>, its title parsed as the caption's Markdown.</summary>
internal static class Figures
{
    /// <summary>Set while a caption is parsed: a caption holds no figure of its own.</summary>
    [ThreadStatic]
    private static bool t_inCaption;

    public static void Make(MarkdownDocument document)
    {
        if (t_inCaption)
        {
            return;
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>().Where(IsLoneImage).ToList())
        {
            var image = (LinkInline)paragraph.Inline!.FirstChild!;
            var caption = Caption(image);
            var figure = new FigureBlock(paragraph.Parser)
            {
                Image = image,
                Caption = caption,
                Line = paragraph.Line,
                Column = paragraph.Column,
                Span = paragraph.Span,
                Lines = paragraph.Lines,
            };

            image.Remove();
            figure.Inline = new ContainerInline();
            figure.Inline.AppendChild(image);
            if (caption is not null)
            {
                figure.Inline.AppendChild(caption);
            }

            var parent = paragraph.Parent!;
            var index = parent.IndexOf(paragraph);
            parent.RemoveAt(index);
            parent.Insert(index, figure);
        }
    }

    private static bool IsLoneImage(ParagraphBlock paragraph) =>
        paragraph is not FigureBlock
        && paragraph.Inline?.FirstChild is LinkInline { IsImage: true } image
        && image.NextSibling is null;

    /// <summary>The title's inlines, placed where the title is written so a citation in it is reported at its own column.</summary>
    private static FigureCaption? Caption(LinkInline image)
    {
        if (string.IsNullOrWhiteSpace(image.Title))
        {
            return null;
        }

        MarkdownDocument parsed;
        t_inCaption = true;
        try
        {
            parsed = Markdig.Markdown.Parse(image.Title, BriefingMarkdown.Pipeline);
        }
        finally
        {
            t_inCaption = false;
        }

        var caption = new FigureCaption { Line = image.Line, Column = image.Column };
        if (parsed.Count == 0 || parsed[0] is not LeafBlock { Inline: { } inlines })
        {
            return caption;
        }

        // The title starts after its opening quote; a title on the image's line is shifted by the columns before it.
        var titleStart = image.TitleSpan.IsEmpty ? image.Column : image.Column + (image.TitleSpan.Start - image.Span.Start) + 1;
        var child = inlines.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            caption.AppendChild(Placed(child, image.Line, titleStart));
            child = next;
        }

        return caption;
    }

    private static Inline Placed(Inline inline, int line, int column)
    {
        if (inline is CitationInline citation)
        {
            var items = citation.Items.Select(i => i with { Line = line + i.Line, Column = i.Line == 0 ? column + i.Column : i.Column }).ToList();
            inline = new CitationInline(items) { Span = citation.Span };
            inline.Line = line + citation.Line;
            inline.Column = citation.Line == 0 ? column + citation.Column : citation.Column;
            return inline;
        }

        var original = inline.Line;
        inline.Column = original == 0 ? column + inline.Column : inline.Column;
        inline.Line = line + original;
        if (inline is ContainerInline container)
        {
            var child = container.FirstChild;
            while (child is not null)
            {
                var next = child.NextSibling;
                var placed = Placed(child, line, column);
                if (!ReferenceEquals(placed, child))
                {
                    child.ReplaceBy(placed);
                }

                child = next;
            }
        }

        return inline;
    }
}
