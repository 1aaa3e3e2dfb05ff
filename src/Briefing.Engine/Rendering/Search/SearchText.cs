using System.IO.Hashing;
using System.Runtime.InteropServices;
using Briefing.Engine.Markdown;

namespace Briefing.Engine.Rendering.Search;

/// <summary>
/// A search document's text, read only as far as it is needed: whole to split it into terms, only its start for a
/// result's snippet, and not at all to know whether it changed (<see cref="Key"/>).
/// </summary>
/// <remarks>
/// A build after one edit splits one document, yet made every document's text to learn which one changed. A page's
/// text is now known by its HTML's identity and the names filled into it, so an unchanged document reads only the
/// start of its text, for its snippet.
/// </remarks>
internal readonly struct SearchText
{
    private readonly MarkdownHtml? _html;
    private readonly EntityName? _names;
    private readonly string? _plain;

    /// <summary>The words of rendered Markdown, with each entity link that shows its entity's name given that name by <paramref name="names"/>.</summary>
    public SearchText(MarkdownHtml html, EntityName names) => (_html, _names) = (html, names);

    public SearchText(string plain) => _plain = plain;

    public bool IsEmpty => _html is null && string.IsNullOrEmpty(_plain);

    /// <summary>A 128-bit hash that two texts share only when they read the same: the HTML's identity and every name filled in, or the plain text.</summary>
    public UInt128 Key =>
        _html is not null ? _html.TextIdentity(_names!)
        : XxHash128.HashToUInt128(MemoryMarshal.AsBytes((_plain ?? string.Empty).AsSpan()));

    /// <summary>Reads the text into <paramref name="buffer"/>, made larger if it must be.</summary>
    /// <param name="atLeast">Where reading may stop: once the text read is longer than this, only its last character may differ from the whole text's.</param>
    /// <returns>The part of <paramref name="buffer"/> written (or the plain text itself), valid until the buffer is written again.</returns>
    public ReadOnlyMemory<char> Read(ref char[] buffer, int atLeast = int.MaxValue) =>
        _html is not null ? _html.ReadText(_names!, ref buffer, atLeast) : _plain.AsMemory();

    /// <summary>The whole text as a string of its own.</summary>
    public override string ToString()
    {
        var buffer = Array.Empty<char>();
        return Read(ref buffer).ToString();
    }
}
