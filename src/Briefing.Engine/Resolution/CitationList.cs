using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

public sealed record CitedSource(int Number, Source Source)
{
    /// <summary>What a citation mark shows; made once, since every rebuild asks again for every mark.</summary>
    public CitationTarget Target { get; } = new(Number, $"{Source.Publisher}, “{Source.Title}”" + (Source.Date is null ? string.Empty : $" ({Source.Date})"));

    /// <summary>How a citation mark's tip names the source.</summary>
    public string Label => Target.Label;
}

/// <summary>The sources one page cites, numbered in order of first use; a repeated source keeps its number.</summary>
public sealed class CitationList
{
    private readonly Dictionary<string, CitedSource> _byId = new(StringComparer.Ordinal);
    private readonly List<CitedSource> _ordered = [];

    public IReadOnlyList<CitedSource> Sources => _ordered;

    public CitedSource? Find(string sourceId) => _byId.GetValueOrDefault(sourceId);

    internal int Cite(Source source)
    {
        if (_byId.TryGetValue(source.Id, out var existing))
        {
            return existing.Number;
        }

        var cited = new CitedSource(_ordered.Count + 1, source);
        _byId.Add(source.Id, cited);
        _ordered.Add(cited);
        return cited.Number;
    }
}
