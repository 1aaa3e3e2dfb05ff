using Markdig.Helpers;
using Markdig.Parsers;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary>Recognises <c>[[id]]</c> and <c>[[id|text]]</c>; whether the id exists is decided in Resolution.</summary>
public sealed class EntityLinkInlineParser : InlineParser
{
    public EntityLinkInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar(1) != '[')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var inner = text.AsSpan(start + 2, close - start - 2);
        if (inner.IndexOfAny('\n', '\r', '[') >= 0)
        {
            return false;
        }

        var bar = inner.IndexOf('|');
        var id = (bar < 0 ? inner : inner[..bar]).Trim().ToString();
        var label = bar < 0 ? null : inner[(bar + 1)..].Trim().ToString();
        if (id.Length == 0 || (label is not null && label.Length == 0))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new EntityLinkInline(id, label)
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + (close + 2 - start) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
