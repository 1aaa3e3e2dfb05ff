namespace Briefing.Engine.Diagnostics;

public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Location.Path.Length == 0
            ? $"{severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message}";
    }
}
