using System.Text;
using System.Xml;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>One briefing as a feed lists it.</summary>
/// <param name="Content">The briefing's HTML with every link absolute, or null where the feed carries only the summary.</param>
internal sealed record FeedEntry(string Title, string Url, DateOnly Published, DateOnly Updated, string Summary, ValueList<string> Topics, TrustedHtml? Content);

/// <summary>Everything an Atom feed is made from.</summary>
/// <param name="Home">The page the feed is the feed of; its address is the feed's id, as it has always been for the site's feed.</param>
/// <param name="Self">The feed's own address.</param>
internal sealed record AtomFeed(string Title, string Subtitle, string Publisher, string BaseUrl, string Home, string Self, ValueList<FeedEntry> Entries)
{
    /// <summary>The language its entries are written in; null leaves it unsaid.</summary>
    public string? Language { get; init; }
}

/// <summary>The same page in one language edition, as a sitemap or a page's head names it.</summary>
internal sealed record AlternateLink(string Language, string Url);

/// <summary>Every address one sitemap lists, with its last change and, on a site with language editions, the same page in each language.</summary>
internal sealed record SitemapPages(string BaseUrl, ValueList<(string Url, DateOnly? Modified)> Pages)
{
    /// <summary>The editions of each page that has more than one, by its address; none on a site in one language.</summary>
    public IReadOnlyDictionary<string, ValueList<AlternateLink>> Alternates { get; init; } = new Dictionary<string, ValueList<AlternateLink>>();

    public bool Equals(SitemapPages? other) =>
        other is not null && BaseUrl == other.BaseUrl && Pages.Equals(other.Pages)
        && Alternates.Count == other.Alternates.Count && Alternates.All(a => other.Alternates.TryGetValue(a.Key, out var b) && a.Value.Equals(b));

    public override int GetHashCode() => HashCode.Combine(BaseUrl, Pages, Alternates.Count);
}

/// <summary>The sitemaps a sitemap index lists, each with the newest change of the pages it lists.</summary>
internal sealed record SitemapIndex(string BaseUrl, ValueList<(string Url, DateOnly? Modified)> Sitemaps);

/// <summary>The Atom feeds, sitemaps and robots.txt: written with XmlWriter, never from string templates.</summary>
internal static class FeedWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    // Every feed and sitemap is written into its thread's stream, emptied for the next one, so that only the
    // finished file is a new array: a large site's feeds grew a new stream to their size, one after another.
    [ThreadStatic]
    private static MemoryStream? _stream;

    private static MemoryStream EmptyStream()
    {
        var stream = _stream ??= new MemoryStream();
        stream.SetLength(0);
        return stream;
    }

    public static byte[] Atom(AtomFeed feed)
    {
        var stream = EmptyStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            var baseUrl = feed.BaseUrl;
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            if (feed.Language is { } language)
            {
                xml.WriteAttributeString("xml", "lang", null, language);
            }

            xml.WriteElementString("title", ns, feed.Title);
            xml.WriteElementString("subtitle", ns, feed.Subtitle);
            xml.WriteElementString("id", ns, SiteUrls.Absolute(baseUrl, feed.Home));
            Link(xml, ns, SiteUrls.Absolute(baseUrl, feed.Self), "self");
            Link(xml, ns, SiteUrls.Absolute(baseUrl, feed.Home), "alternate");
            // The newest change, not the build time, so identical input gives an identical feed.
            var updated = feed.Entries.Select(e => e.Updated).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
            xml.WriteElementString("updated", ns, Timestamp(updated));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, feed.Publisher);
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, entry.Title);
                xml.WriteElementString("id", ns, SiteUrls.Absolute(baseUrl, entry.Url));
                Link(xml, ns, SiteUrls.Absolute(baseUrl, entry.Url), "alternate");
                xml.WriteElementString("published", ns, Timestamp(entry.Published));
                xml.WriteElementString("updated", ns, Timestamp(entry.Updated));
                xml.WriteElementString("summary", ns, entry.Summary);
                if (entry.Content is { } content)
                {
                    // CDATA rather than escaped text: the same HTML in fewer bytes; the writer splits any "]]>".
                    xml.WriteStartElement("content", ns);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteCData(content.Value);
                    xml.WriteEndElement();
                }

                foreach (var topic in entry.Topics)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", topic);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static byte[] Sitemap(SitemapPages sitemap)
    {
        var (baseUrl, pages) = (sitemap.BaseUrl, sitemap.Pages);
        var stream = EmptyStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            const string xhtml = "http://www.w3.org/1999/xhtml";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            if (sitemap.Alternates.Count > 0)
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            }

            foreach (var (url, modified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, SiteUrls.Absolute(baseUrl, url));
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", ns, ViewBuilder.Iso(date));
                }

                // Every language's address, this one's included, as search engines ask of a page in several languages.
                foreach (var alternate in sitemap.Alternates.GetValueOrDefault(url) ?? ValueList<AlternateLink>.None)
                {
                    xml.WriteStartElement("xhtml", "link", xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Language);
                    xml.WriteAttributeString("href", SiteUrls.Absolute(baseUrl, alternate.Url));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static byte[] Index(SitemapIndex index)
    {
        var stream = EmptyStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", ns);
            foreach (var (url, modified) in index.Sitemaps)
            {
                xml.WriteStartElement("sitemap", ns);
                xml.WriteElementString("loc", ns, SiteUrls.Absolute(index.BaseUrl, url));
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", ns, ViewBuilder.Iso(date));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <param name="sitemap">The sitemap's address on the site: the index, when there is one.</param>
    /// <param name="editionSitemaps">The sitemaps of the further language editions, each listed after the main one.</param>
    public static byte[] Robots(string baseUrl, string sitemap, bool noIndex, IEnumerable<string>? editionSitemaps = null) =>
        Encoding.UTF8.GetBytes(noIndex
            ? "User-agent: *\nDisallow: /\n"
            : $"User-agent: *\nAllow: /\n\n{string.Concat((editionSitemaps ?? []).Prepend(sitemap).Select(s => $"Sitemap: {SiteUrls.Absolute(baseUrl, s)}\n"))}");

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => ViewBuilder.Iso(date) + "T00:00:00Z";
}
