using System.IO.Hashing;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;
using Briefing.Engine.Output;

namespace Briefing.Engine.Incremental;

/// <summary>
/// Markdown parsed by earlier builds, kept in a folder of the build cache so that <c>build</c> parses again only the
/// texts that changed. Parsing took most of a build's loading. A text is keyed by a 128-bit hash of its file's bytes and
/// the engine's and Markdig's module versions; it gives the same outline, HTML and refusals wherever it sits, since
/// their positions count from the text's start. Keyed by bytes, a kept file is found before it is decoded, and only its
/// front matter is. The texts are kept in <see cref="Files"/> files by their hashes' first
/// byte, so an edit rewrites a file or two, not the cache.
/// </summary>
internal sealed class MarkdownMemo : ILoadMemo
{
    public const int Files = 256;

    private readonly string _folder;
    private readonly string _key;
    private readonly Lazy<ReadOnlyMemory<byte>?[]> _read;
    private readonly Lazy<Shard>[] _shards;
    private int _parsed;
    private int _reused;

    public MarkdownMemo(string folder)
    {
        _folder = folder;
        _key = Key();
        _read = new(() => CacheReader.Map(folder, Enumerable.Range(0, Files).Select(MarkdownShard.FileName).ToList()));
        _shards = new Lazy<Shard>[Files];
        for (var i = 0; i < Files; i++)
        {
            var number = i;
            _shards[i] = new Lazy<Shard>(() => new Shard(MarkdownShard.Read(_read.Value[number], _key)));
        }
    }

    /// <summary>Texts this build parsed.</summary>
    public int Parsed => _parsed;

    /// <summary>Texts this build took from the cache.</summary>
    public int Reused => _reused;

    /// <summary>The modules whose code makes a text's parse: this engine's (its extensions and outline) and Markdig's.</summary>
    public static string Key() =>
        string.Join(' ', new[] { typeof(MarkdownMemo), typeof(Markdig.Markdown) }.Select(t => $"{t.Assembly.GetName().Name}/{t.Assembly.ManifestModule.ModuleVersionId:N}"));

    /// <summary>What a file's text is kept under.</summary>
    public static UInt128 Hash(ReadOnlySpan<byte> file) => XxHash128.HashToUInt128(file);

    /// <summary>The number of the file a text is kept in.</summary>
    public static int FileOf(UInt128 hash) => (int)(hash >> 120);

    /// <remarks>Files are parsed whole every build; only their Markdown, most of the work, is kept.</remarks>
    public T Parse<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse) => parse(diagnostics);

    public MarkdownLookup FindMarkdown(ReadOnlySpan<byte> content)
    {
        var hash = Hash(content);
        var kept = _shards[FileOf(hash)].Value.Use(hash);
        if (kept is not null)
        {
            Interlocked.Increment(ref _reused);
        }

        return new MarkdownLookup(kept, hash);
    }

    public ParsedMarkdown Markdown(MarkdownLookup lookup, string text, Func<string, ParsedMarkdown> parse)
    {
        Interlocked.Increment(ref _parsed);
        var parsed = parse(text);
        _shards[FileOf(lookup.Key)].Value.Add(lookup.Key, parsed);
        return parsed;
    }

    /// <summary>
    /// Once loading is done, keeps what it parsed: each file whose texts changed is written again with exactly the texts
    /// this build asked for, and a file none of them is in is removed, so texts no longer in the site do not pile up.
    /// </summary>
    public void Save()
    {
        // Only a file that was there is removed; when no text was asked for, none was looked at.
        var found = _read.IsValueCreated ? _read.Value : null;
        for (var i = 0; i < Files; i++)
        {
            if (!_shards[i].IsValueCreated)
            {
                if (found is null || found[i] is not null)
                {
                    CacheWriter.Delete(_folder, MarkdownShard.FileName(i));
                }
            }
            else if (_shards[i].Value.Changed)
            {
                CacheWriter.Write(_folder, MarkdownShard.FileName(i), stream => MarkdownShard.Write(stream, _key, _shards[i].Value.Used));
            }
        }
    }

    /// <summary>The texts of one file: those read from it, and which of them and which new ones this build asked for.</summary>
    private sealed class Shard(Dictionary<UInt128, ParsedMarkdown>? stored)
    {
        private readonly Dictionary<UInt128, ParsedMarkdown> _used = [];
        private readonly Lock _gate = new();
        private bool _added;

        /// <summary>Whether the file should be written again: it held texts this build did not ask for, lacked some it did, or could not be trusted.</summary>
        public bool Changed => _added || stored is null || stored.Count != _used.Count;

        public IEnumerable<KeyValuePair<UInt128, ParsedMarkdown>> Used => _used;

        public ParsedMarkdown? Use(UInt128 hash)
        {
            lock (_gate)
            {
                if (_used.TryGetValue(hash, out var used))
                {
                    return used;
                }

                if (stored?.GetValueOrDefault(hash) is { } kept)
                {
                    _used[hash] = kept;
                    return kept;
                }

                return null;
            }
        }

        public void Add(UInt128 hash, ParsedMarkdown parsed)
        {
            lock (_gate)
            {
                _added |= _used.TryAdd(hash, parsed);
            }
        }
    }
}
