using System.Collections.Concurrent;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>A site-relative link as written in a page, and the output file (null for a bare #fragment) and #fragment it names.</summary>
internal sealed record RenderedLink(string Link, string? File, string? Fragment);

/// <summary>
/// The links and ids of one build's pages, each made once however many pages have it: every page links to
/// the same menu, assets and companies, and the scans are kept until the last page is rendered.
/// </summary>
internal sealed class LinkTable
{
    private readonly ConcurrentDictionary<string, RenderedLink> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedLink>.AlternateLookup<ReadOnlySpan<char>> _linksBySpan;

    public LinkTable()
    {
        _linksBySpan = _links.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SharedStrings Ids { get; } = new();

    public RenderedLink Link(ReadOnlySpan<char> link)
    {
        if (_linksBySpan.TryGetValue(link, out var known))
        {
            return known;
        }

        var text = link.ToString();
        return _links.GetOrAdd(text, RenderedLinkChecker.Target);
    }
}

/// <summary>
/// The texts a record of earlier pages numbers their links and ids by, each made into the build's shared link or id
/// only when some page first needs it.
/// </summary>
internal sealed class NumberedTexts(IReadOnlyList<string> texts)
{
    private readonly LinkTable _table = new();
    private readonly RenderedLink?[] _links = new RenderedLink?[texts.Count];
    private readonly string?[] _ids = new string?[texts.Count];

    // Two threads may make the same one at once; the tables give both the same object.
    public RenderedLink Link(int number) => _links[number] ??= _table.Link(texts[number]);

    public string Id(int number) => _ids[number] ??= _table.Ids.Get(texts[number]);
}

/// <summary>The distinct site-relative links and the ids of one rendered page.</summary>
/// <remarks>
/// Every page's are kept until the last page is rendered, and with the build cache every page's are read back from
/// its record: a list and a hash set for each of 175,000 pages held about 430 MB at 100,000 briefings, where two
/// arrays of the shared links and ids hold about a third of that. An id is found by a binary search of a few dozen.
/// A page read from a record keeps only its numbers until its links or ids are asked for: a build with the cache
/// leaves most pages as they are, and needs few of theirs.
/// </remarks>
internal sealed class PageLinks
{
    private readonly int[]? _linkNumbers;
    private readonly int[]? _idNumbers;
    private readonly NumberedTexts? _texts;
    private Made? _made;

    /// <param name="links">Each link once; the array is the page's from now on.</param>
    /// <param name="ids">The page's ids in any order, each any number of times; the array is the page's from now on.</param>
    public PageLinks(RenderedLink[] links, string[] ids)
    {
        Array.Sort(ids, StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (distinct == 0 || !string.Equals(ids[i], ids[distinct - 1], StringComparison.Ordinal))
            {
                ids[distinct++] = ids[i];
            }
        }

        _made = new Made(links, distinct == ids.Length ? ids : ids[..distinct]);
    }

    /// <param name="links">The places of the page's links in <paramref name="texts"/>, each link once.</param>
    /// <param name="ids">The places of its ids, ascending: the texts are in ordinal order, so the ids are too.</param>
    public PageLinks(int[] links, int[] ids, NumberedTexts texts)
    {
        _linkNumbers = links;
        _idNumbers = ids;
        _texts = texts;
    }

    public IReadOnlyList<RenderedLink> Links => Get().Links;

    /// <summary>Each id once, in ordinal order.</summary>
    public IReadOnlyList<string> Ids => Get().Ids;

    public bool HasId(string id) => Array.BinarySearch(Get().Ids, id, StringComparer.Ordinal) >= 0;

    /// <summary>Whether this page has every id <paramref name="earlier"/> has.</summary>
    public bool HasEveryId(PageLinks earlier) => earlier.Get().Ids.All(HasId);

    // Made at most once per thread that asks first; every copy is equal, so whichever is kept serves.
    private Made Get() => _made ??= new Made(
        Array.ConvertAll(_linkNumbers!, _texts!.Link),
        Array.ConvertAll(_idNumbers!, _texts.Id));

    private sealed record Made(RenderedLink[] Links, string[] Ids);
}

/// <summary>The last guard against a broken link: every site-relative href and src in the rendered HTML must name a file and an id that exist.</summary>
internal static class RenderedLinkChecker
{
    /// <summary>Checks a site held in memory, scanning each of its pages.</summary>
    public static void Check(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string> templateOfPage, DiagnosticBag diagnostics)
    {
        var links = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        var table = new LinkTable();
        Parallel.ForEach(files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), page => links[page.Key] = Scan(table, page.Value));
        Check(files.Keys.ToHashSet(StringComparer.Ordinal), links, templateOfPage, diagnostics);
    }

    /// <param name="existing">Every file of the site.</param>
    /// <param name="links">The links and ids of every page, by path.</param>
    /// <param name="reported">Links already reported as written (in Markdown, by Resolution), not to report again.</param>
    /// <param name="checkedBefore">Pages whose links an earlier build checked and nothing since can have broken (<see cref="IRenderMemo.CheckedBefore"/>).</param>
    public static void Check(IReadOnlySet<string> existing, IReadOnlyDictionary<string, PageLinks> links, IReadOnlyDictionary<string, string> templateOfPage, DiagnosticBag diagnostics, IReadOnlySet<string>? reported = null, IReadOnlySet<string>? checkedBefore = null)
    {
        // Half a million links on ten thousand pages: the check runs on every core, after the last page is made.
        Parallel.ForEach(links, entry =>
        {
            var (path, page) = entry;
            if (checkedBefore is not null && checkedBefore.Contains(path))
            {
                return;
            }

            foreach (var (link, file, fragment) in page.Links)
            {
                if (reported is not null && reported.Contains(link))
                {
                    continue;
                }

                // A link to the page it is on checks the page's own ids, as a bare #fragment does.
                var target = file ?? path;
                if (!existing.Contains(target))
                {
                    diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, Where(path), $"page /{path} links to '{link}', which the site does not have");
                }
                else if (fragment is not null && links.TryGetValue(target, out var targetPage) && !targetPage.HasId(fragment))
                {
                    diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, Where(path), $"page /{path} links to '{link}', but /{target} has no id '{fragment}'{Suggestions.DidYouMean(fragment, targetPage.Ids)}");
                }
            }
        });

        SourceLocation Where(string page) => new(templateOfPage.GetValueOrDefault(page, page));
    }

    /// <summary>
    /// Finds every <c>href</c>/<c>src</c> starting with '/' or '#' and every <c>id</c> in the UTF-8 bytes,
    /// as <c>\s(?:href|src)="([/#][^"]*)"</c> and <c>\sid="([^"]+)"</c> would, without decoding the page to text:
    /// scanning is the whole cost of the check, and pages are mostly text between attributes.
    /// </summary>
    /// <param name="table">Where links and ids met on other pages of the build are kept.</param>
    public static PageLinks Scan(LinkTable table, ReadOnlySpan<byte> page)
    {
        Span<char> text = stackalloc char[256];
        var scan = _scan ??= new ScanScratch();
        var (links, seen, ids) = (scan.Links, scan.Seen, scan.Ids);
        links.Clear();
        seen.Clear();
        ids.Clear();
        var at = 0;
        while (true)
        {
            var found = page[at..].IndexOf("=\""u8);
            if (found < 0)
            {
                break;
            }

            var equals = at + found;
            var valueStart = equals + 2;
            var length = page[valueStart..].IndexOf((byte)'"');
            if (length < 0)
            {
                break;
            }

            var name = page[..equals];
            var value = page.Slice(valueStart, length);
            if (length > 0 && IsAttribute(name, "id"u8))
            {
                ids.Add(table.Ids.Get(Decode(value, ref text)));
            }
            else if (length > 0 && value[0] is (byte)'/' or (byte)'#'
                && (IsAttribute(name, "href"u8) || IsAttribute(name, "src"u8)))
            {
                var written = Decode(value, ref text);
                var link = written.Contains('&') ? table.Link(System.Net.WebUtility.HtmlDecode(written.ToString())) : table.Link(written);
                if (seen.Add(link))
                {
                    links.Add(link);
                }
            }
            else
            {
                // Not an attribute the check reads (or '="' in text): look again inside what followed.
                at = valueStart;
                continue;
            }

            at = valueStart + length + 1;
        }

        return new PageLinks([.. links], [.. ids]);
    }

    [ThreadStatic]
    private static ScanScratch? _scan;

    /// <summary>
    /// One page's links and ids as its scan finds them, on this thread, copied into the page's arrays at the end; and the
    /// links met so far, so each is kept once. Only the scan reads them, and kept per thread they grow once rather than
    /// for every page.
    /// </summary>
    private sealed class ScanScratch
    {
        public List<RenderedLink> Links { get; } = [];

        public HashSet<RenderedLink> Seen { get; } = new(ReferenceEqualityComparer.Instance);

        public List<string> Ids { get; } = [];
    }

    /// <summary>Whether the bytes before '=' end in whitespace and then this attribute name.</summary>
    private static bool IsAttribute(ReadOnlySpan<byte> before, ReadOnlySpan<byte> name) =>
        before.Length > name.Length
        && before.EndsWith(name)
        && before[^(name.Length + 1)] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v';

    /// <summary>The text of UTF-8 bytes, in <paramref name="buffer"/> if it fits and in a larger one made for it if not.</summary>
    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8, ref Span<char> buffer)
    {
        if (Encoding.UTF8.GetMaxCharCount(utf8.Length) > buffer.Length)
        {
            buffer = new char[Encoding.UTF8.GetMaxCharCount(utf8.Length)];
        }

        return buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
    }

    internal static RenderedLink Target(string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? null : link[(hash + 1)..];
        var file = target.Length == 0 ? null : PagePlan.Normalise(target) is var normal && normal.EndsWith('/') ? normal.TrimStart('/') + "index.html" : target.TrimStart('/');
        return new RenderedLink(link, file, string.IsNullOrEmpty(fragment) ? null : fragment);
    }
}
