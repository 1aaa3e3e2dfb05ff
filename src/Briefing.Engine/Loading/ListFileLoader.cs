using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>sources.yml, timeline.yml and claims.yml: each a YAML list of mappings.</summary>
internal static class ListFileLoader
{
    internal static readonly string[] SourceKeys = ["id", "publisher", "publisher_native", "publisher_language", "title", "description", "url", "publisher_url", "date", "language", "title_language", "kind", "via", TranslationReader.Key];
    internal static readonly string[] EventKeys = ["date", "title", "sources", "body", "entities", "status", TranslationReader.Key];
    internal static readonly string[] ClaimKeys = ["id", "question", "reports", "status", "figure", "assessment", TranslationReader.Key];
    internal static readonly string[] TopicKeys = ["id", "title", "description", TranslationReader.Key];
    private static readonly string[] ReportKeys = ["value", "source", "note", TranslationReader.Key];

    public static IReadOnlyList<Topic> Topics(InputFile file, DiagnosticBag diagnostics) =>
        Items(file, "topic", diagnostics, (fields, text) =>
        {
            var id = fields.Id("id", required: true);
            var title = fields.Text("title", required: true);
            var description = fields.Scalar("description");
            return id is null || title is null
                ? null
                : new Topic(id, title, description is null ? null : MarkdownTextReader.Read(description, text, diagnostics), fields.Location)
                {
                    Translations = TranslationReader.Read(fields, TranslatableFields.Topic, TranslatableFields.TopicMarkdown, "a topic", text, diagnostics),
                };
        });

    public static IReadOnlyList<Source> Sources(InputFile file, DiagnosticBag diagnostics) =>
        Items(file, "source", diagnostics, (fields, text) =>
        {
            var id = fields.Id("id", required: true);
            var publisher = fields.Text("publisher", required: true);
            var (title, untitled) = Title(fields, diagnostics);
            var url = fields.Text("url");
            var publisherUrl = fields.Text("publisher_url");
            var date = fields.Text("date");
            if (date is not null && !PartialDate.TryParse(date, out PartialDate? _))
            {
                diagnostics.Report(DiagnosticCodes.InvalidDate, fields.Scalar("date")!.Location, $"'{date}' is not a date; write yyyy, yyyy-MM or yyyy-MM-dd");
            }

            var language = fields.Language("language");
            var titleLanguage = fields.Language("title_language");
            var publisherNative = fields.Text("publisher_native");
            var publisherLanguage = fields.Language("publisher_language");
            if (titleLanguage is not null && untitled)
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, fields.ValueLocation("title_language")!, "'title_language' is the language of a report's own title; a description is written in the site's language, so remove it");
            }

