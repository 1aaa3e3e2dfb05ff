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

    /// <summary>Source id → titles and addresses of the pages that cite it. Each inner map is written under its own lock and read once resolution is done.</summary>
    public ConcurrentDictionary<string, Dictionary<string, PageLink>> CitedOn { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, byte> ReferencedEntities { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Source> AllSources => _sources.Values;

    public Entity? Entity(Reference reference)
    {
        if (KnownEntity(reference.Id) is { } entity)
        {
            return entity;
        }

        _diagnostics.Report(DiagnosticCodes.UnknownEntity, reference.Location, $"unknown entity '{reference.Id}'{Suggestions.DidYouMean(reference.Id, _entities.Keys)}");
        return null;
    }

    /// <summary>Like <see cref="Entity(Reference)"/> but reports nothing: Markdown, with thousands of links per build, makes the located reference only for an id that is missing.</summary>
    public Entity? KnownEntity(string id)
    {
        if (!_entities.TryGetValue(id, out var entity))
        {
            return null;
        }

        // Looking before adding keeps parallel resolution off the dictionary's locks.
        if (!ReferencedEntities.ContainsKey(id))
        {
            ReferencedEntities.TryAdd(id, 0);
        }

        return entity;
    }

    /// <param name="citedOn">The page citing it, for the source's "cited in" list; null for uses that are not citations.</param>
    public Source? Source(Reference reference, PageLink? citedOn)
    {
        if (KnownSource(reference.Id, citedOn) is { } source)
        {
            return source;
        }

        var hint = Suggestions.DidYouMean(reference.Id, _sources.Keys);
        _diagnostics.Report(DiagnosticCodes.UnknownSource, reference.Location, $"unknown source '{reference.Id}'{(hint.Length > 0 ? hint : "; add it to sources.yml or fix the id")}");
        return null;
    }

    /// <summary>Like <see cref="Source(Reference, PageLink?)"/> but reports nothing, for the same reason as <see cref="KnownEntity"/>.</summary>
    public Source? KnownSource(string id, PageLink? citedOn)
    {
        if (!_sources.TryGetValue(id, out var source))
        {
            return null;
        }

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

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

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
