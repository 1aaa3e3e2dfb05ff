using System.Net;
using System.Text;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Rendering;

/// <summary>
/// The last guard against a broken link: every site-relative href and src in the rendered HTML must name
/// a file and an id that exist. Pages are scanned as UTF-8 bytes, in parallel, twice: once for the ids
/// each page defines, then for its links; a link is only turned into a string to report it.
/// </summary>
internal static class RenderedLinkChecker
{
    private const int MaxStackLink = 512;

    public static void Check(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string> templateOfPage, DiagnosticBag diagnostics)
    {
        var pages = new List<KeyValuePair<string, byte[]>>();
        foreach (var file in files)
        {
            if (file.Key.EndsWith(".html", StringComparison.Ordinal))
            {
                pages.Add(file);
            }
        }

        var idSets = new HashSet<string>[pages.Count];
        Parallel.For(0, pages.Count, i => idSets[i] = Ids(pages[i].Value));
        var ids = new Dictionary<string, HashSet<string>>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            ids[pages[i].Key] = idSets[i];
        }

        var known = new HashSet<string>(files.Keys, StringComparer.Ordinal);
        var site = new Targets(known.GetAlternateLookup<ReadOnlySpan<char>>(), ids.GetAlternateLookup<ReadOnlySpan<char>>());
        Parallel.For(0, pages.Count, i =>
        {
            var (path, html) = pages[i];
            CheckLinks(path, html, site, templateOfPage.GetValueOrDefault(path, path), diagnostics);
        });
    }

    private readonly record struct Targets(
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Files,
        Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> Ids);

    private static HashSet<string> Ids(byte[] html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in new AttributeScanner(html))
        {
            if (attribute.Kind == AttributeKind.Id && attribute.Value.Length > 0)
            {
                ids.Add(Encoding.UTF8.GetString(attribute.Value));
            }
        }

        return ids;
    }

    private static void CheckLinks(string path, byte[] html, Targets site, string template, DiagnosticBag diagnostics)
    {
        Span<char> buffer = stackalloc char[MaxStackLink];
        foreach (var attribute in new AttributeScanner(html))
        {
            var value = attribute.Value;
            if (attribute.Kind != AttributeKind.Link || value.Length == 0 || value[0] is not ((byte)'/' or (byte)'#'))
            {
                continue;
            }

            if (value.Length <= MaxStackLink && value.IndexOf((byte)'&') < 0)
            {
                var length = Encoding.UTF8.GetChars(value, buffer);
                Check(path, buffer[..length], site, template, diagnostics);
            }
            else
            {
                Check(path, WebUtility.HtmlDecode(Encoding.UTF8.GetString(value)), site, template, diagnostics);
            }
        }
    }

    private static void Check(string path, ReadOnlySpan<char> link, Targets site, string template, DiagnosticBag diagnostics)
    {
        var hash = link.IndexOf('#');
        var target = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? [] : link[(hash + 1)..];
        Span<char> buffer = target.Length <= MaxStackLink ? stackalloc char[MaxStackLink + 16] : new char[target.Length + 16];
        var file = target.Length == 0 ? path.AsSpan() : FileOf(target, buffer);
        if (!site.Files.Contains(file))
        {
            diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, new SourceLocation(template), $"page /{path} links to '{link}', which the site does not have");
        }
        else if (!fragment.IsEmpty && site.Ids.TryGetValue(file, out var ids) && !ids.GetAlternateLookup<ReadOnlySpan<char>>().Contains(fragment))
        {
            diagnostics.Report(DiagnosticCodes.RenderedBrokenLink, new SourceLocation(template), $"page /{path} links to '{link}', but /{file} has no id '{fragment}'");
        }
    }

    /// <summary>The output file a site path names: "/entities/sony", "/entities/sony/" and "/entities/sony/index.html" all name "entities/sony/index.html".</summary>
    private static ReadOnlySpan<char> FileOf(ReadOnlySpan<char> target, Span<char> buffer)
    {
        const string Index = "index.html";
        var folder = target.EndsWith("/" + Index, StringComparison.Ordinal)
            ? target[..^Index.Length]
            : target;
        var lastSegment = folder[(folder.LastIndexOf('/') + 1)..];
        var isFolder = folder.EndsWith('/') || !lastSegment.Contains('.');
        var trimmed = folder.TrimStart('/');
        if (!isFolder)
        {
            return trimmed;
        }

        trimmed.CopyTo(buffer);
        var length = trimmed.Length;
        if (!folder.EndsWith('/'))
        {
            buffer[length++] = '/';
        }

        Index.CopyTo(buffer[length..]);
        return buffer[..(length + Index.Length)];
    }

    private enum AttributeKind
    {
        Other,
        Id,
        Link,
    }

    private readonly ref struct Attribute(AttributeKind kind, ReadOnlySpan<byte> value)
    {
        public AttributeKind Kind { get; } = kind;

        public ReadOnlySpan<byte> Value { get; } = value;
    }

    /// <summary>
    /// Finds <c> id="…"</c>, <c> href="…"</c> and <c> src="…"</c> (name after whitespace, value in double
    /// quotes) anywhere in the page, as the templates and the Markdown renderer write them.
    /// </summary>
    private ref struct AttributeScanner(ReadOnlySpan<byte> html)
    {
        private readonly ReadOnlySpan<byte> _html = html;
        private int _position;

        public Attribute Current { get; private set; }

        public readonly AttributeScanner GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                var found = _html[_position..].IndexOf("=\""u8);
                if (found < 0)
                {
                    return false;
                }

                var equals = _position + found;
                var start = equals + 2;
                var end = _html[start..].IndexOf((byte)'"');
                if (end < 0)
                {
                    return false;
                }

                var kind = NameBefore(equals);
                if (kind == AttributeKind.Other)
                {
                    _position = equals + 1;
                    continue;
                }

                Current = new Attribute(kind, _html.Slice(start, end));
                _position = start + end + 1;
                return true;
            }
        }

        private readonly AttributeKind NameBefore(int equals)
        {
            var before = _html[..equals];
            if (Named(before, "id"u8))
            {
                return AttributeKind.Id;
            }

            return Named(before, "href"u8) || Named(before, "src"u8) ? AttributeKind.Link : AttributeKind.Other;
        }

        private static bool Named(ReadOnlySpan<byte> before, ReadOnlySpan<byte> name) =>
            before.Length > name.Length
            && before.EndsWith(name)
            && before[^(name.Length + 1)] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v';
    }
}
