using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <param name="Label">How a citation mark's tip names the source, in the page's language.</param>
internal sealed record CitedSource(int Number, Source Source, string Label)
{
    /// <summary>What a citation mark shows; made once, since every rebuild asks again for every mark.</summary>
    public CitationTarget Target { get; } = new(Number, Label);

}

/// <summary>The sources one page cites, numbered in order of first use; a repeated source keeps its number.</summary>
/// <param name="label">Names a source as a citation mark's tip shows it.</param>
/// <remarks>
/// Every briefing's list lives until the last page is rendered, and most cite a handful of sources: those are looked
/// for along the list, and a table by id is made only for a list longer than <see cref="Indexed"/>, such as an
/// entity's page or the ledger. A table for each of 100,000 briefings held about 30 MB.
/// </remarks>
internal sealed class CitationList(Func<Source, string> label)
{
    private const int Indexed = 8;

    private readonly List<CitedSource> _ordered = [];
    private Dictionary<string, CitedSource>? _byId;

    public IReadOnlyList<CitedSource> Sources => _ordered;

    public CitedSource? Find(string sourceId)
    {
        if (_byId is not null)
        {
            return _byId.GetValueOrDefault(sourceId);
        }

        foreach (var cited in _ordered)
        {
            if (string.Equals(cited.Source.Id, sourceId, StringComparison.Ordinal))
            {
                return cited;
            }
        }

        return null;
    }

    internal int Cite(Source source)
    {
        if (Find(source.Id) is { } existing)
        {
            return existing.Number;
        }

        var cited = new CitedSource(_ordered.Count + 1, source, label(source));
        _ordered.Add(cited);
        if (_byId is not null)
        {
            _byId.Add(source.Id, cited);
        }
        else if (_ordered.Count > Indexed)
        {
            _byId = _ordered.ToDictionary(c => c.Source.Id, StringComparer.Ordinal);
        }

        return cited.Number;
    }
}
