namespace Briefing.Publishing;

/// <summary>Response headers for the paths a pattern matches ("/*", "/assets/*", "/feed.xml").</summary>
public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    public bool Matches(string path) =>
        For.EndsWith('*')
            ? path.StartsWith(For[..^1], StringComparison.Ordinal)
            : string.Equals(path, For, StringComparison.Ordinal);

    /// <summary>The headers for a path: every matching rule in order, later rules overriding earlier ones.</summary>
    public static IReadOnlyDictionary<string, string> HeadersFor(IEnumerable<HeaderRule> rules, string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Values)
            {
                headers[name] = value;
            }
        }

        return headers;
    }
}
