namespace Briefing.Engine.Diagnostics;

/// <summary>
/// Collects every problem of a run so they can be reported together. Stages run in parallel,
/// so adding is thread-safe.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Report(DiagnosticCode code, SourceLocation location, string message)
    {
        lock (_gate)
        {
            var path = DiagnosticText.Printable(location.Path);
            _items.Add(new Diagnostic(code.Severity, code.Id, DiagnosticText.Printable(message), location with { Path = path }));
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>The diagnostics sorted by path, line, column, then code; with <paramref name="strict"/> warnings become errors.</summary>
    public IReadOnlyList<Diagnostic> Sorted(bool strict = false)
    {
        lock (_gate)
        {
            return _items
                .Select(d => strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
                .Distinct()
                .OrderBy(d => d.Location)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
