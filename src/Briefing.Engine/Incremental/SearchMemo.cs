using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering.Search;

namespace Briefing.Engine.Incremental;

/// <summary>
/// The terms of every search document of one edition, kept in a file of the build cache so that a build splits only
/// the documents whose searched fields or text changed. Splitting every page's text into terms was most of the search
/// index's time in a build after one edit. A document is known by a 128-bit hash of what is split; the file is written
/// again only when a document was split or the documents' order changed, and is trusted only whole.
/// </summary>
internal sealed class SearchMemo : ISearchMemo
{
    /// <summary>Changes when the layout below does.</summary>
    private const int Format = 3;

    private static ReadOnlySpan<byte> Magic => "BRIEFING-SEARCH\n"u8;

    private readonly string _folder;
    private readonly string _name;
    private readonly string _key;
    private readonly Lazy<Kept?> _kept;

    // What the next file will hold: each document's entry in document order, its words numbered in first-use order.
    private readonly ArrayBufferWriter<byte> _entries = new();
    private readonly List<string> _words = [];
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<TermWords, int[]> _wordIdsOf = new(ReferenceEqualityComparer.Instance);
    private UInt128[] _keys = [];
    private int _documents;

    /// <summary>How many terms the documents joined so far have, together: the file says so before their entries, so reading it allocates each array once.</summary>
    private int _terms;
    private bool _changed;
    private int _split;
    private int _reused;

    /// <param name="folder">The build cache's folder for search.</param>
    /// <param name="language">The edition whose index this is; each edition has its own file.</param>
    public SearchMemo(string folder, string language)
    {
        _folder = folder;
        _name = FileName(language);
        _key = Key();
        _kept = new(() => CacheReader.Read(_folder, _name) is { } bytes ? Read(bytes, _key) : null);
    }

    /// <summary>Documents this build split into terms.</summary>
    public int Split => _split;

    /// <summary>Documents whose terms this build took from the cache.</summary>
    public int Reused => _reused;

    public static string FileName(string language) => $"search-{language}.bin";

    /// <summary>The module whose code splits a document: this engine's.</summary>
    public static string Key() => $"{typeof(SearchMemo).Assembly.GetName().Name}/{typeof(SearchMemo).Assembly.ManifestModule.ModuleVersionId:N}";

    // One hasher per thread, reset for each document: every document of every build is hashed.
    [ThreadStatic]
    private static XxHash128? _hash;

    /// <summary>What a document is kept under: every field and the text's key, each with where it stands.</summary>
    public static UInt128 Hash(SearchDocument document)
    {
        var hash = _hash ??= new XxHash128();
        hash.Reset();
        Span<byte> head = stackalloc byte[5];
        foreach (var (text, field) in document.Fields)
        {
            Append(hash, head, (byte)field, text);
        }

        // The text by its key, not its words: an unchanged document's text is never read whole.
        Span<byte> key = stackalloc byte[17];
        key[0] = byte.MaxValue;
        BinaryPrimitives.WriteUInt128LittleEndian(key[1..], document.TextKey);
        hash.Append(key);
        return hash.GetCurrentHashAsUInt128();

        // The field and the length go before each text, so no two documents' parts run together into the same bytes.
        static void Append(XxHash128 hash, Span<byte> head, byte field, ReadOnlySpan<char> text)
        {
            head[0] = field;
            BitConverter.TryWriteBytes(head[1..], text.Length);
            hash.Append(head);
            hash.Append(MemoryMarshal.AsBytes(text));
        }
    }

    public void Begin(int documents)
    {
        _keys = new UInt128[documents];
        _documents = documents;
    }

    public DocumentTerms Terms(int number, SearchDocument document, Func<SearchDocument, DocumentTerms> split)
    {
        var key = Hash(document);
        _keys[number] = key;
        if (_kept.Value is { } kept && kept.Documents.TryGetValue(key, out var at))
        {
            Interlocked.Increment(ref _reused);
            var ids = ArrayPool<int>.Shared.Rent(at.Length);
            var packed = ArrayPool<int>.Shared.Rent(at.Length);
            kept.Ids.AsSpan(at.Start, at.Length).CopyTo(ids);
            for (var i = 0; i < at.Length; i++)
            {
                packed[i] = kept.FieldAndCount[at.Start + i];
            }

            return new DocumentTerms(kept, ids, packed, at.Length);
        }

        Interlocked.Increment(ref _split);
        return split(document);
    }

