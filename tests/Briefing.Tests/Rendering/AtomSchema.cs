using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AngleSharp.Html.Parser;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering;

/// <summary>
/// Validates a feed as Atom (RFC 4287): an XML schema for the part of Atom the site writes, then what a schema
/// cannot say. The schema fixes the order the site writes elements in, which is stricter than Atom.
/// </summary>
public static class AtomSchema
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The most entries a feed holds.</summary>
    public const int MaxEntries = 30;

    private const string Xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:a="http://www.w3.org/2005/Atom"
                   targetNamespace="http://www.w3.org/2005/Atom" elementFormDefault="qualified">
          <!-- RFC 3339 date-time: a full date and time with its offset, as Atom 3.3 requires. -->
          <xs:simpleType name="date">
            <xs:restriction base="xs:dateTime">
              <xs:pattern value="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+\-]\d{2}:\d{2})"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="iri">
            <xs:restriction base="xs:anyURI">
              <xs:pattern value="https?://[^\s/]+/\S*"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="nonEmpty">
            <xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction>
          </xs:simpleType>
          <xs:complexType name="text">
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="type">
                  <xs:simpleType>
                    <xs:restriction base="xs:string"><xs:enumeration value="text"/><xs:enumeration value="html"/></xs:restriction>
                  </xs:simpleType>
                </xs:attribute>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
          <xs:complexType name="html">
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="type" use="required" type="xs:string" fixed="html"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
          <xs:complexType name="link">
            <xs:attribute name="href" type="a:iri" use="required"/>
            <xs:attribute name="rel" use="required">
              <xs:simpleType>
                <xs:restriction base="xs:string"><xs:enumeration value="self"/><xs:enumeration value="alternate"/></xs:restriction>
              </xs:simpleType>
            </xs:attribute>
          </xs:complexType>
          <xs:complexType name="person">
            <xs:sequence><xs:element name="name" type="a:nonEmpty"/></xs:sequence>
          </xs:complexType>
          <xs:complexType name="category">
            <xs:attribute name="term" type="a:nonEmpty" use="required"/>
          </xs:complexType>
          <xs:complexType name="entry">
            <xs:sequence>
              <xs:element name="title" type="a:text"/>
              <xs:element name="id" type="a:iri"/>
              <xs:element name="link" type="a:link"/>
              <xs:element name="published" type="a:date"/>
              <xs:element name="updated" type="a:date"/>
              <xs:element name="summary" type="a:text"/>
              <xs:element name="content" type="a:html" minOccurs="0"/>
              <xs:element name="category" type="a:category" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>
          <xs:element name="feed">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="title" type="a:text"/>
                <xs:element name="subtitle" type="a:text" minOccurs="0"/>
                <xs:element name="id" type="a:iri"/>
                <xs:element name="link" type="a:link" minOccurs="2" maxOccurs="2"/>
                <xs:element name="updated" type="a:date"/>
                <xs:element name="author" type="a:person"/>
                <xs:element name="entry" type="a:entry" minOccurs="0" maxOccurs="30"/>
              </xs:sequence>
              <!-- Atom's common attributes (RFC 4287, 2), xml:lang and xml:base: the feed says the language its text is in. -->
              <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
            </xs:complexType>
            <xs:unique name="entryIds">
              <xs:selector xpath="a:entry"/>
              <xs:field xpath="a:id"/>
            </xs:unique>
          </xs:element>
        </xs:schema>
        """;

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() => XmlSchemaCheck.Compile(Namespace, Xsd));

    /// <summary>
    /// Fails unless <paramref name="xml"/> is a valid Atom feed at <paramref name="self"/>: schema-valid, its self
    /// link its own address, every id a unique absolute IRI, entries newest first, at most 30, none updated before
    /// it was published, and each entry's content HTML whose every link is absolute, with no script.
    /// </summary>
    public static XDocument Check(string xml, string self)
    {
        var document = XmlSchemaCheck.Validate(xml, Schemas.Value);
        XNamespace a = Namespace;
        var feed = document.Root!;
        Assert.Equal(self, feed.Elements(a + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var ids = feed.Elements(a + "id").Concat(feed.Elements(a + "entry").Elements(a + "id")).Select(id => id.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"'{id}' is not an absolute IRI"));

        var entries = feed.Elements(a + "entry").ToList();
        Assert.True(entries.Count <= MaxEntries, $"{entries.Count} entries");
        var updated = entries.Select(e => Date(e, a + "updated")).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.All(entries, e => Assert.True(Date(e, a + "updated") >= Date(e, a + "published"), "an entry is updated before it is published"));
        if (entries.Count > 0)
        {
            Assert.Equal(updated.Max(), Date(feed, a + "updated"));
        }

        var parser = new HtmlParser();
        foreach (var content in entries.Select(e => e.Element(a + "content")).OfType<XElement>())
        {
            var html = parser.ParseDocument("<body>" + content.Value);
            Assert.Empty(html.QuerySelectorAll("script, style, iframe, object, embed, form"));
            foreach (var element in html.Body!.QuerySelectorAll("*"))
            {
                Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style");
                foreach (var attribute in element.Attributes.Where(attribute => attribute.Name is "href" or "src"))
                {
                    Assert.True(Uri.TryCreate(attribute.Value, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"'{attribute.Value}' in a feed entry is not absolute");
                }
            }
        }

        return document;
    }

    private static DateTimeOffset Date(XElement parent, XName name) =>
        DateTimeOffset.Parse(parent.Element(name)!.Value, CultureInfo.InvariantCulture);
}
