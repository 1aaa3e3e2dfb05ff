using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
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
/// make small numbers, so a term in every document costs about three bytes a document. A term in more than
/// <see cref="MostPostings"/> documents lists only the documents where it stands best (by field, then
/// count, then order), after a first number <c>−n</c> saying it is in n documents: such a word ranks, but
/// it cannot narrow a query, and its file stays small however large the site grows.
/// </remarks>
internal static class SearchIndex
{
    /// <summary>Escapes &lt; &gt; &amp; and quotes like every JSON the site writes, but keeps 日本語 and ¥ readable (and small).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Options = new() { Encoder = Encoder };

    /// <summary>The most of a document's text kept for its snippet; a match further on shows the summary instead.</summary>
    public const int SnippetTextLength = 3000;

    /// <summary>The most documents a term lists; about four kilobytes of postings.</summary>
    public const int MostPostings = 1000;

    /// <summary>Makes every file of the index and hands each to <paramref name="output"/> as it is made.</summary>
    /// <param name="files">Says which documents' files the previous output holds as they would be made now, and gives the
    /// memo of the terms of documents an earlier build split, each reused while its document is unchanged.</param>
    public static void Build(ResolvedSite site, IRenderedFiles output, IRenderMemo files) => Build(site, output, files, MostPostings);

    /// <param name="mostPostings">The most documents a term lists; smaller than <see cref="MostPostings"/> only to show a small site what a large one does.</param>
    internal static void Build(ResolvedSite site, IRenderedFiles output, IRenderMemo files, int mostPostings)
    {
        var memo = files.Search(site.Config.Language);
        var plan = site.Plan.Search;
        var documents = SearchDocuments.Of(site);
        if (documents.Count != plan.Documents)
        {
            throw new InvalidOperationException($"the plan has {plan.Documents} search documents, the site {documents.Count}");
        }

        // Documents are made, written and split into their terms a batch at a time on every core, each worker with
        // its own words; only joining each document's terms to the postings, in document order, is done on one.
        var terms = new Terms(mostPostings);
        var inputs = SiteRenderer.EditionInputs(site);
        memo.Begin(documents.Count);
        // A stack, not a bag, for the reason PageRenderer's contexts are: a bag's thread storage outlives the build.
        var splitters = new ConcurrentStack<Splitter>();
        var batch = new DocumentTerms[Math.Min(BatchSize, documents.Count)];
        for (var start = 0; start < documents.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, documents.Count - start);
            Parallel.For(
                0,
                count,
                Workers,
                () => splitters.TryPop(out var idle) ? idle : new Splitter(),
                (i, _, splitter) =>
                {
                    var n = start + i;
                    var path = SiteUrls.OutputPath(site.Urls.SearchDocument(n));

                    // Known from what it is made from, like a page: a build after one edit makes the edited documents only.
                    var made = DocumentInputs(inputs, n, documents[n].OwnText);
                    var fileKept = files.FileFromInputs(path, made);
                    var kept = memo.TermsFromInputs(n, made);
                    if (fileKept && kept is { } keptTerms)
                    {
                        output.Keep(path);
                        batch[i] = keptTerms;
                        return splitter;
                    }

                    var document = documents[n].Make();

                    // Else known without reading its text, like its terms: the document's record is made, not its file.
                    if (fileKept || files.Unchanged(path, (document.Kind, document.Title, document.Url, document.Summary, document.TextKey)))
                    {
                        output.Keep(path);
                    }
                    else
                    {
                        output.AddLent(path, Document(document, splitter));
                    }

                    batch[i] = kept ?? memo.Terms(n, made, document, splitter.Split);
                    return splitter;
                },
                splitters.Push);

            for (var i = 0; i < count; i++)
            {
                terms.Add(start + i, batch[i]);
                memo.Joined(start + i, batch[i]);
                ArrayPool<int>.Shared.Return(batch[i].Ids);
                ArrayPool<int>.Shared.Return(batch[i].FieldAndCount);
                batch[i] = default;
            }
        }

        memo.Done();

        var buckets = new List<int>[plan.Buckets];
        foreach (var id in terms.InOrder())
        {
            (buckets[SearchTerms.Bucket(terms.Text(id), plan.Buckets)] ??= []).Add(id);
        }

        for (var k = 0; k < plan.Buckets; k++)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                foreach (var id in buckets[k] ?? [])
                {
                    json.WriteStartArray(terms.Text(id));
                    foreach (var value in terms.Postings(id).Encoded())
                    {
                        json.WriteNumberValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            output.Add(SiteUrls.OutputPath(site.Urls.SearchTerms(k)), stream.ToArray());
        }
    }

