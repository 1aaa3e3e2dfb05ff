namespace Briefing.Publishing;

/// <summary>
/// Response headers for the paths a rule names, as a host's configuration states them: <c>/*</c> for
/// every path, <c>/assets/*</c> for every path under a folder, or one exact path. Later rules win.
/// </summary>
public sealed record HeaderRule(string Path, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>What every preview response carries before the publishing rules: always fresh, never sniffed.</summary>
    public static IReadOnlyList<HeaderRule> Defaults { get; } =
    [
        new("/*", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Cache-Control"] = "no-store",
            ["X-Content-Type-Options"] = "nosniff",
            ["Referrer-Policy"] = "no-referrer",
        }),
    ];

    public bool Matches(string path) =>
        Path.EndsWith("/*", StringComparison.Ordinal)
            ? path.StartsWith(Path[..^1], StringComparison.Ordinal) || path == Path[..^2]
            : string.Equals(path, Path, StringComparison.Ordinal);

    /// <summary>The headers for <paramref name="path"/>: each matching rule in order, a later one replacing an earlier value.</summary>
    public static IReadOnlyDictionary<string, string> For(string path, IEnumerable<HeaderRule> rules)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Headers)
            {
                headers[name] = value;
            }
        }

        return headers;
    }
}