            var kind = fields.Choice("kind", SourceKinds.All);
            var via = fields.Reference("via");
            var translations = TranslationReader.Read(fields, TranslatableFields.Source, [], "a source", text, diagnostics);
            foreach (var translation in translations.All.Where(t => !untitled && t.Text("description") is not null))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, translation.Location, "a report's own headline is shown as it was published, in its own language; only a source's 'description' (for a report whose headline we do not have) is translated, so remove this");
            }

            return id is null || publisher is null || title is null
                ? null
                : new Source(id, publisher, title, untitled, url, publisherUrl, date, language, kind, via, fields.Location)
                {
                    UrlLocation = fields.Value("url", required: false)?.Location ?? fields.Location,
                    PublisherUrlLocation = fields.Value("publisher_url", required: false)?.Location ?? fields.Location,
                    TitleLanguage = titleLanguage,
                    PublisherNative = publisherNative,
                    PublisherLanguage = publisherLanguage,
                    Translations = untitled ? translations : Translations.None,
                };
        });

    /// <summary>
    /// A source's <c>title</c> (the report's own headline) or, when we do not have it, its <c>description</c>:
    /// exactly one of them, and no headline made up of a bracketed description. A misused one is reported and
    /// the source kept, so citations of it do not fail as well.
    /// </summary>
    private static (string? Text, bool Untitled) Title(YamlFields fields, DiagnosticBag diagnostics)
    {
        var title = fields.Text("title");
        var description = fields.Text("description");
        if (title is { Length: > 0 } && description is { Length: > 0 })
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, fields.KeyLocation("description"), "a source has a 'title' or a 'description', not both; keep 'title' only if it is the report's own headline");
            return (title, false);
        }

        if (description is { Length: > 0 })
        {
            return (description, true);
        }

        if (title is not { Length: > 0 })
        {
            diagnostics.Report(DiagnosticCodes.MissingKey, fields.KeyLocation("title"), "required key 'title' is missing or empty; for a report whose headline we do not have, write 'description' instead");
            return (null, false);
        }

        if (title.Length > 1 && title[0] == '[' && title[^1] == ']')
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, fields.Value("title", required: false)!.Location, "a title in square brackets is a description, not the report's headline; write it as 'description:' without the brackets");
            return (title[1..^1].Trim(), true);
        }

        return (title, false);
    }

    public static IReadOnlyList<TimelineEvent> Timeline(InputFile file, DiagnosticBag diagnostics) =>
        Items(file, "timeline event", diagnostics, (fields, text) =>
        {
            var dateScalar = fields.Scalar("date", required: true);
            PartialDate? date = null;
            if (dateScalar is not null && !PartialDate.TryParse(dateScalar.Text.Trim(), out date))
            {
                diagnostics.Report(DiagnosticCodes.InvalidDate, dateScalar.Location, $"'{dateScalar.Text}' is not a timeline date; write yyyy, yyyy-MM, yyyy-MM-dd or yyyy-Qn (e.g. 2027-Q1)");
            }

            var title = fields.Text("title", required: true);
            var sources = fields.References("sources", required: true);
            var body = fields.Scalar("body");
            var entities = fields.References("entities");
            var status = fields.Choice("status", EventStatuses.All) ?? EventStatuses.Reported;
            return date is null || title is null
                ? null
                : new TimelineEvent(date, title, sources, body is null ? null : MarkdownTextReader.Read(body, text, diagnostics), entities, status, fields.Location)
                {
                    Translations = TranslationReader.Read(fields, TranslatableFields.Event, TranslatableFields.EventMarkdown, "a timeline event", text, diagnostics),
                };
        });

    public static IReadOnlyList<Claim> Claims(InputFile file, DiagnosticBag diagnostics) =>
        Items(file, "claim", diagnostics, (fields, text) =>
        {
            var id = fields.Id("id", required: true);
            var question = fields.Text("question", required: true);
            var reports = new List<ClaimReport>();
            foreach (var item in fields.List("reports", required: true))
            {
                var report = new YamlFields(item, "a report", item.Location, ReportKeys, diagnostics);
                var value = report.Text("value", required: true);
                var source = report.Reference("source", required: true);
                var note = report.Text("note");
                if (value is not null && source is not null)
                {
                    reports.Add(new ClaimReport(value, source, note) { Translations = TranslationReader.Read(report, TranslatableFields.Report, [], "a report", text, diagnostics) });
                }
            }

            var status = fields.Choice("status", ClaimStatuses.All, required: true);
            var figure = fields.Text("figure");
            if (figure is not null && status is not null && !ClaimStatuses.Figures.Contains(status))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, fields.KeyLocation("figure"), $"a {status} claim cannot be a key figure; remove 'figure', since key figures show only what the reports agree on ('consistent') or one outlet's figure, labelled ('single-source')");
                figure = null;
            }

            var assessment = fields.Scalar("assessment");
            return id is null || question is null || status is null
                ? null
                : new Claim(id, question, reports, status, figure is { Length: > 0 } ? figure : null, assessment is null ? null : MarkdownTextReader.Read(assessment, text, diagnostics), fields.Location)
                {
                    StatusLocation = fields.Value("status", required: false)?.Location ?? fields.Location,
                    Translations = TranslationReader.Read(fields, TranslatableFields.Claim, TranslatableFields.ClaimMarkdown, "a claim", text, diagnostics),
                };
        });

    private static List<T> Items<T>(InputFile file, string what, DiagnosticBag diagnostics, Func<YamlFields, LinedText, T?> read)
        where T : class
    {
        var result = new List<T>();
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
        {
            return result;
        }

        var root = YamlTreeReader.Read(text, file.DisplayPath, 0, diagnostics);
        if (root is null or YamlScalar { IsNull: true })
        {
            return result;
        }

        if (root is not YamlSequence list)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, root.Location, $"{file.DisplayPath} must be a list of {what}s, each starting with '- '");
            return result;
        }

        var lined = new LinedText(text);
        var keys = what switch
        {
            "source" => SourceKeys,
            "timeline event" => EventKeys,
            "topic" => TopicKeys,
            _ => ClaimKeys,
        };
        foreach (var item in list.Items)
        {
            var fields = new YamlFields(item, $"a {what}", item.Location, keys, diagnostics);
            if (fields.IsValid && read(fields, lined) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
