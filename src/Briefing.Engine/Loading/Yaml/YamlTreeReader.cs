using Briefing.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Engine.Loading.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlValue"/> tree from parser events, so that every
/// value keeps its position and hostile features (aliases, tags, deep nesting) are refused before
/// anything is expanded. Returns null when the text is not valid YAML (already reported).
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 64;

    /// <param name="lineOffset">Lines above the YAML text in its file (the front-matter fence).</param>
    public static YamlValue? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics) =>
        FlatYamlReader.TryRead(text, path, lineOffset) ?? ReadEvents(text, path, lineOffset, diagnostics);

    /// <summary>Reads any YAML through the full parser's events.</summary>
    internal static YamlValue? ReadEvents(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + lineOffset, (int)mark.Column);

        var stack = new Stack<Builder>();
        YamlValue? root = null;
        var documents = 0;
        var lastMark = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastMark = current.End;
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Report(DiagnosticCodes.YamlFeature, At(start.Start), "a file holds one YAML document; remove the second '---' and what follows or move it to its own file");
                            return null;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias alias:
                        diagnostics.Report(DiagnosticCodes.YamlFeature, At(alias.Start), $"alias '*{alias.Value}' is not allowed; write the value out in full");
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Report(DiagnosticCodes.YamlFeature, At(node.Start), $"anchor '&{node.Anchor}' is not allowed; write the value out in full");
                        return null;
                    case NodeEvent node when !node.Tag.IsEmpty && !(node is Scalar { IsPlainImplicit: false, IsQuotedImplicit: true } && node.Tag.Value == "!"):
                        diagnostics.Report(DiagnosticCodes.YamlFeature, At(node.Start), $"tag '{node.Tag}' is not allowed; remove it and write plain values");
                        return null;
                    case MappingStart mapping:
                        if (!Push(stack, new Builder(At(mapping.Start), isMapping: true), diagnostics))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequence:
                        if (!Push(stack, new Builder(At(sequence.Start), isMapping: false), diagnostics))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop().Build();
                        if (!Add(stack, done, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case Scalar scalar:
                        if (UnwritableCharacter(scalar.Value) is { } character)
                        {
                            // Escapes such as "\x01" or "\uFFFF" can put them there; XML feeds cannot carry them.
                            diagnostics.Report(DiagnosticCodes.InvalidValue, At(scalar.Start), $"the text holds the character U+{(int)character:X4}, which pages and feeds cannot carry; remove it");
                            return null;
                        }

                        if (scalar.Style == ScalarStyle.Plain && stack.TryPeek(out var parent) && parent.PendingKey is { } key)
                        {
                            YamlTraps.CommentAfter(text, scalar, key, At, diagnostics);
                        }

                        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
                        var value = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, block, At(scalar.Start));
                        if (!Add(stack, value, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line;
            var column = (int)ex.Start.Column;
            var hint = string.Empty;
            // For a tab in the indentation YamlDotNet points at the mapping it was reading; point at the tab.
            var tabError = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);
            if (IndentingTab(text, line, tabError) is { } tab)
            {
                (line, column) = tab;
                hint = "; indent with spaces, not tabs";
            }

            var message = YamlTraps.UnquotedColon(text, line) is { } quoted ? quoted : Describe(ex) + hint;
            diagnostics.Report(DiagnosticCodes.YamlSyntax, new SourceLocation(path, line + lineOffset, column), message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this for some unterminated flow collections instead of a YamlException.
            diagnostics.Report(DiagnosticCodes.YamlSyntax, At(lastMark), "unterminated [ ] or { } collection; close every bracket that was opened");
            return null;
        }
        catch (ArgumentException ex) when (ex.Source == typeof(Parser).Assembly.GetName().Name)
        {
            // And this for a tag that is not a valid URI ("!!a[b"), without a position: the last good one is shown.
            diagnostics.Report(DiagnosticCodes.YamlSyntax, At(lastMark), $"after this, {ex.Message.Split(" (Parameter", 2)[0].TrimEnd('.')}; write plain values without tags");
            return null;
        }

        // An empty document is a value too ("nothing"), so callers can tell it from a failed read (null).
        return root ?? new YamlScalar(string.Empty, IsPlain: true, IsBlock: false, new SourceLocation(path, 1 + lineOffset, 1));
    }

    private static bool Push(Stack<Builder> stack, Builder builder, DiagnosticBag diagnostics)
    {
        if (stack.Count >= MaxDepth)
        {
            diagnostics.Report(DiagnosticCodes.TooDeep, builder.Location, $"values are nested more than {MaxDepth} levels deep");
            return false;
        }

        stack.Push(builder);
        return true;
    }

    private static bool Add(Stack<Builder> stack, YamlValue value, ref YamlValue? root, DiagnosticBag diagnostics)
    {
        if (stack.Count == 0)
        {
            root = value;
            return true;
        }

        return stack.Peek().Add(value, diagnostics);
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes its own position, which is wrong for front matter; ours is printed instead.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.').Replace("While ", "while ", StringComparison.Ordinal);
    }

    /// <summary>The first character XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF), if any; YamlDotNet itself refuses unpaired surrogates.</summary>
    private static char? UnwritableCharacter(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The tab in the indentation of <paramref name="line"/> (1-based) or, with <paramref name="searchOn"/>, of the first line after it that has one.</summary>
    private static (int Line, int Column)? IndentingTab(string text, int line, bool searchOn)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(1, line); i <= lines.Length; i++)
        {
            var indent = lines[i - 1].Length - lines[i - 1].TrimStart(' ', '\t').Length;
            var tab = lines[i - 1].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i, tab + 1);
            }

            if (!searchOn)
            {
                break;
            }
        }

        return null;
    }

    private sealed class Builder(SourceLocation location, bool isMapping)
    {
        private readonly List<YamlValue> _items = [];
        private readonly List<YamlEntry> _entries = [];
        private YamlScalar? _pendingKey;

        public SourceLocation Location { get; } = location;

        /// <summary>The key whose value comes next, in a mapping.</summary>
        public YamlScalar? PendingKey => _pendingKey;

        public bool Add(YamlValue value, DiagnosticBag diagnostics)
        {
            if (!isMapping)
            {
                _items.Add(value);
                return true;
            }

            if (_pendingKey is null)
            {
                if (value is not YamlScalar key)
                {
                    diagnostics.Report(DiagnosticCodes.WrongType, value.Location, "a key must be plain text, not " + value.KindName);
                    return false;
                }

                _pendingKey = key;
                return true;
            }

            _entries.Add(new YamlEntry(_pendingKey, value));
            _pendingKey = null;
            return true;
        }

        public YamlValue Build() => isMapping
            ? new YamlMapping(_entries, Location)
            : new YamlSequence(_items, Location);
    }
}
