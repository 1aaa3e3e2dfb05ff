using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Finds entities and sources by id (<c>Find…</c>, which records nothing), and records what pages mention and cite (<c>Mention</c>, <c>Cite</c>), reporting unknown ids with a suggestion, for the backlinks and the unused/orphan warnings.</summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    public SiteIndex(LoadedSite site, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        foreach (var entity in site.Entities)
        {
            _entities.TryAdd(entity.Id, entity);
        }

        foreach (var source in site.Sources)
        {
            if (!_sources.TryAdd(source.Id, source))
            {
                var first = _sources[source.Id].Location;
                diagnostics.Report(DiagnosticCodes.DuplicateId, source.Location, $"source id '{source.Id}' is already used at line {first.Line}; give each source its own id");
            }
        }
    }

    /// <summary>Source id → titles and addresses of the pages that cite it. Each inner map is written under its own lock and read once resolution is done.</summary>
    public ConcurrentDictionary<string, Dictionary<string, PageLink>> CitedOn { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, byte> ReferencedEntities { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Source> AllSources => _sources.Values;

    /// <summary>The entity with this id, or null; records nothing.</summary>
    public Entity? FindEntity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The source with this id, or null; records nothing.</summary>
    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    /// <summary>The entity a text or record names, recorded as mentioned for the orphan warning; an unknown id is reported with a suggestion.</summary>
    public Entity? Mention(Reference reference) => Mention(reference.Id, reference, static r => r.Location);

    /// <param name="place">What <paramref name="locate"/> finds the id's location from.</param>
    /// <param name="locate">Called only for an id that is unknown: Markdown, with thousands of links per build, locates a mark only when it must.
    /// A static function of the place rather than a closure, since a closure would be made for every mark.</param>
    public Entity? Mention<TPlace>(string id, TPlace place, Func<TPlace, SourceLocation> locate)
    {
        if (FindEntity(id) is { } entity)
        {
            // Looking before adding keeps parallel resolution off the dictionary's locks.
            if (!ReferencedEntities.ContainsKey(id))
            {
                ReferencedEntities.TryAdd(id, 0);
            }

            return entity;
        }

        _diagnostics.Report(DiagnosticCodes.UnknownEntity, locate(place), $"unknown entity '{id}'{Suggestions.DidYouMean(id, _entities.Keys)}");
        return null;
    }

    /// <summary>The source a page cites, recorded for the source's "cited in" list and the unused-source warning; an unknown id is reported with a suggestion.</summary>
    /// <param name="citedOn">The page citing it; null for a use that is not a citation, such as another source's <c>via</c>.</param>
    public Source? Cite(Reference reference, PageLink? citedOn) => Cite(reference.Id, citedOn, reference, static r => r.Location);

    /// <param name="place">What <paramref name="locate"/> finds the id's location from.</param>
    /// <param name="locate">Called only for an id that is unknown, as for <see cref="Mention{TPlace}"/>.</param>
    public Source? Cite<TPlace>(string id, PageLink? citedOn, TPlace place, Func<TPlace, SourceLocation> locate)
    {
        if (FindSource(id) is { } source)
        {
            var pages = CitedOn.GetOrAdd(id, _ => new Dictionary<string, PageLink>(StringComparer.Ordinal));
            if (citedOn is not null)
            {
                lock (pages)
                {
                    pages.TryAdd(citedOn.Url, citedOn);
                }
            }

            return source;
        }

        var hint = Suggestions.DidYouMean(id, _sources.Keys);
        _diagnostics.Report(DiagnosticCodes.UnknownSource, locate(place), $"unknown source '{id}'{(hint.Length > 0 ? hint : "; add it to sources.yml or fix the id")}");
        return null;
    }

    /// <summary>
    /// The sources <paramref name="source"/> reaches us through, nearest first: its <c>via</c>, that source's
    /// <c>via</c>, and so on to the report we hold. Empty for a report we hold ourselves; an unknown id or a
    /// loop ends the chain.
    /// </summary>
    public IReadOnlyList<Source> ViaChain(Source source)
    {
        var chain = new List<Source>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { source.Id };
        for (var at = source; at.Via is { } via && FindSource(via.Id) is { } next && seen.Add(next.Id); at = next)
        {
            chain.Add(next);
        }

        return chain;
    }

    /// <summary>The report we hold that <paramref name="source"/> reaches us through: the end of its <c>via</c> chain, or itself.</summary>
    public Source Root(Source source) => ViaChain(source) is { Count: > 0 } chain ? chain[^1] : source;
}
