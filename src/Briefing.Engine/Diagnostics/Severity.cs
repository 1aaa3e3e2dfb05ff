namespace Briefing.Engine.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
