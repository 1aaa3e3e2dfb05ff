using System.Buffers;
using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown;

/// <summary>A place in rendered Markdown whose HTML depends on the page showing it: an entity link or a citation.</summary>
public interface IHtmlHole
{
    void Write(HtmlRenderer renderer, IPageContext? page);
}

/// <summary>
/// The HTML of one Markdown tree with a hole wherever the page decides what is written (entity links and
/// citations), filled for each page by <see cref="Fill"/>. It is rendered once from the tree, so a tree can
/// be dropped as soon as it is parsed and never parsed again; the text is kept as UTF-8, half the memory of a string.
/// </summary>
public sealed class MarkdownHtml
{
    private readonly byte[] _utf8;
    private readonly int[] _holeAt;
    private readonly IHtmlHole[] _holes;

    /// <param name="html">The HTML with nothing written where the holes are.</param>
    /// <param name="holes">Each hole and the character offset in <paramref name="html"/> where it goes, in order.</param>
    internal MarkdownHtml(StringBuilder html, IReadOnlyList<(int At, IHtmlHole Hole)> holes)
    {
        // Copied out of the builder into a pooled buffer rather than a string, which would be garbage at once.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        var text = buffer.AsSpan(0, html.Length);
        html.CopyTo(0, text, html.Length);
        _utf8 = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, _utf8);
        _holeAt = new int[holes.Count];
        _holes = new IHtmlHole[holes.Count];
        var chars = 0;
        var bytes = 0;
        for (var i = 0; i < holes.Count; i++)
        {
            bytes += Encoding.UTF8.GetByteCount(text[chars..holes[i].At]);
            chars = holes[i].At;
            _holeAt[i] = bytes;
            _holes[i] = holes[i].Hole;
        }

        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>The HTML as <paramref name="page"/> shows it.</summary>
    public string Fill(IPageContext page)
    {
        if (_holes.Length == 0)
        {
            return Encoding.UTF8.GetString(_utf8);
        }

        return MarkdownHtmlRenderer.Use(renderer =>
        {
            var at = 0;
            for (var i = 0; i < _holes.Length; i++)
            {
                Append(renderer.Buffer, _utf8.AsSpan(at, _holeAt[i] - at));
                _holes[i].Write(renderer, page);
                at = _holeAt[i];
            }

            Append(renderer.Buffer, _utf8.AsSpan(at));
            return renderer.Buffer.ToString();
        });
    }

    /// <summary>Each hole sits between two writes, so every run of bytes between holes is whole characters.</summary>
    private static void Append(StringBuilder buffer, ReadOnlySpan<byte> utf8)
    {
        var chars = ArrayPool<char>.Shared.Rent(utf8.Length);
        var count = Encoding.UTF8.GetChars(utf8, chars);
        buffer.Append(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
    }
}
