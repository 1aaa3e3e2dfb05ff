using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>
/// The entries of a feed: its newest briefings, each with the HTML its page shows (filled from the Markdown
/// rendered once when the site loaded, never rendered again) and its references, every link absolute.
/// </summary>
/// <remarks>
/// Every entry carries its summary; the newest carry their full text while the feed stays within its budget, so
/// long briefings cannot make a feed too heavy to poll, nor a thousand entities' feeds double the site.
/// </remarks>
internal sealed class FeedContent(ResolvedSite site, string baseUrl)
{
    /// <summary>How many entries a feed holds.</summary>
    public const int EntryCount = 30;

    /// <summary>The most bytes the site's feed takes.</summary>
    public const int SiteBudget = 300_000;

    /// <summary>The most bytes a topic's or entity's feed takes: a large site has a thousand of them, each read by fewer.</summary>
    public const int PageBudget = 60_000;

    /// <summary>What an entry costs beyond its title, summary, address and text: its tags, dates and indentation.</summary>
    private const int EntryOverhead = 400;

    private readonly Dictionary<string, EntityTarget> _entities =
        site.Entities.ToDictionary(e => e.Entity.Id, e => new EntityTarget(e.Entity.ShownName, e.Url), StringComparer.Ordinal);

    private readonly Dictionary<string, ImageTarget> _images = ImageTargets.ForFeeds(site.Plan, site.Text);

    private readonly UiText _text = site.Text;

    private readonly IReadOnlyDictionary<string, SiteLinkMarkup> _links = SiteLinkMarkups.For(site);

    // A briefing's entry reads the same in the site's feed and in the feed of each of its topics and entities,
    // so its HTML is made once, by its page's address, however many feeds carry it. It is made and kept as UTF-8,
    // half the size of a string: at 100,000 briefings five thousand entries are kept until the last feed is made,
    // and a feed the build cache finds unchanged hashes these bytes and never decodes them.
    private readonly ConcurrentDictionary<string, byte[]> _content = new(StringComparer.Ordinal);

    // Each entry is made in its thread's two buffers, the text filled in and then its links made absolute, so that
    // only the finished bytes are a new array.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _filled;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _absolute;

    /// <summary>The newest briefings first: by their last update, then their date, then their slug, so equal input lists them the same way.</summary>
    public static List<BriefingPage> Latest(IEnumerable<BriefingPage> briefings) =>
        briefings
            .OrderByDescending(b => b.Briefing.Updated ?? b.Briefing.Date)
            .ThenByDescending(b => b.Briefing.Date)
            .ThenBy(b => b.Briefing.Slug, StringComparer.Ordinal)
            .Take(EntryCount)
            .ToList();

    /// <summary>The feed of <paramref name="briefings"/>, of the page at <paramref name="home"/>.</summary>
    /// <param name="budget">The most bytes the feed may take.</param>
    public AtomFeed Feed(string title, string subtitle, string home, string self, IEnumerable<BriefingPage> briefings, int budget)
    {
        var latest = Latest(briefings);

        // The summaries are always there; the full text is added, newest first, while the whole feed stays within the budget.
        var used = 1000 + Bytes(title) + Bytes(subtitle) + Bytes(site.Config.Publisher) + (2 * Bytes(baseUrl + self));
        foreach (var page in latest)
        {
            used += EntryOverhead + Bytes(page.Briefing.Title) + Bytes(page.Briefing.Summary) + (2 * Bytes(baseUrl + page.Url)) + page.Briefing.Topics.Sum(t => Bytes(t) + 30);
        }

        var entries = new List<FeedEntry>(latest.Count);
        var full = true;
        foreach (var page in latest)
        {
            TrustedHtml? content = null;
            if (full)
            {
                var html = _content.GetOrAdd(page.Url, _ => Html(page));
                used += html.Length + 40;
                full = used <= budget;
                content = full ? new TrustedHtml(html) : null;
            }

            var b = page.Briefing;
            entries.Add(new FeedEntry(b.Title, page.Url, b.Date, b.Updated ?? b.Date, b.Summary, b.Topics.ToValueList(), content));
        }

        return new AtomFeed(title, subtitle, site.Config.Publisher, baseUrl, home, self, entries.ToValueList());
    }

