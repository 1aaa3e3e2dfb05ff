using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Engine.Rendering.Data;

/// <summary>
/// /claims.json, /timeline.json and /graph.json. Every field is written in every object, null when it has no
/// value, in a fixed order, so that equal data gives equal bytes and a reader's code need not guess.
/// </summary>
internal static class DataJson
{
    /// <summary>The version of the files' schema, raised when a field changes meaning or goes away (not when one is added).</summary>
    public const int Version = 1;

    /// <summary>
    /// Quotes, apostrophes and every script as they are, for people reading the file: it is served as JSON on its
    /// own and never placed in a page, where &lt; and &amp; would need escaping.
    /// </summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    public static byte[] Claims(ClaimsData data) => Write(data.Site, data.BaseUrl, json =>
    {
        json.WriteStartArray("claims");
        foreach (var claim in data.Claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("url", claim.Url);
            json.WriteString("question", claim.Question);
            json.WriteString("status", claim.Status);
            json.WriteString("figure", claim.Figure);
            json.WriteString("assessment", claim.Assessment);
            json.WriteStartArray("reports");
            foreach (var report in claim.Reports)
            {
                json.WriteStartObject();
                json.WriteString("value", report.Value);
                json.WriteString("note", report.Note);
                json.WritePropertyName("source");
                Source(json, report.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static byte[] Timeline(TimelineData data) => Write(data.Site, data.BaseUrl, json =>
    {
        json.WriteStartArray("events");
        foreach (var ev in data.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", ev.Id);
            json.WriteString("url", ev.Url);
            json.WriteString("date", ev.Date);
            json.WriteString("precision", ev.Precision);
            json.WriteString("start", ViewBuilder.Iso(ev.Start));
            json.WriteString("end", ViewBuilder.Iso(ev.End));
            json.WriteString("title", ev.Title);
            json.WriteString("status", ev.Status);
            json.WriteString("body", ev.Body);
            json.WriteStartArray("entities");
            foreach (var entity in ev.Entities)
            {
                json.WriteStartObject();
                json.WriteString("id", entity.Id);
                json.WriteString("name", entity.Name);
                json.WriteString("url", entity.Url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Sources(json, ev.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static byte[] Graph(GraphData data) => Write(data.Site, data.BaseUrl, json =>
    {
        json.WriteStartArray("entities");
        foreach (var e in data.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("name", e.Name);
            json.WriteString("short_name", e.ShortName);
            json.WriteString("native_name", e.NativeName);
            json.WriteStartArray("aliases");
            foreach (var alias in e.Aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
            json.WriteString("kind", e.Kind);
            json.WriteString("group", e.Group);
            json.WriteString("role", e.Role);
            json.WriteString("sector", e.Sector);
            json.WriteString("headquarters", e.Headquarters);
            json.WriteString("website", e.Website);
            json.WriteString("url", e.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("relations");
        foreach (var r in data.Relations)
        {
            json.WriteStartObject();
            json.WriteString("from", r.From);
            json.WriteString("to", r.To);
            json.WriteString("type", r.Type);
            json.WriteString("label", r.Label);
            json.WriteString("inverse", r.Inverse);
            json.WriteNumber("independent_reports", r.IndependentReports);
            Sources(json, r.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static byte[] Write(string site, string baseUrl, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("site", site);
            json.WriteString("base_url", baseUrl);
            body(json);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Sources(Utf8JsonWriter json, IEnumerable<SourceData> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            Source(json, source);
        }

        json.WriteEndArray();
    }

    private static void Source(Utf8JsonWriter json, SourceData source)
    {
        json.WriteStartObject();
        json.WriteString("id", source.Id);
        json.WriteString("publisher", source.Publisher);
        json.WriteString("title", source.Title);
        json.WriteString("description", source.Description);
        json.WriteString("url", source.Url);
        json.WriteString("date", source.Date);
        json.WriteString("language", source.Language);
        json.WriteString("via", source.Via);
        json.WriteString("page", source.Page);
        json.WriteEndObject();
    }
}