    /// <summary>What document <paramref name="number"/> is made from: the edition's inputs, its place, and its own text's HTML identity, which stands for its words and the places marks are filled in.</summary>
    private static UInt128 DocumentInputs(UInt128 edition, int number, MarkdownText? own)
    {
        Span<byte> bytes = stackalloc byte[36];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, edition);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[16..], number);
        BinaryPrimitives.WriteUInt128LittleEndian(bytes[20..], own?.Html.Identity ?? 0);
        return XxHash128.HashToUInt128(bytes);
    }

    /// <summary>How many documents are split at once: enough to keep every core busy, few enough that their terms stay small.</summary>
    private const int BatchSize = 256;

    // Each worker keeps every word it has met, so a machine with many cores would keep the site's words many times
    // over; past a few workers the index is no longer what the pages wait for.
    private static readonly ParallelOptions Workers = new() { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, 4) };

    /// <summary>
    /// Splits documents into terms on one worker. A term's text is kept once per worker; each occurrence is looked up
    /// by its span of the folded text, so splitting the text of ten thousand briefings makes no string per word.
    /// </summary>
    private sealed class Splitter : TermWords
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _text = [];

        // The document being split, by word id: which document last counted the word, its best field and count there.
        private readonly List<int> _stamp = [];
        private readonly List<(int Field, int Count)> _here = [];
        private readonly List<int> _touched = [];
        private char[] _folded = new char[1024];
        private int _document;

        /// <summary>Where this worker writes each document's file; lent to the output, so reused for the next.</summary>
        public ArrayBufferWriter<byte> Buffer { get; } = new();

        /// <summary>The writer of each document's file, reset for the next: most of a small document's cost was making one.</summary>
        public Utf8JsonWriter? Json { get; set; }

        /// <summary>Where this worker reads its documents' text; a field, so that reading can make it larger.</summary>
        public char[] Text = [];

        public override string Word(int id) => _text[id];

        public DocumentTerms Split(SearchDocument document)
        {
            var stamp = ++_document;
            _touched.Clear();
            foreach (var (text, field) in document.Fields)
            {
                Split(text, field, stamp);
            }

            Split(document.Text.Read(ref Text).Span, SearchField.Text, stamp);

            var ids = ArrayPool<int>.Shared.Rent(_touched.Count);
            var packed = ArrayPool<int>.Shared.Rent(_touched.Count);
            for (var i = 0; i < _touched.Count; i++)
            {
                var id = _touched[i];
                var (field, count) = _here[id];
                ids[i] = id;
                packed[i] = (field * 8) + Math.Min(count, 7);
            }

            return new DocumentTerms(this, ids, packed, _touched.Count);
        }

        private void Split(ReadOnlySpan<char> text, SearchField field, int document)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (_folded.Length < text.Length)
            {
                _folded = new char[Math.Max(text.Length, _folded.Length * 2)];
            }

            var folded = _folded.AsSpan(0, text.Length);
            SearchTerms.Fold(text, folded);
            foreach (var term in SearchTerms.In(folded))
            {
                if (!lookup.TryGetValue(term, out var id))
                {
                    id = _text.Count;
                    var name = term.ToString();
                    _ids.Add(name, id);
                    _text.Add(name);
                    _stamp.Add(0);
                    _here.Add(default);
                }

                if (_stamp[id] != document)
                {
                    _stamp[id] = document;
                    _here[id] = ((int)field, 1);
                    _touched.Add(id);
                }
                else
                {
                    var (best, count) = _here[id];
                    _here[id] = (Math.Max(best, (int)field), count + 1);
                }
            }
        }

        public override int Count => _text.Count;
    }

    /// <summary>Every term of the site with its postings, joined one document at a time in document order.</summary>
    private sealed class Terms(int mostPostings)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _text = [];
        private readonly List<TermPostings> _postings = [];

        // The id each word of a splitter or memo has among the site's terms, or −1 until it has one.
        private readonly Dictionary<TermWords, int[]> _site = new(ReferenceEqualityComparer.Instance);

        public string Text(int id) => _text[id];

        public TermPostings Postings(int id) => _postings[id];

        public IEnumerable<int> InOrder() => Enumerable.Range(0, _text.Count).OrderBy(id => _text[id], StringComparer.Ordinal);

        public void Add(int document, DocumentTerms terms)
        {
            var words = terms.Words;
            var site = TermWords.Grown(_site, words);
            for (var i = 0; i < terms.Length; i++)
            {
                var word = terms.Ids[i];
                var id = site[word];
                if (id < 0)
                {
                    var text = words.Word(word);
                    if (!_ids.TryGetValue(text, out id))
                    {
                        id = _text.Count;
                        _ids.Add(text, id);
                        _text.Add(text);
                        _postings.Add(new TermPostings(mostPostings));
                    }

                    site[word] = id;
                }

                _postings[id].Add(document, terms.FieldAndCount[i]);
            }
        }
    }

    /// <summary>k kind, t title, u address, s summary, x the text a snippet is cut from.</summary>
    /// <param name="buffer">Written into and emptied again for each document, so only the finished file is a new array.</param>
    /// <returns>The document's file, lent from the worker's buffer until its next document.</returns>
    private static ReadOnlySpan<byte> Document(SearchDocument document, Splitter worker)
    {
        var buffer = worker.Buffer;
        buffer.ResetWrittenCount();
        var json = worker.Json ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("k", document.Kind);
        json.WriteString("t", document.Title);
        json.WriteString("u", document.Url);
        if (!string.IsNullOrEmpty(document.Summary))
        {
            json.WriteString("s", document.Summary);
        }

        // Only as much of the text is read as the snippet can hold: a document whose terms are kept is not read further.
        var text = document.Text.Read(ref worker.Text, SnippetTextLength + 1);
        if (!text.IsEmpty)
        {
            json.WriteString("x", Cut(text.Span));
        }

        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>The text up to <see cref="SnippetTextLength"/>, ended at a space so no word is cut.</summary>
    private static ReadOnlySpan<char> Cut(ReadOnlySpan<char> text)
    {
        if (text.Length <= SnippetTextLength)
        {
            return text;
        }

        var end = text[..SnippetTextLength].LastIndexOfAny(' ', '\n');
        return text[..(end > 0 ? end : SnippetTextLength)];
    }
}
