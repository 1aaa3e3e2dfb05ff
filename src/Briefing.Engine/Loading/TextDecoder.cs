using System.Text;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Loading;

/// <summary>Turns file bytes into text, refusing anything but UTF-8 so positions and characters are what the writer typed.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(InputFile file, DiagnosticBag diagnostics)
    {
        var bytes = file.Content;
        var location = new SourceLocation(file.DisplayPath);
        if (bytes.Length > InputReader.MaxFileBytes)
        {
            diagnostics.Report(DiagnosticCodes.FileTooLarge, location, $"'{file.DisplayPath}' is {bytes.Length} bytes; files are limited to {InputReader.MaxFileBytes} bytes");
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Report(DiagnosticCodes.UnreadableFile, location, "file is UTF-16 (byte offset 0 is a UTF-16 byte order mark); save it as UTF-8");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            diagnostics.Report(DiagnosticCodes.UnreadableFile, location, $"invalid UTF-8 at byte offset {offset}; save the file as UTF-8");
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = LineColumn(text, nul);
            diagnostics.Report(DiagnosticCodes.UnreadableFile, location.At(line, column), "file contains a NUL character; it is not a text file");
            return null;
        }

        return text;
    }

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
