using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>Stage 1: turns the raw input files into typed, located content. Reports; never throws on bad content.</summary>
internal static class SiteLoader
{
    public const string BriefingsFolder = "briefings/";

    public const string PagesFolder = "pages/";

    /// <param name="progress">Told after each briefing is parsed.</param>
    public static LoadedSite Load(SiteInput input, DiagnosticBag diagnostics, bool includeDrafts = false, IProgress<BuildProgress>? progress = null) =>
        Load(input, diagnostics, includeDrafts, progress, NoLoadMemo.Instance);

    /// <param name="memo">Earlier parses of unchanged files, reused with their diagnostics.</param>
    internal static LoadedSite Load(SiteInput input, DiagnosticBag diagnostics, bool includeDrafts, IProgress<BuildProgress>? progress, ILoadMemo memo)
    {
        var folder = input.InputFolder;
        var siteFile = input.Find("site.yml");
        var config = siteFile is null
            ? SiteConfigLoader.Load(null, folder, diagnostics)
            : memo.Parse(siteFile, diagnostics, bag => SiteConfigLoader.Load(siteFile, folder, bag));

        // Each list file is one file for one thread; read beside the briefings, not alone after them.
        var sourcesFile = input.Find("sources.yml");
        var timelineFile = input.Find("timeline.yml");
        var claimsFile = input.Find("claims.yml");
        var topicsFile = input.Find("topics.yml");
        var sources = Task.Run(() => sourcesFile is null ? [] : memo.Parse(sourcesFile, diagnostics, bag => ListFileLoader.Sources(sourcesFile, bag)));
        var timeline = Task.Run(() => timelineFile is null ? [] : memo.Parse(timelineFile, diagnostics, bag => ListFileLoader.Timeline(timelineFile, bag)));
        var claims = Task.Run(() => claimsFile is null ? [] : memo.Parse(claimsFile, diagnostics, bag => ListFileLoader.Claims(claimsFile, bag)));
        var topics = Task.Run(() => topicsFile is null ? null : memo.Parse<IReadOnlyList<Topic>>(topicsFile, diagnostics, bag => ListFileLoader.Topics(topicsFile, bag)));

        var translationFiles = new List<(InputFile File, string Slug, string Language)>();
        var briefingFiles = FilesIn(input, BriefingsFolder, ".md", diagnostics, translationFiles);
        var briefings = new BriefingDocument?[briefingFiles.Count];
        var briefingTranslations = translationFiles.Count;

        // A translation of a briefing is parsed as one is, and counted with them.
        var parsed = new ProgressCounter(progress, BuildStage.Load, briefingFiles.Count + briefingTranslations);
        Parallel.For(0, briefingFiles.Count, i =>
        {
            var (file, id) = briefingFiles[i];
            briefings[i] = memo.Parse(file, diagnostics, bag => BriefingLoader.Load(file, id, bag, memo));
            parsed.Step();
        });

        var entityFiles = FilesIn(input, "entities/", ".yml", diagnostics);
        var entities = new Entity?[entityFiles.Count];
        Parallel.For(0, entityFiles.Count, i =>
        {
            var (file, id) = entityFiles[i];
            entities[i] = memo.Parse(file, diagnostics, bag => EntityLoader.Load(file, id, bag));
        });

        var pageFiles = FilesIn(input, PagesFolder, ".md", diagnostics, translationFiles);
        var pages = new PageDocument?[pageFiles.Count];
        Parallel.For(0, pageFiles.Count, i =>
        {
            var (file, slug) = pageFiles[i];
            pages[i] = memo.Parse(file, diagnostics, bag => PageLoader.Load(file, slug, bag, memo));
        });

        var translations = new TranslatedDocument?[translationFiles.Count];
        Parallel.For(0, translationFiles.Count, i =>
        {
            var (file, slug, language) = translationFiles[i];
            var folder = i < briefingTranslations ? BriefingsFolder : PagesFolder;
            translations[i] = memo.Parse(file, diagnostics, bag => TranslationLoader.Load(file, folder, slug, language, bag, memo));
            if (i < briefingTranslations)
            {
                parsed.Step();
            }
        });

        var media = MediaLoader.Load(input, diagnostics, memo);

        if (sourcesFile is null)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, new SourceLocation($"{folder}/sources.yml"), "sources.yml is missing; every claim needs a source to cite");
        }

        var faces = new Dictionary<InputFile, UInt128>(ReferenceEqualityComparer.Instance);
        AddFaces(faces, briefingFiles.Select(f => f.File), briefings.Select(b => b?.Face));
        AddFaces(faces, pageFiles.Select(f => f.File), pages.Select(p => p?.Face));
        AddFaces(faces, translationFiles.Select(f => f.File), translations.Select(t => t?.Face));

        var loaded = briefings.OfType<BriefingDocument>().ToList();
        return new LoadedSite(
            config,
            loaded.Where(b => includeDrafts || !b.Draft).ToList(),
            entities.OfType<Entity>().ToList(),
            sources.GetAwaiter().GetResult(),
            timeline.GetAwaiter().GetResult(),
            claims.GetAwaiter().GetResult(),
            ThemeLoader.Load(input.Theme, diagnostics, memo))
        {
            Topics = topics.GetAwaiter().GetResult(),
            Drafts = loaded.Where(b => b.Draft).Select(b => new DraftBriefing(b.Slug, b.Path)).OrderBy(d => d.Path, StringComparer.Ordinal).ToList(),
            Pages = pages.OfType<PageDocument>().ToList(),
            Translations = translations.OfType<TranslatedDocument>().OrderBy(t => t.Path, StringComparer.Ordinal).ToList(),
            Media = media,
            MediaNames = input.Content
                .Where(f => f.RelativePath.StartsWith(MediaLoader.Folder, StringComparison.Ordinal) && !f.RelativePath.EndsWith(".yml", StringComparison.Ordinal))
                .Select(f => f.RelativePath[MediaLoader.Folder.Length..])
                .ToHashSet(StringComparer.Ordinal),
            InputFace = InputFace.OfSite(input, faces),
        };
    }

    /// <summary>Pairs each file with the face of the text it was loaded as; a file that did not load has none.</summary>
    private static void AddFaces(Dictionary<InputFile, UInt128> faces, IEnumerable<InputFile> files, IEnumerable<UInt128?> loaded)
    {
        foreach (var (file, face) in files.Zip(loaded))
        {
            if (face is { } known)
            {
                faces[file] = known;
            }
        }
    }

    /// <param name="translations">Receives the files named <c>&lt;slug&gt;.&lt;language&gt;</c>, which translate the file of that slug; null where files have no translations.</param>
    private static List<(InputFile File, string Id)> FilesIn(SiteInput input, string prefix, string extension, DiagnosticBag diagnostics, List<(InputFile File, string Slug, string Language)>? translations = null)
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
            if (translations is not null && TranslationLoader.Split(id) is (var slug, { } language))
            {
                if (Ids.Problem(slug) is { } slugProblem)
                {
                    diagnostics.Report(DiagnosticCodes.InvalidFileName, new SourceLocation(file.DisplayPath), $"'{name}' cannot become a page address; rename it: {slugProblem}");
                }
                else if (!EditionLanguages.Supported.Contains(language))
                {
                    diagnostics.Report(DiagnosticCodes.InvalidFileName, new SourceLocation(file.DisplayPath), $"'{name}' names the language '{language}', which the site cannot publish (supported: {string.Join(", ", EditionLanguages.Supported)}); a translation is named <slug>.<language>{extension}");
                }
                else
                {
                    translations.Add((file, slug, language));
                }

                continue;
            }

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
