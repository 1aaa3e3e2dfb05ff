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
    /// The outline, HTML and refusals an earlier build parsed from a Markdown file of exactly these bytes, or null. A
    /// parse is kept only for a file that decoded and had its front matter, so a file found here need not be decoded
    /// whole again.
    /// </summary>
    ParsedMarkdown? KeptMarkdown(InputFile file, ReadOnlySpan<byte> content);

    /// <summary>A Markdown file's outline, HTML and refusals, which depend on nothing but its bytes, parsed from its <paramref name="text"/>.</summary>
    /// <param name="content">The file's bytes, lent by the loader for this call alone: they may be in a pooled array that is reused after it.</param>
    ParsedMarkdown Markdown(InputFile file, ReadOnlySpan<byte> content, string text, Func<string, ParsedMarkdown> parse);
}

/// <summary>Reuses nothing: every file is parsed, as a one-shot build does.</summary>
internal sealed class NoLoadMemo : ILoadMemo
{
    public static readonly NoLoadMemo Instance = new();

    private NoLoadMemo()
    {
    }

    public T Parse<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse) => parse(diagnostics);

    public ParsedMarkdown? KeptMarkdown(InputFile file, ReadOnlySpan<byte> content) => null;

    public ParsedMarkdown Markdown(InputFile file, ReadOnlySpan<byte> content, string text, Func<string, ParsedMarkdown> parse) => parse(text);
}