    public void Joined(int number, DocumentTerms terms)
    {
        var key = _keys[number];
        _changed |= _kept.Value is not { } kept || number >= kept.Order.Length || kept.Order[number] != key || terms.Words != kept;

        // An entry: the key, the number of terms, then each term's word and its field and count.
        BinaryPrimitives.WriteUInt128LittleEndian(_entries.GetSpan(16), key);
        _entries.Advance(16);
        WriteNumber(terms.Length);
        _terms += terms.Length;
        var ids = TermWords.Grown(_wordIdsOf, terms.Words);
        for (var i = 0; i < terms.Length; i++)
        {
            var word = terms.Ids[i];
            var id = ids[word];
            if (id < 0)
            {
                var text = terms.Words.Word(word);
                if (!_wordIds.TryGetValue(text, out id))
                {
                    id = _words.Count;
                    _words.Add(text);
                    _wordIds.Add(text, id);
                }

                ids[word] = id;
            }

            WriteNumber(id);
            _entries.GetSpan(1)[0] = (byte)terms.FieldAndCount[i];
            _entries.Advance(1);
        }
    }

    /// <summary>Seven bits a byte, low bits first, as <see cref="BinaryReader.Read7BitEncodedInt"/> reads them.</summary>
    private void WriteNumber(int value)
    {
        var span = _entries.GetSpan(5);
        var at = 0;
        var rest = (uint)value;
        for (; rest >= 0x80; rest >>= 7)
        {
            span[at++] = (byte)(rest | 0x80);
        }

        span[at++] = (byte)rest;
        _entries.Advance(at);
    }

    public void Done() => _changed |= _kept.Value is not { } kept || kept.Order.Length != _documents;

    /// <summary>Writes the file again when this build's documents are not exactly those it holds, in the same order.</summary>
    /// <returns>Whether the file was written.</returns>
    public bool Save() =>
        _changed && CacheWriter.Write(_folder, _name, stream => CacheFile.Write(stream, Magic, Format, _key, writer =>
        {
            writer.Write(_words.Count);
            foreach (var word in _words)
            {
                writer.Write(word);
            }

            writer.Write(_documents);
            writer.Write(_terms);
            writer.Write(_entries.WrittenSpan);
        }));

    private static Kept? Read(byte[] bytes, string key) =>
        CacheFile.Read(bytes, Magic, Format, key, reader =>
        {
            var words = new string[reader.ReadInt32()];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = reader.ReadString();
            }

            var order = new UInt128[reader.ReadInt32()];
            var terms = reader.ReadInt32();

            // Each term takes two bytes at least, so a count the rest of the file cannot hold is refused before anything is allocated for it.
            if (terms < 0 || terms > (reader.BaseStream.Length - reader.BaseStream.Position) / 2)
            {
                throw new FormatException($"{terms} terms in {reader.BaseStream.Length - reader.BaseStream.Position} bytes");
            }

            var documents = new Dictionary<UInt128, (int Start, int Length)>(order.Length);
            var ids = new int[terms];
            var fieldAndCount = new byte[terms];
            var next = 0;
            for (var n = 0; n < order.Length; n++)
            {
                order[n] = CacheFile.ReadUInt128(reader);
                var length = reader.Read7BitEncodedInt();
                if (length < 0 || length > terms - next)
                {
                    throw new FormatException($"{length} more terms after {next} of {terms}");
                }

                documents.TryAdd(order[n], (next, length));
                for (var i = 0; i < length; i++, next++)
                {
                    var id = reader.Read7BitEncodedInt();
                    ids[next] = id >= 0 && id < words.Length ? id : throw new FormatException($"word {id} of {words.Length}");
                    fieldAndCount[next] = reader.ReadByte();
                }
            }

            if (next != terms)
            {
                throw new FormatException($"{next} terms, not {terms}");
            }

            return new Kept(words, order, documents, ids, fieldAndCount);
        });

    /// <summary>The file as the last build that wrote it left it: its words, and each document's terms as ids of them.</summary>
    private sealed class Kept(string[] words, UInt128[] order, Dictionary<UInt128, (int Start, int Length)> documents, int[] ids, byte[] fieldAndCount) : TermWords
    {
        /// <summary>Each document's key, in document order.</summary>
        public UInt128[] Order { get; } = order;

        public Dictionary<UInt128, (int Start, int Length)> Documents { get; } = documents;

        public int[] Ids { get; } = ids;

        public byte[] FieldAndCount { get; } = fieldAndCount;

        public override int Count => words.Length;

        public override string Word(int id) => words[id];
    }
}
