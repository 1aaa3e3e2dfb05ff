using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Engine.Rendering.Data;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering.Data;

/// <summary>
/// The README's "Data downloads" tables name exactly the fields the files are written with: adding a field to
/// a data file means adding its row, or this fails.
/// </summary>
public sealed partial class DataDownloadsDocumentationTests
{
    private static readonly Lazy<string> Section = new(() =>
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n### Data downloads\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '### Data downloads' section");
        var end = readme.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    });

    /// <summary>The part of the section before the first file's heading, or under a file's heading up to the next.</summary>
    private static string Part(string? file)
    {
        var section = Section.Value;
        var headings = FileHeading().Matches(section).ToList();
        if (file is null)
        {
            return section[..headings[0].Index];
        }

        var at = headings.FindIndex(h => h.Groups[1].Value == file);
        Assert.True(at >= 0, $"'Data downloads' has no #### `{file}`");
        return section[headings[at].Index..(at + 1 < headings.Count ? headings[at + 1].Index : section.Length)];
    }

    /// <summary>Each table in the text: its rows' first cell without backticks, and the second.</summary>
    private static List<List<(string Name, string Type)>> Tables(string text)
    {
        var tables = new List<List<(string, string)>>();
        List<(string, string)>? table = null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                table = null;
                continue;
            }

            if (table is null)
            {
                table = [];
                tables.Add(table);
                continue;
            }

            var cells = line.Split('|');
            if (cells[1].Trim().StartsWith('`'))
            {
                table.Add((cells[1].Trim().Trim('`'), cells[2].Trim()));
            }
        }

        return tables;
    }

    private static bool IsSource(string type) => type is "source" or "array of source";

    public static TheoryData<string> JsonFiles => new() { "claims.json", "timeline.json", "graph.json" };

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Readme_JsonTable_NamesExactlyTheFieldsWritten(string file)
    {
        var common = Tables(Part(null))[0];
        var documented = common.Concat(Tables(Part("/" + file))[0]).ToList();
        var written = new SortedSet<string>(StringComparer.Ordinal);
        var sourceFields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var site in new[] { BuiltSites.Real, BuiltSites.Fixture })
        {
            using var json = JsonDocument.Parse(site.Site!.Files[file]);
            Walk(json.RootElement, string.Empty, written, sourceFields);
        }

        Assert.Equal(documented.Select(f => f.Name).Order(StringComparer.Ordinal), written);
        Assert.All(documented.Where(f => written.Contains(f.Name)), f => Assert.Equal(IsSource(f.Type), IsSourcePath(f.Name)));
        if (sourceFields.Count > 0)
        {
            Assert.Equal(Tables(Part(null))[1].Select(f => f.Name).Order(StringComparer.Ordinal), sourceFields);
        }
    }

    [Fact]
    public void Readme_CsvTable_NamesExactlyTheColumnsWritten()
    {
        var documented = Tables(Part("/claims.csv"))[0].Select(c => c.Name);
        var header = StrictCsv.Read(BuiltSites.Real.Page("claims.csv"))[0];

        Assert.Equal(ClaimsCsv.Columns, documented);
        Assert.Equal(ClaimsCsv.Columns, header);
    }

    private static bool IsSourcePath(string path) => path.EndsWith(".source", StringComparison.Ordinal) || path.EndsWith(".sources", StringComparison.Ordinal);

    /// <summary>Every field's path ("claims[].reports[].value"); a source's fields are gathered apart, since one table documents them wherever it appears.</summary>
    private static void Walk(JsonElement element, string prefix, ISet<string> paths, ISet<string> sourceFields)
    {
        foreach (var property in element.EnumerateObject())
        {
            var path = prefix + property.Name;
            paths.Add(path);
            var value = property.Value;
            if (property.Name == "source")
            {
                sourceFields.UnionWith(value.EnumerateObject().Select(p => p.Name));
            }
            else if (property.Name == "sources")
            {
                foreach (var source in value.EnumerateArray())
                {
                    sourceFields.UnionWith(source.EnumerateObject().Select(p => p.Name));
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                Walk(value, path + ".", paths, sourceFields);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    Walk(item, path + "[].", paths, sourceFields);
                }
            }
        }
    }

    [GeneratedRegex("^#### `([^`]+)`$", RegexOptions.Multiline)]
    private static partial Regex FileHeading();
}
