using System.Buffers;
using System.Text;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Loading;

/// <summary>Turns file bytes into text, refusing anything but UTF-8 text so positions and characters are what the writer typed.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>C0 control characters other than tab, line feed, form feed and carriage return: NUL, escape, bell ….</summary>
    /// <remarks>
    /// ASCII only, so the search runs on the vectorised ASCII path; a set that also held U+FFFE and U+FFFF sent every
    /// input's text through the slower search for any character, 9% of a build's processor time with the cache.
    /// </remarks>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public static string? Decode(InputFile file, DiagnosticBag diagnostics) => Decode(file.DisplayPath, file.Content, diagnostics);

    /// <param name="path">The file's path as diagnostics print it.</param>
    /// <param name="fileLength">The file's length, when only part of a file too large was read; otherwise the bytes' length.</param>
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, long? fileLength = null)
    {
        var location = new SourceLocation(path);
        if (bytes.Length > InputReader.MaxFileBytes)
        {
            diagnostics.Report(DiagnosticCodes.FileTooLarge, location, $"'{path}' is {fileLength ?? bytes.Length} bytes; files are limited to {InputReader.MaxFileBytes} bytes");
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Report(DiagnosticCodes.UnreadableFile, location, "file is UTF-16 (byte offset 0 is a UTF-16 byte order mark); save it as UTF-8");
            return null;
        }

        var start = HasByteOrderMark(bytes) ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var before = Strict.GetString(bytes[start..offset]);
            var (line, column) = LineColumn(before, before.Length);
            diagnostics.Report(DiagnosticCodes.UnreadableFile, location.At(line, column), $"invalid UTF-8 at byte offset {offset}; save the file as UTF-8");
            return null;
        }

        var control = IndexOfRefused(text);
        if (control >= 0)
        {
            var (line, column) = LineColumn(text, control);
            var offset = start + Strict.GetByteCount(text.AsSpan(0, control));
            var character = FormattableString.Invariant($"{(text[control] >= '\uFFFE' ? "noncharacter" : "control character")} U+{(int)text[control]:X4}");
            // ASCII text saved as UTF-16 without a byte order mark has a NUL in every other byte.
            var advice = text[control] == '\0' && control + 2 < text.Length && text[control + 2] == '\0'
                ? "it looks like UTF-16; save it as UTF-8"
                : "it is not plain text; remove the character";
            diagnostics.Report(DiagnosticCodes.UnreadableFile, location.At(line, column), $"{character} at byte offset {offset}; {advice}");
            return null;
        }

        return text;
    }

    /// <summary>
    /// Decodes the whole lines in the first <paramref name="most"/> bytes of a file that has decoded before into
    /// <paramref name="chars"/>, as the same bytes would decode, so no check is made again; the byte order mark is left
    /// out as <see cref="Decode"/> leaves it out.
    /// </summary>
    /// <param name="chars">At least as long as the bytes decoded (the smaller of <paramref name="most"/> and the file's length): no byte decodes to more than one character.</param>
    /// <returns>How many characters were written.</returns>
    /// <remarks>Cut after a line feed, so no character and no line is cut in two.</remarks>
    public static int Head(ReadOnlySpan<byte> content, int most, Span<char> chars)
    {
        var bytes = content[(HasByteOrderMark(content) ? 3 : 0)..];
        if (bytes.Length > most)
        {
            bytes = bytes[..(bytes[..most].LastIndexOf((byte)'\n') + 1)];
        }

        return Strict.GetChars(bytes, chars);
    }

    /// <summary>
    /// The first control character (<see cref="Controls"/>) or noncharacter U+FFFE or U+FFFF, which no XML may hold,
    /// so a feed could not carry the text; -1 if there is none.
    /// </summary>
    private static int IndexOfRefused(ReadOnlySpan<char> text)
    {
        var control = text.IndexOfAny(Controls);
        var noncharacter = (control < 0 ? text : text[..control]).IndexOfAnyInRange('\uFFFE', '\uFFFF');
        return noncharacter >= 0 ? noncharacter : control;
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>1-based line and column of <paramref name="index"/>, which may be the end of <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
