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
internal sealed class CitationList(Func<Source, string> label)
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

        var cited = new CitedSource(_ordered.Count + 1, source, label(source));
        _byId.Add(source.Id, cited);
        _ordered.Add(cited);
        return cited.Number;
    }
}
