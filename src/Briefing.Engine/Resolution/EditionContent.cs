using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>
/// The content of a further language edition: the briefings and pages that have a translation, each in its
/// translation's words, and every record with its translated fields in place of the original's. What a
/// translation leaves out is the original's: ids, dates, values, sources and relations are never translated,
/// and an untranslated field is reported, not hidden.
/// </summary>
internal static class EditionContent
{
    /// <param name="diagnostics">Told of every record that leaves a field of this language untranslated.</param>
    public static LoadedSite For(LoadedSite site, EditionConfig edition, DiagnosticBag diagnostics)
    {
        var language = edition.Language;
        var documents = site.Translations.Where(t => t.Language == language).ToList();
        var briefingTranslations = Of(documents, SiteLoader.BriefingsFolder);
        var pageTranslations = Of(documents, SiteLoader.PagesFolder);
        var missing = new Untranslated(language, diagnostics);

        var briefings = site.Briefings
            .Where(b => briefingTranslations.ContainsKey(b.Slug))
            .Select(b => Translate(b, briefingTranslations[b.Slug], briefingTranslations))
            .ToList();
        var topicsUsed = briefings.SelectMany(b => b.Topics).ToHashSet(StringComparer.Ordinal);

        return site with
        {
            Config = site.Config with
            {
                Title = edition.Title,
                Description = edition.Description,
                Language = language,
                Publisher = edition.Publisher ?? site.Config.Publisher,
            },
            Briefings = briefings,
            Pages = site.Pages
                .Where(p => pageTranslations.ContainsKey(p.Slug))
                .Select(p => Translate(p, pageTranslations[p.Slug]))
                .ToList(),
            Entities = site.Entities.Select(e => Translate(e, language, missing)).ToList(),
            Sources = site.Sources.Select(s => Translate(s, language, missing)).ToList(),
            Timeline = site.Timeline.Select(e => Translate(e, language, missing)).ToList(),
            Claims = site.Claims.Select(c => Translate(c, language, missing)).ToList(),
            Topics = site.Topics?.Where(t => topicsUsed.Contains(t.Id)).Select(t => Translate(t, language, missing)).ToList(),
        };
    }

