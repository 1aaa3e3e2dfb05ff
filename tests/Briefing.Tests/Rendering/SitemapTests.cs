using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Briefing.Engine;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// /sitemap.xml lists every page with its last change where the page has one; past the limit (50,000, or
/// site.yml's <c>sitemap_limit</c>) it is an index of sitemaps that each list at most that many. Both are checked
/// against a schema of the sitemaps.org protocol's structure.
/// </summary>
public sealed class SitemapTests
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XNamespace S = Namespace;

    /// <summary>sitemaps.org's urlset and sitemapindex, with loc an absolute address and lastmod a W3C date.</summary>
    private const string Xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9"
                   targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
          <xs:simpleType name="loc">
            <xs:restriction base="xs:anyURI">
              <xs:minLength value="12"/><xs:maxLength value="2048"/>
              <xs:pattern value="https?://[^\s/]+/\S*"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="lastmod">
            <xs:restriction base="xs:string">
              <xs:pattern value="\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:\d{2}))?)?)?"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:element name="urlset">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="url" minOccurs="1" maxOccurs="50000">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="loc" type="s:loc"/>
                      <xs:element name="lastmod" type="s:lastmod" minOccurs="0"/>
                      <!-- As sitemaps.org's own schema allows: elements of other namespaces, here the page in other languages (xhtml:link). -->
                      <xs:any namespace="##other" processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
            <xs:unique name="urls"><xs:selector xpath="s:url"/><xs:field xpath="s:loc"/></xs:unique>
          </xs:element>
          <xs:element name="sitemapindex">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="sitemap" minOccurs="1" maxOccurs="50000">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="loc" type="s:loc"/>
                      <xs:element name="lastmod" type="s:lastmod" minOccurs="0"/>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
            <xs:unique name="sitemaps"><xs:selector xpath="s:sitemap"/><xs:field xpath="s:loc"/></xs:unique>
          </xs:element>
        </xs:schema>
        """;

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() => XmlSchemaCheck.Compile(Namespace, Xsd));

    private const string Site = """
        -- input/site.yml --
        title: Test Desk
        description: A site for tests.
        base_url: https://example.test
        publisher: Test desk
        {0}
        -- input/sources.yml --
        - id: wire-2026
          publisher: Wire
          title: A wire report
          date: 2026-01-02
        -- input/entities/sony.yml --
        name: Sony
        kind: company
        summary: A member [@wire-2026].
        -- input/briefings/older.md --
        ---
        title: Older
        date: 2026-01-01
        updated: 2026-03-05
        summary: The older one.
        topics: [money]
        entities: [sony]
        ---
        Text [@wire-2026].
        -- input/briefings/newer.md --
        ---
        title: Newer
        date: 2026-02-01
        summary: The newer one.
        topics: [money, other]
        ---
        Text [@wire-2026].

        """;

    private static readonly Lazy<BuildResult> One = new(() => MiniSite.Build(WithSiteLine(string.Empty)));

    private static readonly Lazy<BuildResult> Split = new(() => MiniSite.Build(WithSiteLine("sitemap_limit: 10")));

    /// <summary>The site with one more line in site.yml.</summary>
    private static string WithSiteLine(string line) => Site.Replace("{0}", line, StringComparison.Ordinal);

    private static XDocument Load(BuildResult site, string path) =>
        XmlSchemaCheck.Validate(Encoding.UTF8.GetString(site.Site!.Files[path]), Schemas.Value);

    /// <summary>Every page the sitemap should list: every HTML page but the 404 page, as an absolute address.</summary>
    private static List<string> Pages(BuildResult site) =>
        site.Site!.Files.Keys
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            .Select(p => "https://example.test/" + p[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, string?> Urls(XDocument sitemap) =>
        sitemap.Root!.Elements(S + "url").ToDictionary(u => u.Element(S + "loc")!.Value, u => u.Element(S + "lastmod")?.Value, StringComparer.Ordinal);

    [Fact]
    public void BelowTheLimit_OneUrlsetListsEveryPage()
    {
        var sitemap = Load(One.Value, "sitemap.xml");

        Assert.Equal("urlset", sitemap.Root!.Name.LocalName);
        Assert.Equal(Pages(One.Value), Urls(sitemap).Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(One.Value.Site!.Files.Keys, p => p.StartsWith("sitemaps/", StringComparison.Ordinal));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.test/sitemap.xml\n", One.Value.Page("robots.txt"));
    }

    [Fact]
    public void LastModified_IsTheDateAPageHasOrTheNewestBriefingItLists()
    {
        var urls = Urls(Load(One.Value, "sitemap.xml"));

        Assert.Equal("2026-03-05", urls["https://example.test/briefings/older/"]);
        Assert.Equal("2026-02-01", urls["https://example.test/briefings/newer/"]);
        Assert.Equal("2026-03-05", urls["https://example.test/"]);
        Assert.Equal("2026-03-05", urls["https://example.test/briefings/"]);
        Assert.Equal("2026-03-05", urls["https://example.test/topics/"]);
        Assert.Equal("2026-03-05", urls["https://example.test/topics/money/"]);
        Assert.Equal("2026-02-01", urls["https://example.test/topics/other/"]);

        // Pages whose content has no date of its own claim none.
        Assert.Null(urls["https://example.test/entities/sony/"]);
        Assert.Null(urls["https://example.test/timeline/"]);
        Assert.Null(urls["https://example.test/sources/wire-2026/"]);
    }

    [Fact]
    public void PastTheLimit_TheSitemapIsAnIndexOfSitemapsListingEveryPageOnce()
    {
        var index = Load(Split.Value, "sitemap.xml");

        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        var children = index.Root.Elements(S + "sitemap").Select(s => s.Element(S + "loc")!.Value).ToList();
        var files = Split.Value.Site!.Files.Keys.Where(p => p.StartsWith("sitemaps/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, files.Count).Select(n => $"https://example.test/sitemaps/{n}.xml"), children);
        Assert.Equal(files.Count, (Pages(Split.Value).Count + 9) / 10);

        var listed = new List<string>();
        foreach (var (child, n) in children.Select((c, i) => (c, i + 1)))
        {
            var sitemap = Load(Split.Value, $"sitemaps/{n}.xml");
            Assert.Equal("urlset", sitemap.Root!.Name.LocalName);
            var urls = Urls(sitemap);
            Assert.InRange(urls.Count, 1, 10);
            listed.AddRange(urls.Keys);

            var lastmod = index.Root.Elements(S + "sitemap").Single(s => s.Element(S + "loc")!.Value == child).Element(S + "lastmod")?.Value;
            Assert.Equal(urls.Values.OfType<string>().DefaultIfEmpty().Max(StringComparer.Ordinal), lastmod);
        }

        Assert.Equal(Pages(Split.Value), listed.Order(StringComparer.Ordinal));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.test/sitemap.xml\n", Split.Value.Page("robots.txt"));
    }

    [Theory]
    [InlineData("real")]
    [InlineData("fixture")]
    public void Sitemap_IsValid(string which)
    {
        var site = which == "real" ? BuiltSites.Real : BuiltSites.Fixture;

        Assert.Equal("urlset", Load(site, "sitemap.xml").Root!.Name.LocalName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50001")]
    public void SitemapLimit_OutOfRange_IsRefused(string limit)
    {
        Refused.Assert(WithSiteLine("sitemap_limit: " + limit),
            $"input/site.yml(5,16): error BRF1008: sitemap_limit {limit} must be from 1 to 50000, the most a sitemap may list");
    }
}