    /// <summary>The briefing's body as its page shows it, then its references, with every link absolute, as UTF-8; citation marks lead to the page's references.</summary>
    public byte[] Html(BriefingPage page)
    {
        var html = _filled ??= new ArrayBufferWriter<byte>(32 * 1024);
        html.ResetWrittenCount();
        page.Briefing.Body.Html.WriteTo(html, new FeedPageContext(_entities, page.Citations, _images, _links));
        if (page.Citations.Sources.Count > 0)
        {
            html.Write("<h2>"u8);
            HtmlText.WriteUtf8(html, _text[UiKeys.FeedReferences]);
            html.Write("</h2>\n<ol>\n"u8);
            foreach (var cited in page.Citations.Sources)
            {
                html.Write("<li><a href=\""u8);
                Encoding.UTF8.GetBytes(site.Urls.Source(cited.Source.Id), html);
                html.Write("\">"u8);
                HtmlText.WriteUtf8(html, cited.Label);
                html.Write("</a>"u8);
                if (cited.Source.Url is { } original)
                {
                    html.Write(" · <a href=\""u8);
                    HtmlText.WriteUtf8(html, original);
                    html.Write("\">"u8);
                    HtmlText.WriteUtf8(html, _text[UiKeys.FeedOriginal]);
                    html.Write("</a>"u8);
                }

                html.Write("</li>\n"u8);
            }

            html.Write("</ol>\n"u8);
        }

        var absolute = _absolute ??= new ArrayBufferWriter<byte>(32 * 1024);
        absolute.ResetWrittenCount();
        AbsoluteLinks.Rewrite(html.WrittenSpan, baseUrl, page.Url, absolute);
        return absolute.WrittenSpan.ToArray();
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>A briefing's page as its feed entry shows it: the same entities and reference numbers, marks without tips or ids.</summary>
    private sealed class FeedPageContext(IReadOnlyDictionary<string, EntityTarget> entities, CitationList citations, IReadOnlyDictionary<string, ImageTarget> images, IReadOnlyDictionary<string, SiteLinkMarkup> links) : IPageContext
    {
        public SiteLinkMarkup? FindSiteLink(string url) => links.GetValueOrDefault(url);

        private readonly Dictionary<string, CitationTarget?> _targets = new(StringComparer.Ordinal);

        public EntityTarget? FindEntity(string id) => entities.GetValueOrDefault(id);

        public ImageTarget? FindImage(string url) => images.GetValueOrDefault(url);

        public CitationTarget? FindCitation(string sourceId)
        {
            if (!_targets.TryGetValue(sourceId, out var target))
            {
                target = citations.Find(sourceId)?.Target is { } shown ? shown with { Tip = false } : null;
                _targets[sourceId] = target;
            }

            return target;
        }
    }
}

/// <summary>Makes the links of HTML the site made absolute, for a reader that shows it away from the site.</summary>
internal static class AbsoluteLinks
{
    /// <summary>
    /// Writes <paramref name="html"/> (UTF-8) with every <c>href</c> and <c>src</c> that is a site path ("/entities/sony/")
    /// or a fragment ("#ref-2", of the page at <paramref name="pageUrl"/>) made an absolute address; other addresses are
    /// left as they are.
    /// </summary>
    /// <remarks>
    /// Reads tags as the engine writes them (raw HTML never reaches a page): text holds no '&lt;' and attribute values
    /// are quoted. Every byte it looks for is ASCII, which no byte of a longer UTF-8 sequence is.
    /// </remarks>
    public static void Rewrite(ReadOnlySpan<byte> html, string baseUrl, string pageUrl, IBufferWriter<byte> output)
    {
        var root = baseUrl.TrimEnd('/');
        while (html.Length > 0)
        {
            var open = html.IndexOf((byte)'<');
            if (open < 0 || open + 1 >= html.Length || !char.IsAsciiLetter((char)html[open + 1]))
            {
                var through = open < 0 || open + 1 >= html.Length ? html.Length : open + 1;
                output.Write(html[..through]);
                html = html[through..];
                continue;
            }

            output.Write(html[..open]);
            html = html[open..];
            var close = TagEnd(html);
            RewriteTag(html[..close], root, pageUrl, output);
            html = html[close..];
        }
    }

    /// <summary>Where the tag <paramref name="tag"/> starts with ends, after its '&gt;', skipping quoted values.</summary>
    private static int TagEnd(ReadOnlySpan<byte> tag)
    {
        byte quote = 0;
        for (var i = 1; i < tag.Length; i++)
        {
            var c = tag[i];
            if (quote != 0)
            {
                quote = c == quote ? (byte)0 : quote;
            }
            else if (c is (byte)'"' or (byte)'\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return tag.Length;
    }

    private static void RewriteTag(ReadOnlySpan<byte> tag, string root, string pageUrl, IBufferWriter<byte> output)
    {
        var written = 0;
        var i = 0;
        while (i < tag.Length)
        {
            var c = tag[i];
            if (c is not ((byte)'"' or (byte)'\''))
            {
                i++;
                continue;
            }

            var end = tag[(i + 1)..].IndexOf(c);
            end = end < 0 ? tag.Length : i + 1 + end;
            if (IsUrlAttribute(tag[..i]))
            {
                var value = tag[(i + 1)..end];
                output.Write(tag[written..(i + 1)]);
                if (value.StartsWith("#"u8))
                {
                    Encoding.UTF8.GetBytes(root, output);
                    Encoding.UTF8.GetBytes(pageUrl, output);
                }
                else if (value.StartsWith("/"u8) && !value.StartsWith("//"u8))
                {
                    Encoding.UTF8.GetBytes(root, output);
                }

                output.Write(value);
                written = end;
            }

            i = end + 1;
        }

        output.Write(tag[written..]);
    }

    /// <summary>Whether the value about to start follows <c>href=</c> or <c>src=</c>.</summary>
    private static bool IsUrlAttribute(ReadOnlySpan<byte> before)
    {
        before = before.TrimEnd(" \t\n\r\f"u8);
        if (!before.EndsWith("="u8))
        {
            return false;
        }

        before = before[..^1].TrimEnd(" \t\n\r\f"u8);
        var start = before.Length;
        while (start > 0 && (char.IsAsciiLetterOrDigit((char)before[start - 1]) || before[start - 1] == '-'))
        {
            start--;
        }

        var name = before[start..];
        return start > 0 && " \t\n\r\f"u8.Contains(before[start - 1])
            && (Ascii.EqualsIgnoreCase(name, "href"u8) || Ascii.EqualsIgnoreCase(name, "src"u8));
    }
}