    private static Dictionary<string, TranslatedDocument> Of(List<TranslatedDocument> documents, string folder) =>
        documents.Where(d => d.Folder == folder).GroupBy(d => d.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// The briefing in the translation's words. Its dates stay the original's: they say when the story was
    /// published and last changed. A translation brought in line before the original's last change says so.
    /// Briefings it names as related that have no translation are left out, as a draft is from a build without drafts.
    /// </summary>
    private static BriefingDocument Translate(BriefingDocument briefing, TranslatedDocument translation, Dictionary<string, TranslatedDocument> translated) =>
        briefing with
        {
            Path = translation.Path,
            Title = translation.Title,
            Summary = translation.Summary,
            Body = translation.Body,
            Related = briefing.Related.Where(r => translated.ContainsKey(r.Id)).ToList(),
            OriginalChanged = Behind(briefing.Updated ?? briefing.Date, translation.Updated ?? briefing.Date),
        };

    private static PageDocument Translate(PageDocument page, TranslatedDocument translation) =>
        page with
        {
            Path = translation.Path,
            Title = translation.Title,
            Summary = translation.Summary,
            Body = translation.Body,
            Location = translation.Location,
            OriginalChanged = page.Updated is { } changed ? Behind(changed, translation.Updated ?? DateOnly.MinValue) : null,
        };

    /// <summary>The day the original last changed, when that is after the translation was brought in line.</summary>
    private static DateOnly? Behind(DateOnly original, DateOnly translation) => original > translation ? original : null;

    private static Entity Translate(Entity entity, string language, Untranslated missing)
    {
        var t = entity.Translations.For(language);
        missing.Check(t, entity.NameLocation, $"entity '{entity.Id}'", TranslatableFields.Entity, field => field switch
        {
            "name" => entity.Name,
            "short_name" => entity.ShortName,
            "role" => entity.Role,
            "summary" => entity.Summary,
            "sector" => entity.Sector,
            "headquarters" => entity.Headquarters,
            _ => entity.Stake,
        });
        if (t is null)
        {
            return entity;
        }

        var name = t.Text("name");
        return entity with
        {
            Name = name ?? entity.Name,

            // A translated name with no short form of its own is shown whole, rather than beside the original's short form.
            ShortName = t.Text("short_name") ?? (name is null ? entity.ShortName : null),
            Role = t.Text("role") ?? entity.Role,
            Summary = t.MarkdownOf("summary") ?? entity.Summary,
            Sector = t.Text("sector") ?? entity.Sector,
            Headquarters = t.Text("headquarters") ?? entity.Headquarters,
            Stake = t.Text("stake") ?? entity.Stake,
        };
    }

    private static Source Translate(Source source, string language, Untranslated missing)
    {
        if (!source.Untitled)
        {
            return source;
        }

        var t = source.Translations.For(language);
        missing.Check(t, source.Location, $"source '{source.Id}'", TranslatableFields.Source, _ => source.Title);
        return t?.Text("description") is { } description ? source with { Title = description } : source;
    }

    private static TimelineEvent Translate(TimelineEvent item, string language, Untranslated missing)
    {
        var t = item.Translations.For(language);
        missing.Check(t, item.Location, $"the timeline event of {item.Date}", TranslatableFields.Event, field => field == "title" ? item.Title : item.Body);
        return t is null ? item : item with { Title = t.Text("title") ?? item.Title, Body = t.MarkdownOf("body") ?? item.Body };
    }

    private static Claim Translate(Claim claim, string language, Untranslated missing)
    {
        var t = claim.Translations.For(language);
        missing.Check(t, claim.Location, $"claim '{claim.Id}'", TranslatableFields.Claim, field => field switch
        {
            "question" => claim.Question,
            "figure" => claim.Figure,
            _ => claim.Assessment,
        });
        var reports = claim.Reports.Select(report =>
        {
            var r = report.Translations.For(language);
            missing.Check(r, report.Source.Location, $"the report of '{report.Source.Id}' in claim '{claim.Id}'", TranslatableFields.Report, _ => report.Note);
            return r?.Text("note") is { } note ? report with { Note = note } : report;
        }).ToList();
        return claim with
        {
            Question = t?.Text("question") ?? claim.Question,

            // A key figure is the ledger's words for it, written as the language writes amounts ("1兆円"); the reports' values stay as given.
            Figure = claim.Figure is null ? null : t?.Text("figure") ?? claim.Figure,
            Assessment = t?.MarkdownOf("assessment") ?? claim.Assessment,
            Reports = reports,
        };
    }

    private static Topic Translate(Topic topic, string language, Untranslated missing)
    {
        var t = topic.Translations.For(language);
        missing.Check(t, topic.Location, $"topic '{topic.Id}'", TranslatableFields.Topic, field => field == "title" ? topic.Title : topic.Description);
        return t is null ? topic : topic with { Title = t.Text("title") ?? topic.Title, Description = t.MarkdownOf("description") ?? topic.Description };
    }

    /// <summary>Reports each record whose translation leaves out a field the original has, so an edition is not quietly half in another language.</summary>
    private sealed class Untranslated(string language, DiagnosticBag diagnostics)
    {
        public void Check(Translation? translation, SourceLocation location, string what, IReadOnlyList<string> fields, Func<string, object?> original)
        {
            var lacking = fields.Where(f => original(f) is not null && translation?.Text(f) is null && translation?.MarkdownOf(f) is null).ToList();
            if (lacking.Count == 0)
            {
                return;
            }

            var example = string.Join(", ", lacking.Select(f => $"{f}: …"));
            diagnostics.Report(DiagnosticCodes.Untranslated, translation?.Location ?? location, $"{what} has no '{language}' {string.Join(", ", lacking)}, so the '{language}' edition shows the original; add translations: {{ {language}: {{ {example} }} }}");
        }
    }
}
