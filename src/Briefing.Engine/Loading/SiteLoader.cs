using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>Stage 1: turns the raw input files into typed, located content. Reports; never throws on bad content.</summary>
public static class SiteLoader
{
    public static LoadedSite Load(SiteInput input, DiagnosticBag diagnostics, bool includeDrafts = false)
    {
        var folder = input.InputFolder;
        var config = SiteConfigLoader.Load(input.Find("site.yml"), folder, diagnostics);

        var briefingFiles = FilesIn(input, "briefings/", ".md", diagnostics);
        var briefings = new BriefingDocument?[briefingFiles.Count];
        Parallel.For(0, briefingFiles.Count, i => briefings[i] = BriefingLoader.Load(briefingFiles[i].File, briefingFiles[i].Id, diagnostics));

        var entityFiles = FilesIn(input, "entities/", ".yml", diagnostics);
        var entities = entityFiles.Select(f => EntityLoader.Load(f.File, f.Id, diagnostics)).OfType<Entity>().ToList();

        var sourcesFile = input.Find("sources.yml");
        if (sourcesFile is null)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, new SourceLocation($"{folder}/sources.yml"), "sources.yml is missing; every claim needs a source to cite");
        }

        var timelineFile = input.Find("timeline.yml");
        var claimsFile = input.Find("claims.yml");
        return new LoadedSite(
            config,
            briefings.OfType<BriefingDocument>().Where(b => includeDrafts || !b.Draft).ToList(),
            entities,
            sourcesFile is null ? [] : ListFileLoader.Sources(sourcesFile, diagnostics),
            timelineFile is null ? [] : ListFileLoader.Timeline(timelineFile, diagnostics),
            claimsFile is null ? [] : ListFileLoader.Claims(claimsFile, diagnostics),
            ThemeLoader.Load(input.Theme, diagnostics));
    }

    private static List<(InputFile File, string Id)> FilesIn(SiteInput input, string prefix, string extension, DiagnosticBag diagnostics)
    {
        var result = new List<(InputFile, string)>();
        var seen = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var file in input.Content)
        {
            if (!file.RelativePath.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = file.RelativePath[prefix.Length..];
            if (!name.EndsWith(extension, StringComparison.Ordinal))
            {
                continue;
            }

            var id = name[..^extension.Length];
            if (Ids.Problem(id) is { } problem)
            {
                diagnostics.Report(DiagnosticCodes.InvalidFileName, new SourceLocation(file.DisplayPath), $"'{name}' cannot become a page address; rename it: {problem}");
                continue;
            }

            // A folder cannot hold one name twice, but an input built in memory can.
            if (!seen.TryAdd(id, file))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateId, new SourceLocation(file.DisplayPath), $"'{id}' is already the id of {seen[id].DisplayPath}; each file needs its own name");
                continue;
            }

            result.Add((file, id));
        }

        return result;
    }
}
