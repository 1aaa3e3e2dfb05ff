using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Hashing;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Engine.Rendering.Search;
using Scriban;

namespace Briefing.Engine.Incremental;

/// <summary>
/// The build cache as a build's render stage sees it: a page made from the same inputs as when the previous output was
/// written, with the same engine, theme and options, is left in that output as it is without its views being made; one
/// whose inputs changed but whose views hash as they did is left too, and only the rest are rendered again. Every
/// page's inputs, view hash and links are kept for the record the next build reads.
/// </summary>
/// <param name="previous">The record of the previous output, only when that output was found exactly as recorded; for a build that writes nothing, the newest record, whose pages' links hold wherever they were written.</param>
/// <param name="searchCache">The folder each edition's search terms are kept in (<see cref="SearchMemo"/>); null to split every document.</param>
/// <param name="proveInputs">
/// Makes and compares the views of a page whose inputs are unchanged too, and throws when they differ: for the tests,
/// which so check that the inputs cover everything a page's views are made from.
/// </param>
/// <param name="key">This build's <see cref="Key"/>, under which the search memo keeps what its documents were made from.</param>
internal sealed class OutputMemo(OutputRecord? previous, string? searchCache = null, bool proveInputs = false, string key = "") : IRenderMemo
{
    private readonly ConcurrentDictionary<string, UInt128> _views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _sameInputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchMemo> _search = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, PageLinks> _links = new Dictionary<string, PageLinks>();
    private int _rendered;
    private int _reused;
    private int _reusedByInputs;
    private int _filesReused;
    private int _filesFromInputs;

    public int Rendered => _rendered;

    public int Reused => _reused;

    /// <summary>Of <see cref="Reused"/>, the pages whose inputs were unchanged, so their views were not made.</summary>
    public int ReusedByInputs => _reusedByInputs;

    /// <summary>Site-wide files and search documents' files left in the output as they are, made from records equal to those they were made from.</summary>
    public int FilesReused => _filesReused;

    /// <summary>Of <see cref="FilesReused"/>, the files whose inputs were unchanged, so they were not made.</summary>
    public int FilesFromInputs => _filesFromInputs;

    public bool KeepsPages => false;

    /// <summary>
    /// What every file of a build is made with besides the pages' views: the engine and the libraries it renders with,
    /// every file of the theme, and the options that reach the output. A record made with another key is not read.
    /// </summary>
    /// <param name="drafts">Whether drafts are published.</param>
    /// <param name="baseUrl">The site address given for the build, if any.</param>
    /// <param name="noIndex">Whether pages ask not to be indexed.</param>
    public static string Key(SiteInput input, bool drafts, string? baseUrl, bool noIndex)
    {
        var hash = new XxHash128();
        foreach (var file in input.Theme.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.Append(Encoding.UTF8.GetBytes(file.RelativePath));
            hash.Append(BitConverter.GetBytes(file.Content.Length));
            hash.Append(file.Content);
        }

        var engine = string.Join(
            ' ',
            new[] { typeof(OutputMemo), typeof(Template), typeof(Markdig.Markdown) }.Select(t => $"{t.Assembly.GetName().Name}/{t.Assembly.ManifestModule.ModuleVersionId:N}"));
        return $"{engine}\ntheme {hash.GetCurrentHashAsUInt128():x32}\ndrafts {drafts}\nbase {baseUrl}\nnoindex {noIndex}";
    }

    public Template? Template(ThemeFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, Template?> parse) => parse(diagnostics);

    public void UseTheme(IEnumerable<Template> templates)
    {
    }

    public EarlierPage? PageFromInputs(string path, UInt128 inputs)
    {
        if (SameInputs(path, inputs) is not { Links: { } links })
        {
            return null;
        }

        Interlocked.Increment(ref _reused);
        Interlocked.Increment(ref _reusedByInputs);
        return new EarlierPage.InOutput(links);
    }

    /// <summary>
    /// The previous output's record of the file at <paramref name="path"/> when that file was made from the same inputs;
    /// null when it must be made, as it is when the tests prove the inputs. The inputs are kept for the next record either way.
    /// </summary>
    private RecordedFile? SameInputs(string path, UInt128 inputs)
    {
        _inputs[path] = inputs;
        if (previous?.Files.GetValueOrDefault(path) is not { } recorded || recorded.Inputs != inputs)
        {
            return null;
        }

        if (proveInputs)
        {
            _sameInputs[path] = true;
            return null;
        }

        // What the file is made from would hash as recorded, so the record's hash stands for it in the next record.
        _views[path] = recorded.View;
        return recorded;
    }

