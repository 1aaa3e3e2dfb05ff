using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>
/// What loading may reuse from an earlier build: a file's parse, while the file's bytes are the same, with the
/// problems that parse reported. Loading asks for every file the same way; whether anything is reused is the
/// memo's business.
/// </summary>
internal interface ILoadMemo
{
    T Parse<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse);

    /// <summary>
    /// Looks for the outline, HTML and refusals an earlier build parsed from a Markdown file of exactly these bytes. A
    /// parse is kept only for a file that decoded and had its front matter, so a file found here need not be decoded
    /// whole again.
    /// </summary>
    /// <param name="content">The file's bytes, lent by the loader for this call alone: they may be in a pooled array that is reused after it.</param>
    MarkdownLookup FindMarkdown(ReadOnlySpan<byte> content);

    /// <summary>A Markdown file's outline, HTML and refusals, which depend on nothing but its bytes, parsed from its <paramref name="text"/>.</summary>
    /// <param name="lookup">What <see cref="FindMarkdown"/> found for the file, which did not hold it.</param>
    ParsedMarkdown Markdown(MarkdownLookup lookup, string text, Func<string, ParsedMarkdown> parse);
}

/// <summary>Reuses nothing: every file is parsed, as a one-shot build does.</summary>
internal sealed class NoLoadMemo : ILoadMemo
{
    public static readonly NoLoadMemo Instance = new();

    private NoLoadMemo()
    {
    }

    public T Parse<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse) => parse(diagnostics);

    public MarkdownLookup FindMarkdown(ReadOnlySpan<byte> content) => default;

    public ParsedMarkdown Markdown(MarkdownLookup lookup, string text, Func<string, ParsedMarkdown> parse) => parse(text);
}

/// <summary>
/// What a memo found for a Markdown file's bytes: the parse an earlier build kept, if any, and the key a new parse is
/// kept under, which only the memo reads; the bytes are hashed once whether the parse is found or made.
/// </summary>
internal readonly record struct MarkdownLookup(ParsedMarkdown? Kept, UInt128 Key);
