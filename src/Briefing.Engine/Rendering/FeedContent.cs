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
    // so its HTML is made once, by its page's address, however many feeds carry it. It is kept as UTF-8, half the
    // size of a string: at 100,000 briefings five thousand entries are kept until the last feed is made.
    private readonly ConcurrentDictionary<string, byte[]> _content = new(StringComparer.Ordinal);

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
            string? content = null;
            if (full)
            {
                var html = _content.GetOrAdd(page.Url, _ => Encoding.UTF8.GetBytes(Html(page)));
                used += html.Length + 40;
                full = used <= budget;
                content = full ? Encoding.UTF8.GetString(html) : null;
            }

            var b = page.Briefing;
            entries.Add(new FeedEntry(b.Title, page.Url, b.Date, b.Updated ?? b.Date, b.Summary, b.Topics.ToValueList(), content));
        }

        return new AtomFeed(title, subtitle, site.Config.Publisher, baseUrl, home, self, entries.ToValueList());
    }

    /// <summary>The briefing's body as its page shows it, then its references, with every link absolute; citation marks lead to the page's references.</summary>
    public string Html(BriefingPage page)
    {
        var context = new FeedPageContext(_entities, page.Citations, _images, _links);
        var html = new StringBuilder(page.Briefing.Body.Html.Fill(context));
        if (page.Citations.Sources.Count > 0)
        {
            html.Append("<h2>").Append(HtmlText.Encode(_text[UiKeys.FeedReferences])).Append("</h2>\n<ol>\n");
            foreach (var cited in page.Citations.Sources)
            {
                html.Append("<li><a href=\"").Append(site.Urls.Source(cited.Source.Id)).Append("\">").Append(HtmlText.Encode(cited.Label)).Append("</a>");
                if (cited.Source.Url is { } original)
                {
                    html.Append(" · <a href=\"").Append(HtmlText.Encode(original)).Append("\">").Append(HtmlText.Encode(_text[UiKeys.FeedOriginal])).Append("</a>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        return AbsoluteLinks.Rewrite(html.ToString(), baseUrl, page.Url);
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
    /// Rewrites every <c>href</c> and <c>src</c> that is a site path ("/entities/sony/") or a fragment ("#ref-2",
    /// of the page at <paramref name="pageUrl"/>) into an absolute address; other addresses are left as they are.
    /// </summary>
    /// <remarks>Reads tags as the engine writes them (raw HTML never reaches a page): text holds no '&lt;' and attribute values are quoted.</remarks>
    public static string Rewrite(string html, string baseUrl, string pageUrl)
    {
        var root = baseUrl.TrimEnd('/');
        var output = new StringBuilder(html.Length + 1024);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            if (!char.IsAsciiLetter(html[open + 1]))
            {
                output.Append(html, at, open + 1 - at);
                at = open + 1;
                continue;
            }

            output.Append(html, at, open - at);
            at = open;
            var close = TagEnd(html, open);
            output.Append(RewriteTag(html.AsSpan(open, close - open), root, pageUrl));
            at = close;
        }

        output.Append(html, at, html.Length - at);
        return output.ToString();
    }

    /// <summary>Where the tag starting at <paramref name="open"/> ends, after its '&gt;', skipping quoted values.</summary>
    private static int TagEnd(string html, int open)
    {
        var quote = '\0';
        for (var i = open + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static string RewriteTag(ReadOnlySpan<char> tag, string root, string pageUrl)
    {
        var output = new StringBuilder(tag.Length + 64);
        var i = 0;
        while (i < tag.Length)
        {
            var c = tag[i];
            if (c is '"' or '\'')
            {
                var end = tag[(i + 1)..].IndexOf(c);
                end = end < 0 ? tag.Length : i + 1 + end;
                var value = tag[(i + 1)..Math.Min(end, tag.Length)];
                output.Append(c);
                if (IsUrlAttribute(tag[..i]))
                {
                    output.Append(Absolute(value, root, pageUrl));
                }
                else
                {
                    output.Append(value);
                }

                if (end < tag.Length)
                {
                    output.Append(c);
                }

                i = end + 1;
                continue;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }

    /// <summary>Whether the value about to start follows <c>href=</c> or <c>src=</c>.</summary>
    private static bool IsUrlAttribute(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (!before.EndsWith("="))
        {
            return false;
        }

        before = before[..^1].TrimEnd();
        var start = before.Length;
        while (start > 0 && (char.IsAsciiLetterOrDigit(before[start - 1]) || before[start - 1] == '-'))
        {
            start--;
        }

        var name = before[start..];
        return start > 0 && char.IsWhiteSpace(before[start - 1])
            && (name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase));
    }

    private static string Absolute(ReadOnlySpan<char> url, string root, string pageUrl) =>
        url.StartsWith("#") ? root + pageUrl + url.ToString()
        : url.StartsWith("/") && !url.StartsWith("//") ? root + url.ToString()
        : url.ToString();
}
