using System.Buffers;
using Briefing.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Engine.Loading.Yaml;

/// <summary>YAML that means something other than a writer meant, said in the writer's terms: a value cut by a comment, a value holding ": ".</summary>
internal static class YamlTraps
{
    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>
    /// Warns when a plain value is followed on its line by " #" and a word: YAML reads that as a comment and
    /// drops it, so "title: Sony #1 in chips" would be titled "Sony". A comment written as "# words", with a
    /// space after the '#', is taken to be meant and is left alone.
    /// </summary>
    public static void CommentAfter(string text, Scalar scalar, YamlScalar key, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var end = (int)scalar.End.Index;
        if (scalar.Start.Line != scalar.End.Line || end >= text.Length || text[end] != ' ')
        {
            return;
        }

        var hash = end;
        while (hash < text.Length && text[hash] == ' ')
        {
            hash++;
        }

        if (hash + 1 >= text.Length || text[hash] != '#' || text[hash + 1] is ' ' or '\t' or '\n' or '\r' or '#')
        {
            return;
        }

        var lineEnd = text.IndexOf('\n', hash);
        var cut = text[hash..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd(' ', '\r');
        var whole = $"{scalar.Value}{text[end..hash]}{cut}";
        var location = at(scalar.End);
        diagnostics.Report(
            DiagnosticCodes.CommentCutsValue,
            location with { Column = location.Column + (hash - end) },
            $"'{cut}' is a YAML comment, so '{key.Text}' is only '{scalar.Value}'; if the '#' belongs to it, quote it: {key.Text}: {Quote(whole)}");
    }

    /// <summary>
    /// For a syntax error on a line "key: text: more", what to say instead of YamlDotNet's "found invalid
    /// mapping": a plain value cannot hold ": ", which YAML reads as a key of its own.
    /// </summary>
    /// <param name="line">The error's line in <paramref name="text"/>, 1-based.</param>
    public static string? UnquotedColon(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var content = lines[line - 1].TrimEnd(' ', '\r');
        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(content[0]) || content.AsSpan(0, colon).ContainsAnyExcept(KeyCharacters))
        {
            return null;
        }

        var value = content[(colon + 2)..].TrimStart(' ');
        if (value.Length == 0 || "\"'[{|>&*!%@`#-?".Contains(value[0], StringComparison.Ordinal) || !value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal))
        {
            return null;
        }

        var key = content[..colon];
        return $"'{key}' holds ': ', which YAML reads as the start of another key; quote the {key}: {key}: {Quote(value)}";
    }

    /// <summary>The text as a quoted YAML value: in double quotes, or in single quotes when it holds a double quote or backslash.</summary>
    private static string Quote(string value) =>
        value.AsSpan().ContainsAny('"', '\\') ? $"'{value.Replace("'", "''", StringComparison.Ordinal)}'" : $"\"{value}\"";
}
