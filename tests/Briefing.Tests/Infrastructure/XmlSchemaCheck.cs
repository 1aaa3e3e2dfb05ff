using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Briefing.Tests.Infrastructure;

/// <summary>Validates the site's XML files (feeds, sitemaps) against a schema the tests write for them.</summary>
public static class XmlSchemaCheck
{
    /// <summary>Compiles the schema <paramref name="xsd"/> for <paramref name="targetNamespace"/>.</summary>
    public static XmlSchemaSet Compile(string targetNamespace, string xsd)
    {
        var set = new XmlSchemaSet();
        set.Add(targetNamespace, XmlReader.Create(new StringReader(xsd)));
        set.Compile();
        return set;
    }

    /// <summary>Parses <paramref name="xml"/> while validating it, failing on any schema error or warning.</summary>
    public static XDocument Validate(string xml, XmlSchemaSet schemas)
    {
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        var problems = new List<string>();
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        return document;
    }
}
