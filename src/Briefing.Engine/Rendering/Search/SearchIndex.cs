using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering.Search;

/// <summary>
/// The search index the search page's script reads, split so that a reader downloads only what a query
/// needs, however large the site. Every page that search can find is a document with a number. Its terms
/// (<see cref="SearchTerms"/>) are spread over <see cref="SearchPlan.Buckets"/> files by their first three
/// characters; a query fetches the one file per term it types. Each document's title, address, summary and
/// text for the result's snippet is a file of its own, fetched only when the document is among the results
/// shown.
/// </summary>
/// <remarks>
/// A term file maps each term to its postings: one number per document that has the term, in document
/// order, <c>(document − previous document) × 32 + field × 8 + min(count, 7)</c>, where field is where the
/// term stands at best (<see cref="SearchField"/>) and count how often it occurs. Neighbouring documents
/// make small numbers, so a term in every document costs about three bytes a document.
/// </remarks>
internal static class SearchIndex
{
    /// <summary>Escapes &lt; &gt; &amp; and quotes like every JSON the site writes, but keeps 日本語 and ¥ readable (and small).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Options = new() { Encoder = Encoder };

    /// <summary>Every file of the index, by its path in the output folder.</summary>
    public static Dictionary<string, byte[]> Build(ResolvedSite site)
    {
        var plan = site.Plan.Search;
        var documents = SearchDocuments.Of(site);
        if (documents.Count != plan.Documents)
        {
            throw new InvalidOperationException($"the plan has {plan.Documents} search documents, the site {documents.Count}");
        }

        var files = new Dictionary<string, byte[]>(documents.Count + plan.Buckets, StringComparer.Ordinal);
        var termsOf = new Dictionary<string, Posting>[documents.Count];
        Parallel.For(0, documents.Count, n =>
        {
            termsOf[n] = Terms(documents[n]);
        });

        for (var n = 0; n < documents.Count; n++)
        {
            files[SiteUrls.OutputPath(site.Urls.SearchDocument(n))] = Document(documents[n]);
        }

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < documents.Count; n++)
        {
            foreach (var (term, posting) in termsOf[n])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                    last[term] = 0;
                }

                list.Add(((n - last[term]) * 32) + (posting.Field * 8) + Math.Min(posting.Count, 7));
                last[term] = n;
            }
        }

        var buckets = new List<string>[plan.Buckets];
        foreach (var term in postings.Keys.Order(StringComparer.Ordinal))
        {
            (buckets[SearchTerms.Bucket(term, plan.Buckets)] ??= []).Add(term);
        }

        for (var k = 0; k < plan.Buckets; k++)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                foreach (var term in buckets[k] ?? [])
                {
                    json.WriteStartArray(term);
                    foreach (var value in postings[term])
                    {
                        json.WriteNumberValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            files[SiteUrls.OutputPath(site.Urls.SearchTerms(k))] = stream.ToArray();
        }

        return files;
    }

    private record struct Posting(int Field, int Count);

    private static Dictionary<string, Posting> Terms(SearchDocument document)
    {
        var terms = new Dictionary<string, Posting>(StringComparer.Ordinal);
        foreach (var (text, field) in document.Fields)
        {
            SearchTerms.Each(text, term =>
            {
                var seen = terms.GetValueOrDefault(term);
                terms[term] = new Posting(Math.Max(seen.Field, (int)field), seen.Count + 1);
            });
        }

        return terms;
    }

    /// <summary>k kind, t title, u address, s summary, x the text a snippet is cut from.</summary>
    private static byte[] Document(SearchDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("k", document.Kind);
            json.WriteString("t", document.Title);
            json.WriteString("u", document.Url);
            if (!string.IsNullOrEmpty(document.Summary))
            {
                json.WriteString("s", document.Summary);
            }

            if (!string.IsNullOrEmpty(document.Text))
            {
                json.WriteString("x", document.Text);
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
