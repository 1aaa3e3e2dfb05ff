using System.Buffers;
using System.Text;
using Briefing.Engine.Markdown;

namespace Briefing.Engine.Rendering;

/// <summary>HTML that C# produced (rendered Markdown, partials, citation marks): the only value templates write unescaped.</summary>
/// <remarks>Two are equal when their HTML is, however each was made.</remarks>
internal sealed class TrustedHtml : IEquatable<TrustedHtml>
{
    private readonly MarkdownHtml? _markdown;
    private readonly IPageContext? _page;
    private readonly int[]? _marks;
    private readonly bool _eager;
    private readonly byte[]? _utf8;
    private string? _value;

    public TrustedHtml(string value)
    {
        _value = value;
    }

    /// <summary>Rendered Markdown as one page shows it, filled in only where it is written or read.</summary>
    /// <param name="marks">Which of its source's marks on the page each citation item is; see <see cref="MarkdownHtml.WriteTo"/>.</param>
    /// <param name="eager">Whether its first image is the page's first; see <see cref="MarkdownHtml.WriteTo"/>.</param>
    internal TrustedHtml(MarkdownHtml markdown, IPageContext page, int[] marks, bool eager = false)
    {
        _markdown = markdown;
        _page = page;
        _marks = marks;
        _eager = eager;
    }

    /// <summary>HTML made as UTF-8 (structured data), kept so for the page it is written into.</summary>
    internal TrustedHtml(byte[] utf8)
    {
        _utf8 = utf8;
    }

    public static TrustedHtml Empty { get; } = new(string.Empty);

    public string Value => _value ??= _utf8 is null ? _markdown!.Fill(_page!, _marks, _eager) : Encoding.UTF8.GetString(_utf8);

    /// <summary>Writes the HTML into a page's UTF-8 output; HTML not yet read as text is copied in as the UTF-8 it is kept as.</summary>
    internal void WriteTo(IBufferWriter<byte> output)
    {
        if (_utf8 is not null)
        {
            output.Write(_utf8);
            return;
        }

        if (_value is null && _markdown is not null)
        {
            _markdown.WriteTo(output, _page!, _marks, _eager);
            return;
        }

        Encoding.UTF8.GetBytes(Value, output);
    }

    /// <summary>
    /// For rendered Markdown, writes only what this page fills into it (<see cref="MarkdownHtml.WriteHoles"/>) and gives
    /// the text's identity; with both, the HTML is known without being read. False for any other HTML.
    /// </summary>
    internal bool TryWriteHoles(IHoleWriter output, out UInt128 identity)
    {
        if (_markdown is null)
        {
            identity = default;
            return false;
        }

        identity = _markdown.Identity;
        _markdown.WriteHoles(output, _page!, _marks, _eager);
        return true;
    }

    public bool Equals(TrustedHtml? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_utf8 is not null && other._utf8 is not null
                ? _utf8.AsSpan().SequenceEqual(other._utf8)
                : string.Equals(Value, other.Value, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as TrustedHtml);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;
}
