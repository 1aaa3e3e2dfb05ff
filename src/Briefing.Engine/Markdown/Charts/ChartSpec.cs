namespace Briefing.Engine.Markdown.Charts;

/// <summary>What a chart in prose draws.</summary>
internal enum ChartKind : byte
{
    /// <summary><c>graph: entity</c>: an entity and the entities it relates to.</summary>
    Graph = 1,

    /// <summary><c>timeline: entity id</c>: the events that name an entity.</summary>
    EntityTimeline = 2,

    /// <summary><c>timeline: topic id</c>: the events that name an entity the topic's briefings mention.</summary>
    TopicTimeline = 3,

    /// <summary><c>claim: id</c>: a claim's reports side by side.</summary>
    Claim = 4,
}

/// <summary>A chart's kind and the id of what it draws, as the line that opens it gives them.</summary>
/// <param name="IdColumn">0-based column of the id on its line, relative to the start of the arguments.</param>
internal sealed record ChartSpec(ChartKind Kind, string Id, int IdColumn)
{
    /// <summary>How writers name each kind, for the list of kinds in a diagnostic.</summary>
    public const string KindsInWords = "'graph: <entity>', 'timeline: entity <entity>', 'timeline: topic <topic>' or 'claim: <claim>'";

    /// <summary>The chart as one string, for the hole left in the HTML and the mark the checks read: "graph:honda".</summary>
    public string Key => Prefix(Kind) + Id;

    public static ChartSpec FromKey(string key)
    {
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            if (key.StartsWith(Prefix(kind), StringComparison.Ordinal))
            {
                return new ChartSpec(kind, key[Prefix(kind).Length..], 0);
            }
        }

        throw new ArgumentException($"not a chart key: {key}", nameof(key));
    }

    /// <summary>Reads "graph: honda", "timeline: topic ev" or "claim: nedo-fund-usd".</summary>
    /// <param name="problem">Why the arguments name no chart, when they do not.</param>
    public static ChartSpec? Parse(string arguments, out string? problem)
    {
        problem = null;
        var colon = arguments.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            problem = $"chart '{arguments.Trim()}' names no kind; write {KindsInWords} after '::: chart'";
            return null;
        }

        var kind = arguments[..colon].Trim();
        var words = Words(arguments, colon + 1);
        switch (kind)
        {
            case "graph" when words.Count == 1:
                return new ChartSpec(ChartKind.Graph, words[0].Text, words[0].At);
            case "claim" when words.Count == 1:
                return new ChartSpec(ChartKind.Claim, words[0].Text, words[0].At);
            case "timeline" when words.Count == 2 && words[0].Text is "entity" or "topic":
                return new ChartSpec(words[0].Text == "entity" ? ChartKind.EntityTimeline : ChartKind.TopicTimeline, words[1].Text, words[1].At);
            case "graph" or "claim" or "timeline":
                var example = kind switch
                {
                    "graph" => "'graph: <entity>'",
                    "claim" => "'claim: <claim>'",
                    _ => "'timeline: entity <entity>' or 'timeline: topic <topic>'",
                };
                problem = $"chart '{arguments.Trim()}' does not say what to draw; write {example}";
                return null;
            default:
                var closest = Diagnostics.Suggestions.Closest(kind, ["graph", "timeline", "claim"]);
                problem = $"unknown chart kind '{kind}'{(closest is null ? string.Empty : $"; did you mean '{closest}'?")} A chart is {KindsInWords}";
                return null;
        }
    }

    private static string Prefix(ChartKind kind) => kind switch
    {
        ChartKind.Graph => "graph:",
        ChartKind.EntityTimeline => "timeline-entity:",
        ChartKind.TopicTimeline => "timeline-topic:",
        _ => "claim:",
    };

    private static List<(string Text, int At)> Words(string text, int from)
    {
        var words = new List<(string, int)>();
        var at = from;
        while (at < text.Length)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var start = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at > start)
            {
                words.Add((text[start..at], start));
            }
        }

        return words;
    }
}
