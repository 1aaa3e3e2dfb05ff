using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary>Recognises <c>[[id]]</c> and <c>[[id|text]]</c>; whether the id exists is decided in Resolution.</summary>
internal sealed class EntityLinkInlineParser : InlineParser
{
    private static readonly SearchValues<char> Stops = SearchValues.Create("[]\n\r");

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

        // The id and label hold no bracket or line break, so the first of those ends the link or
        // rules it out; looking no further keeps a line of thousands of '[[' linear.
        var text = slice.Text;
        var start = slice.Start;
        var innerStart = start + 2;
        var stop = text.AsSpan(innerStart, Math.Max(0, slice.End - innerStart + 1)).IndexOfAny(Stops);
        var close = innerStart + stop;
        if (stop < 0 || text[close] != ']' || close + 1 > slice.End || text[close + 1] != ']')
        {
            return false;
        }

        var inner = text.AsSpan(innerStart, close - innerStart);
        var bar = inner.IndexOf('|');
        var id = SharedStrings.Ids.Get((bar < 0 ? inner : inner[..bar]).Trim());
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