    public EarlierPage? Page(string url, string path, PageFingerprint fingerprint, Func<string, Template?> currentTemplate)
    {
        // The words and the theme's templates are the theme's files, which the key holds.
        var view = ViewHash.Of(fingerprint.Site, fingerprint.Page, fingerprint.Model, fingerprint.Assets);
        _views[path] = view;
        if (_sameInputs.ContainsKey(path) && previous!.Files[path].View != view)
        {
            throw new InvalidOperationException($"the views of {path} changed though its inputs did not: they read something the inputs do not cover");
        }

        if (previous?.Files.GetValueOrDefault(path) is { Links: { } links } recorded && recorded.View == view)
        {
            Interlocked.Increment(ref _reused);
            return new EarlierPage.InOutput(links);
        }

        Interlocked.Increment(ref _rendered);
        return null;
    }

    public byte[] Keep(string url, PageFingerprint fingerprint, IReadOnlyList<(string Name, Template Template)> templates, ReadOnlySpan<byte> html) =>
        throw new InvalidOperationException("the build cache keeps no page's bytes; the output holds them");

    /// <remarks>A site file's record holds its key's hash where a page's holds its views'.</remarks>
    public byte[]? SiteFile(string path, object key, Func<byte[]> make) => Unchanged(path, key) ? null : make();

    public bool Unchanged(string path, object key)
    {
        var made = ViewHash.Of(key);
        _views[path] = made;
        if (_sameInputs.ContainsKey(path) && previous!.Files[path].View != made)
        {
            throw new InvalidOperationException($"{path} changed though its inputs did not: it is made from something the inputs do not cover");
        }

        if (previous?.Files.GetValueOrDefault(path) is { } recorded && recorded.View == made)
        {
            Interlocked.Increment(ref _filesReused);
            return true;
        }

        return false;
    }

    public bool FileFromInputs(string path, UInt128 inputs)
    {
        if (SameInputs(path, inputs) is null)
        {
            return false;
        }

        Interlocked.Increment(ref _filesReused);
        Interlocked.Increment(ref _filesFromInputs);
        return true;
    }

    public PageLinks Links(string path, byte[] html, Func<PageLinks> scan) => scan();

    public ISearchMemo Search(string language) =>
        searchCache is null ? NoSearchMemo.Instance : _search.GetOrAdd(language, l => new SearchMemo(searchCache, l, key, proveInputs));

    /// <summary>Documents the search indexes split, those whose terms they took from the cache, and of those the ones found by their inputs.</summary>
    public (int Split, int Reused, int FromInputs) SearchDocuments => (_search.Values.Sum(m => m.Split), _search.Values.Sum(m => m.Reused), _search.Values.Sum(m => m.FromInputs));

    /// <summary>Keeps each edition's search terms for the next build, where they changed, and removes those of editions the site no longer has.</summary>
    public void SaveSearch()
    {
        foreach (var memo in _search.Values)
        {
            memo.Save();
        }

        if (searchCache is null)
        {
            return;
        }

        var kept = _search.Keys.Select(SearchMemo.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var name in CacheReader.Names(searchCache, SearchMemo.FileName("*")))
        {
            if (!kept.Contains(name))
            {
                CacheWriter.Delete(searchCache, name);
            }
        }
    }

    public void KeepLinksOf(IReadOnlyDictionary<string, PageLinks> pages) => _links = pages;

    /// <remarks>A page is left as it was exactly when it holds the links read from the record.</remarks>
    public IReadOnlySet<string> CheckedBefore(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages)
    {
        if (previous is null || previous.Files.Keys.Any(path => !files.Contains(path)))
        {
            return FrozenSet<string>.Empty;
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (path, links) in pages)
        {
            if (previous.Files.GetValueOrDefault(path) is not { Links: { } earlier })
            {
                continue;
            }

            if (ReferenceEquals(earlier, links))
            {
                kept.Add(path);
            }
            else if (!links.HasEveryId(earlier))
            {
                return FrozenSet<string>.Empty;
            }
        }

        return kept;
    }

    /// <summary>The record of an output just committed, for the next build.</summary>
    /// <param name="files">Every file of the output as it now is.</param>
    /// <remarks>A page left in the output keeps its links, and with them the numbers the previous record gave them.</remarks>
    public OutputRecord Record(string key, IReadOnlyDictionary<string, WrittenFile> files) =>
        new(
            key,
            files.ToDictionary(
                f => f.Key,
                f =>
                {
                    var links = _links.GetValueOrDefault(f.Key);
                    var numbers = previous?.Files.GetValueOrDefault(f.Key) is { Links: { } earlier, Numbers: { } kept } && ReferenceEquals(earlier, links) ? kept : null;
                    return new RecordedFile(f.Value.Content, f.Value.Length, f.Value.Modified, _views.GetValueOrDefault(f.Key), links, numbers)
                    {
                        Inputs = _inputs.GetValueOrDefault(f.Key),
                    };
                },
                StringComparer.Ordinal),
            previous?.Strings);
}
