using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Rendering;

/// <summary>
/// The JSON the search page's script filters: one entry per briefing, entity, source, timeline event and
/// claim. Keys are one letter because every reader downloads the file: k kind, t title, u address,
/// s summary, a other names (aliases, native names, topics), h section headings.
/// </summary>
internal static class SearchIndex
{
    /// <summary>Escapes &lt; &gt; &amp; and quotes like every JSON the site writes, but keeps 日本語 and ¥ readable (and small).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static byte[] Build(ResolvedSite site)
    {
        var text = site.Text;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("items");
            foreach (var page in site.Briefings)
            {
                var b = page.Briefing;
                Item(json, text[UiKeys.SearchBriefing], b.Title, page.Url, b.Summary, b.Topics, page.Headings);
            }

            foreach (var page in site.Entities)
            {
                var e = page.Entity;
                var names = e.Aliases.Concat(e.NativeName is null ? [] : [e.NativeName]).ToList();
                Item(json, text[UiKeys.KindOne(e.Kind)], e.Name, page.Url, e.Role, names, []);
            }

            foreach (var item in site.Timeline)
            {
                Item(json, text[UiKeys.SearchEvent], item.Event.Title, site.Urls.Timeline + "#" + item.Anchor, text.Date(item.Event.Date), [], []);
            }

            foreach (var claim in site.Claims)
            {
                Item(json, text[UiKeys.SearchClaim], claim.Claim.Question, site.Urls.Claim(claim.Claim.Id), text[UiKeys.ClaimStatusLabel(claim.Claim.Status)], [], []);
            }

            foreach (var page in site.Sources)
            {
                Item(json, text[UiKeys.SearchSource], text.SourceName(page.Source), page.Url, page.Source.Publisher, [], []);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Item(Utf8JsonWriter json, string kind, string title, string url, string? summary, IReadOnlyList<string> names, IReadOnlyList<string> headings)
    {
        json.WriteStartObject();
        json.WriteString("k", kind);
        json.WriteString("t", title);
        json.WriteString("u", url);
        if (!string.IsNullOrEmpty(summary))
        {
            json.WriteString("s", summary);
        }

        Strings(json, "a", names);
        Strings(json, "h", headings);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
