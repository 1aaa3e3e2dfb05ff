using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

internal static class BriefingLoader
{
    internal static readonly string[] Keys = ["title", "date", "summary", "updated", "entities", "topics", "weight", "related", "draft", "corrections"];

    /// <summary>The keys of one item of <c>corrections</c>.</summary>
    internal static readonly string[] CorrectionKeys = ["date", "note"];

    /// <summary>Keys from other site generators that no spelling suggestion would reach.</summary>
    private static readonly Dictionary<string, string> Instead = new(StringComparer.Ordinal)
    {
        ["tags"] = "did you mean 'topics'?",
        ["categories"] = "did you mean 'topics'?",
        ["description"] = "did you mean 'summary'?",
        ["lastmod"] = "did you mean 'updated'?",
        ["modified"] = "did you mean 'updated'?",
        ["author"] = "briefings name no author; every page is signed by the publisher in site.yml, so remove it",
        ["authors"] = "briefings name no author; every page is signed by the publisher in site.yml, so remove it",
        ["image"] = "briefings have no images; remove it",
        ["order"] = "did you mean 'weight'?",
        ["see_also"] = "did you mean 'related'?",
    };

    public static BriefingDocument? Load(InputFile file, string slug, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        if (MarkdownTextReader.ReadFile(file, "a briefing starts with front matter: a '---' line, then title, date and summary, then '---'", diagnostics, memo) is not (var yaml, var body, var face))
        {
            return null;
        }

        // The fence line sits above the YAML text, so YAML line 1 is file line 2.
        var root = YamlTreeReader.Read(yaml, file.DisplayPath, 1, diagnostics);
        var fields = new YamlFields(root, "front matter", new SourceLocation(file.DisplayPath, 1, 1), Keys, diagnostics, Instead);
        var title = fields.Text("title", required: true);
        var date = fields.Date("date", required: true);
        var summary = fields.Text("summary", required: true);
        var updated = fields.Date("updated");
        var entities = fields.References("entities");
        var topics = fields.References("topics");
        var weight = fields.Int("weight");
        var related = fields.References("related");
        var draft = fields.Bool("draft") ?? false;
        var corrections = Corrections(fields, diagnostics);
        if (title is null || date is null || summary is null)
        {
            return null;
        }

        return new BriefingDocument(slug, file.DisplayPath, title, date.Value, updated, summary, entities, topics.Select(t => t.Id).ToList(), draft, body, updated is null ? null : fields.ValueLocation("updated"))
        {
            Weight = weight,
            Related = related,
            TopicReferences = topics,
            Corrections = corrections,
            Face = face,
        };
    }

    /// <summary>Each correction made to the briefing since it was published: when, and what was wrong.</summary>
    private static List<Correction> Corrections(YamlFields fields, DiagnosticBag diagnostics)
    {
        var result = new List<Correction>();
        foreach (var item in fields.List("corrections"))
        {
            var correction = new YamlFields(item, "a correction", item.Location, CorrectionKeys, diagnostics);
            var date = correction.Date("date", required: true);
            var note = correction.Text("note", required: true);
            if (date is not null && note is { Length: > 0 })
            {
                result.Add(new Correction(date.Value, note, correction.ValueLocation("date") ?? item.Location));
            }
        }

        return result;
    }

    /// <summary>The YAML between the opening '---' line and the next '---' line.</summary>
    /// <param name="missing">What the file must start with, said when it does not.</param>
    /// <param name="diagnostics">Where a missing or unclosed front matter is reported; null to say nothing, for a text that may be only the file's first lines.</param>
    internal static string? FrontMatter(ReadOnlySpan<char> text, string path, string missing, DiagnosticBag? diagnostics)
    {
        var at = 0;
        if (!NextLine(text, ref at, out var first) || !first.TrimEnd().SequenceEqual("---"))
        {
            diagnostics?.Report(DiagnosticCodes.FrontMatter, new SourceLocation(path, 1, 1), missing);
            return null;
        }

        var yamlStart = at;
        for (var lineStart = at; NextLine(text, ref at, out var line); lineStart = at)
        {
            if (line.TrimEnd() is "---" or "...")
            {
                // Every line before the closing one, each ended by a line feed however the file ends its lines.
                var yaml = text[yamlStart..lineStart];
                return yaml.Contains('\r') ? yaml.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : yaml.ToString();
            }
        }

        diagnostics?.Report(DiagnosticCodes.FrontMatter, new SourceLocation(path, 1, 1), "front matter is not closed; add a '---' line after the last key");
        return null;
    }

    /// <summary>The line starting at <paramref name="at"/>, ended as <see cref="TextReader.ReadLine"/> ends one (by "\r\n", "\r" or "\n"); false at the end of the text.</summary>
    /// <param name="at">Moved to where the line after it starts.</param>
    private static bool NextLine(ReadOnlySpan<char> text, ref int at, out ReadOnlySpan<char> line)
    {
        if (at >= text.Length)
        {
            line = default;
            return false;
        }

        var rest = text[at..];
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            line = rest;
            at = text.Length;
            return true;
        }

        line = rest[..end];
        at += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return true;
    }
}
