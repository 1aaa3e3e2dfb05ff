using System.Buffers;
using System.Text;
using System.Text.Json;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Search;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Metadata;

/// <summary>
/// schema.org structured data for search engines and link previews: WebSite for the home page,
/// NewsArticle for briefings, an organisation (or place, programme, person) for entities and an ItemList
/// for the timeline. Written with System.Text.Json, whose encoder turns &lt; into \u003C, so no value
/// can close the script element that holds it.
/// </summary>
internal sealed class JsonLd(SiteConfig config, UiText text, SiteUrls urls, string baseUrl)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = SearchIndex.Encoder };

    public TrustedHtml WebSite() => Block(json =>
    {
        Start(json, "WebSite");
        json.WriteString("name", config.Title);
        json.WriteString("description", config.Description);
        WriteAbsolute(json, "url", urls.Home);
        json.WriteString("inLanguage", config.Language);
        Publisher(json);
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteString("target", Absolute(urls.Search) + "?q={search_term_string}");
        json.WriteString("query-input", "required name=search_term_string");
        json.WriteEndObject();
    });

    public TrustedHtml NewsArticle(BriefingPage page) => Block(json =>
    {
        var b = page.Briefing;
        Start(json, "NewsArticle");
        json.WriteString("headline", b.Title);
        json.WriteString("description", b.Summary);
        WriteAbsolute(json, "url", page.Url);
        WriteAbsolute(json, "mainEntityOfPage", page.Url);
        json.WriteString("datePublished", ViewBuilder.Iso(b.Date));
        json.WriteString("dateModified", ViewBuilder.Iso(b.Updated ?? b.Date));
        json.WriteString("inLanguage", config.Language);
        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", config.Publisher);
        WriteAbsolute(json, "url", urls.Home);
        json.WriteEndObject();
        Publisher(json);
        if (b.Topics.Count > 0)
        {
            json.WriteString("keywords", string.Join(", ", b.Topics));
        }

        json.WriteStartArray("about");
        foreach (var entity in page.Entities)
        {
            json.WriteStartObject();
            json.WriteString("@type", TypeOf(entity.Kind));
            json.WriteString("name", entity.Name);
            WriteAbsolute(json, "url", urls.Entity(entity.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("citation");
        foreach (var cited in page.Citations.Sources)
        {
            var s = cited.Source;
            json.WriteStartObject();
            json.WriteString("@type", "CreativeWork");
            json.WriteString("name", text.SourceName(s));
            if (s.Url is not null)
            {
                json.WriteString("url", s.Url);
            }

            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", s.Publisher);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public TrustedHtml Entity(EntityPage page) => Block(json =>
    {
        var e = page.Entity;
        Start(json, TypeOf(e.Kind));
        json.WriteString("name", e.Name);
        var names = e.Aliases.Concat(e.NativeName is null ? [] : [e.NativeName]).ToList();
        if (names.Count > 0)
        {
            json.WriteStartArray("alternateName");
            names.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        WriteAbsolute(json, "url", page.Url);
        if (e.Role is not null)
        {
            json.WriteString("description", e.Role);
        }

        if (e.Website is not null)
        {
            json.WriteString("sameAs", e.Website);
        }
    });

    /// <param name="url">The page the events are on: /timeline/, or a year's page once each year has its own.</param>
    public TrustedHtml Timeline(IReadOnlyList<ResolvedEvent> events, string? url = null) => Block(json =>
    {
        url ??= urls.Timeline;
        Start(json, "ItemList");
        json.WriteString("name", text[UiKeys.PageTitle("timeline")]);
        WriteAbsolute(json, "url", url);
        json.WriteString("itemListOrder", "https://schema.org/ItemListOrderAscending");
        json.WriteNumber("numberOfItems", events.Count);
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            WriteAbsolute(json, "url", url, ev.Anchor);
            json.WriteString("name", text.Format(UiKeys.StructuredEvent, ("date", text.Date(ev.Event.Date)), ("title", ev.Event.Title)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    /// <summary>A page's place below the home page, as the trail above it shows it. The last step, the page itself, needs no address (schema.org and search engines take the page's).</summary>
    public TrustedHtml Breadcrumbs(IReadOnlyList<LinkView> trail) => Block(json =>
    {
        Start(json, "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < trail.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", trail[i].Title);
            if (i < trail.Count - 1)
            {
                WriteAbsolute(json, "item", trail[i].Url);
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    /// <summary>The schema.org type nearest to an entity kind.</summary>
    public static string TypeOf(string kind) =>
        kind switch
        {
            "agency" => "GovernmentOrganization",
            "research" => "ResearchOrganization",
            "program" => "FundingScheme",
            "facility" => "Place",
            "person" => "Person",
            _ => "Organization",
        };

    // Each page's block is written into its thread's buffer, by its thread's writer, so that only the finished block is a new array.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _block;

    [ThreadStatic]
    private static Utf8JsonWriter? _json;

    private static TrustedHtml Block(Action<Utf8JsonWriter> write)
    {
        var block = _block ??= new ArrayBufferWriter<byte>(4096);
        block.ResetWrittenCount();
        block.Write("<script type=\"application/ld+json\">"u8);
        var json = _json ??= new Utf8JsonWriter(block, Options);
        json.Reset(block);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        json.Flush();
        block.Write("</script>"u8);
        return new TrustedHtml(block.WrittenSpan.ToArray());
    }

    private static void Start(Utf8JsonWriter json, string type)
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", type);
    }

    private void Publisher(Utf8JsonWriter json)
    {
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", config.Publisher);
        WriteAbsolute(json, "url", urls.Home);
        json.WriteEndObject();
    }

    private string Absolute(string url) => SiteUrls.Absolute(baseUrl, url);

    /// <summary>Writes the absolute address of <paramref name="url"/> (and <paramref name="fragment"/>) without making a string of it: every page names a dozen.</summary>
    private void WriteAbsolute(Utf8JsonWriter json, string name, string url, string? fragment = null)
    {
        var origin = SiteUrls.Origin(baseUrl);
        var length = origin.Length + url.Length + (fragment is null ? 0 : fragment.Length + 1);
        if (length > 1024)
        {
            json.WriteString(name, Absolute(fragment is null ? url : url + "#" + fragment));
            return;
        }

        Span<char> absolute = stackalloc char[length];
        origin.CopyTo(absolute);
        url.CopyTo(absolute[origin.Length..]);
        if (fragment is not null)
        {
            absolute[origin.Length + url.Length] = '#';
            fragment.CopyTo(absolute[(origin.Length + url.Length + 1)..]);
        }

        json.WriteString(name, absolute);
    }
}
