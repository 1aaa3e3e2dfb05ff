using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Looks ids up, reports unknown ones with a suggestion, and records what was used for the unused/orphan warnings.</summary>
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

    /// <summary>Source id → titles and addresses of the pages that cite it.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, PageLink>> CitedOn { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, byte> ReferencedEntities { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Source> AllSources => _sources.Values;

    public Entity? Entity(Reference reference)
    {
        if (_entities.TryGetValue(reference.Id, out var entity))
        {
            // Lookups are lock-free, adds take a lock: check first, since most uses repeat an entity already seen.
            if (!ReferencedEntities.ContainsKey(reference.Id))
            {
                ReferencedEntities.TryAdd(reference.Id, 0);
            }

            return entity;
        }

        _diagnostics.Report(DiagnosticCodes.UnknownEntity, reference.Location, $"unknown entity '{reference.Id}'{Suggestions.DidYouMean(reference.Id, _entities.Keys)}");
        return null;
    }

    /// <param name="citedOn">The page citing it, for the source's "cited in" list; null for uses that are not citations.</param>
    public Source? Source(Reference reference, PageLink? citedOn)
    {
        if (_sources.TryGetValue(reference.Id, out var source))
        {
            var pages = CitedOn.GetOrAdd(reference.Id, _ => new ConcurrentDictionary<string, PageLink>(StringComparer.Ordinal));
            if (citedOn is not null && !pages.ContainsKey(citedOn.Url))
            {
                pages.TryAdd(citedOn.Url, citedOn);
            }

            return source;
        }

        _diagnostics.Report(DiagnosticCodes.UnknownSource, reference.Location, $"unknown source '{reference.Id}'{Suggestions.DidYouMean(reference.Id, _sources.Keys)}; add it to sources.yml or fix the id");
        return null;
    }

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);
}
