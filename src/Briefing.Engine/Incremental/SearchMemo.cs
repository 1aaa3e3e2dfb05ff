using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering.Search;

namespace Briefing.Engine.Incremental;

/// <summary>
/// The terms of every search document of one edition, kept in a file of the build cache so that a build splits only
/// the documents whose searched fields or text changed. Splitting every page's text into terms was most of the search
/// index's time in a build after one edit. A document is known by a 128-bit hash of what is split, and by a hash of
/// the inputs it was made from at its place in the index, so that a document whose inputs are unchanged is not even
/// made; the file is written again only when a document was split, made from other inputs or the documents' order
/// changed, and is trusted only whole.
/// </summary>
/// <param name="made">
/// What a document's inputs do not count but its terms are made with (the theme's words, such as a date's format, and
/// the engine and options): the key of the build's output record. A document's inputs count only under the same one,
/// since builds into other output folders, with another theme, keep their terms in the same file.
/// </param>
/// <param name="proveInputs">Makes a document whose inputs are unchanged too, and throws when it is not the one kept: for the tests, as <see cref="OutputMemo"/> does.</param>
internal sealed class SearchMemo(string folder, string language, string made, bool proveInputs = false) : ISearchMemo
{
    /// <summary>Changes when the layout below does.</summary>
    private const int Format = 4;

    private static ReadOnlySpan<byte> Magic => "BRIEFING-SEARCH\n"u8;

    private readonly string _folder = folder;
    private readonly string _name = FileName(language);
    private readonly string _key = Key();
    private readonly Lazy<Kept?> _kept = new(() => CacheReader.Read(folder, FileName(language)) is { } bytes ? Read(bytes, Key()) : null);
    private readonly UInt128 _made = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(made));

    // What the next file will hold: each document's entry in document order, its words numbered in first-use order.
    private readonly ArrayBufferWriter<byte> _entries = new();
    private readonly List<string> _words = [];
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<TermWords, int[]> _wordIdsOf = new(ReferenceEqualityComparer.Instance);
    private UInt128[] _keys = [];
    private UInt128[] _inputs = [];
    private bool[] _sameInputs = [];
    private int _documents;

    /// <summary>How many terms the documents joined so far have, together: the file says so before their entries, so reading it allocates each array once.</summary>
    private int _terms;
    private bool _changed;
    private int _split;
    private int _reused;
    private int _fromInputs;

    /// <summary>Documents this build split into terms.</summary>
    public int Split => _split;

    /// <summary>Documents whose terms this build took from the cache.</summary>
    public int Reused => _reused;

    /// <summary>Of <see cref="Reused"/>, the documents whose terms were found by the inputs they are made from, before the document was made.</summary>
    public int FromInputs => _fromInputs;

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
        _inputs = new UInt128[documents];
        _sameInputs = new bool[documents];
        _documents = documents;
    }

    public DocumentTerms? TermsFromInputs(int number, UInt128 inputs)
    {
        inputs = WithMade(inputs);
        _inputs[number] = inputs;
        if (_kept.Value is not { } kept || number >= kept.Order.Length || kept.Inputs[number] != inputs)
        {
            return null;
        }

        if (proveInputs)
        {
            _sameInputs[number] = true;
            return null;
        }

        _keys[number] = kept.Order[number];
        Interlocked.Increment(ref _reused);
        Interlocked.Increment(ref _fromInputs);
        return Copy(kept, kept.Entries[number]);
    }

    public DocumentTerms Terms(int number, UInt128 inputs, SearchDocument document, Func<SearchDocument, DocumentTerms> split)
    {
        var key = Hash(document);
        _keys[number] = key;
        _inputs[number] = WithMade(inputs);
        if (_sameInputs[number] && _kept.Value!.Order[number] != key)
        {
            throw new InvalidOperationException($"search document {number} changed though its inputs did not: it is made from something the inputs do not cover");
        }

        if (_kept.Value is { } kept && kept.Documents.TryGetValue(key, out var at))
        {
            Interlocked.Increment(ref _reused);
            return Copy(kept, at);
        }

        Interlocked.Increment(ref _split);
        return split(document);
    }

    private UInt128 WithMade(UInt128 inputs)
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, inputs);
        BinaryPrimitives.WriteUInt128LittleEndian(bytes[16..], _made);
        return XxHash128.HashToUInt128(bytes);
    }

    /// <summary>A kept document's terms in arrays of the shared pool, as the index takes every document's.</summary>
    private static DocumentTerms Copy(Kept kept, (int Start, int Length) at)
    {
        var ids = ArrayPool<int>.Shared.Rent(at.Length);
        var packed = ArrayPool<int>.Shared.Rent(at.Length);
        kept.Ids.AsSpan(at.Start, at.Length).CopyTo(ids);
        for (var i = 0; i < at.Length; i++)
        {
            packed[i] = kept.FieldAndCount[at.Start + i];
        }

        return new DocumentTerms(kept, ids, packed, at.Length);
    }

    public void Joined(int number, DocumentTerms terms)
    {
        var key = _keys[number];
        var inputs = _inputs[number];
        _changed |= _kept.Value is not { } kept || number >= kept.Order.Length || kept.Order[number] != key || kept.Inputs[number] != inputs || terms.Words != kept;

        // An entry: the key, the inputs, the number of terms, then each term's word and its field and count.
        var head = _entries.GetSpan(32);
        BinaryPrimitives.WriteUInt128LittleEndian(head, key);
        BinaryPrimitives.WriteUInt128LittleEndian(head[16..], inputs);
        _entries.Advance(32);
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
            var inputs = new UInt128[order.Length];
            var entries = new (int Start, int Length)[order.Length];
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
                inputs[n] = CacheFile.ReadUInt128(reader);
                var length = reader.Read7BitEncodedInt();
                if (length < 0 || length > terms - next)
                {
                    throw new FormatException($"{length} more terms after {next} of {terms}");
                }

                entries[n] = (next, length);
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

            return new Kept(words, order, inputs, entries, documents, ids, fieldAndCount);
        });

    /// <summary>The file as the last build that wrote it left it: its words, and each document's terms as ids of them.</summary>
    private sealed class Kept(string[] words, UInt128[] order, UInt128[] inputs, (int Start, int Length)[] entries, Dictionary<UInt128, (int Start, int Length)> documents, int[] ids, byte[] fieldAndCount) : TermWords
    {
        /// <summary>Each document's key, in document order.</summary>
        public UInt128[] Order { get; } = order;

        /// <summary>What each document was made from, in document order.</summary>
        public UInt128[] Inputs { get; } = inputs;

        /// <summary>Where each document's terms are, in document order.</summary>
        public (int Start, int Length)[] Entries { get; } = entries;

        public Dictionary<UInt128, (int Start, int Length)> Documents { get; } = documents;

        public int[] Ids { get; } = ids;

        public byte[] FieldAndCount { get; } = fieldAndCount;

        public override int Count => words.Length;

        public override string Word(int id) => words[id];
    }
}
