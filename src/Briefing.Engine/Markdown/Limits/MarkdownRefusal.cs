using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>A part of a Markdown text the parser will not process, at Markdig's 0-based line and column.</summary>
internal sealed record MarkdownRefusal(DiagnosticCode Code, int Line, int Column, string Message);
