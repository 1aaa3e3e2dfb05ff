using System.Text;
using System.Xml;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>The Atom feed, sitemap and robots.txt: written with XmlWriter, never from string templates.</summary>
internal static class FeedWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static byte[] Atom(ResolvedSite site, string baseUrl)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("title", ns, site.Config.Title);
            xml.WriteElementString("subtitle", ns, site.Config.Description);
            xml.WriteElementString("id", ns, SiteUrls.Absolute(baseUrl, SiteUrls.Home));
            Link(xml, ns, SiteUrls.Absolute(baseUrl, SiteUrls.Feed), "self");
            Link(xml, ns, SiteUrls.Absolute(baseUrl, SiteUrls.Home), "alternate");
            // The newest change, not the build time, so identical input gives an identical feed.
            var updated = site.Briefings.Select(b => b.Briefing.Updated ?? b.Briefing.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
            xml.WriteElementString("updated", ns, Timestamp(updated));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, site.Config.Publisher);
            xml.WriteEndElement();
            foreach (var page in site.Briefings)
            {
                var b = page.Briefing;
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, b.Title);
                xml.WriteElementString("id", ns, SiteUrls.Absolute(baseUrl, page.Url));
                Link(xml, ns, SiteUrls.Absolute(baseUrl, page.Url), "alternate");
                xml.WriteElementString("published", ns, Timestamp(b.Date));
                xml.WriteElementString("updated", ns, Timestamp(b.Updated ?? b.Date));
                xml.WriteElementString("summary", ns, b.Summary);
                foreach (var topic in b.Topics)
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

    public static byte[] Sitemap(IEnumerable<(string Url, DateOnly? Modified)> pages, string baseUrl)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, modified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, SiteUrls.Absolute(baseUrl, url));
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

    public static byte[] Robots(string baseUrl, bool noIndex) =>
        Encoding.UTF8.GetBytes(noIndex
            ? "User-agent: *\nDisallow: /\n"
            : $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(baseUrl, SiteUrls.Sitemap)}\n");

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => ViewBuilder.Iso(date) + "T00:00:00Z";
}
