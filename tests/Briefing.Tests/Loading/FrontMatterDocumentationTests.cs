using System.Text.RegularExpressions;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>
/// Every key a loader accepts is in the writer's guide, and the guide names no key the loader refuses: adding a
/// front-matter or YAML key means adding its row to the README's table, or this fails.
/// </summary>
public sealed partial class FrontMatterDocumentationTests
{
    public static TheoryData<string, string[]> Tables => new()
    {
        { "### Add a briefing", BriefingLoader.Keys },
        { "### Add an entity", EntityLoader.Keys },
        { "### Add a source", ListFileLoader.SourceKeys },
        { "### Add a timeline event", ListFileLoader.EventKeys },
        { "### Record a disputed figure: the claims ledger", ListFileLoader.ClaimKeys },
        { "### Name the topics", ListFileLoader.TopicKeys },
        { "### Add a page", PageLoader.Keys },
        { "### Add an image", MediaLoader.Keys },
        { "### Publish in another language", TranslationLoader.Keys },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Readme_KeyTable_NamesExactlyTheKeysTheLoaderAccepts(string heading, string[] keys)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(section >= 0, $"README has no '{heading}' section");
        var table = readme.IndexOf("\n| key |", section, StringComparison.Ordinal);
        Assert.True(table >= 0, $"'{heading}' has no table of keys");

        var documented = readme[(table + 1)..]
            .Split('\n')
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|')[1].Trim())
            .Where(cell => cell.StartsWith('`')) // "relation `type`" describes a key inside a list item, not one of the file's own
            .SelectMany(cell => KeyCell().Matches(cell).Select(m => m.Groups[1].Value))
            .Order(StringComparer.Ordinal);

        Assert.Equal(keys.Order(StringComparer.Ordinal), documented);
    }

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex KeyCell();
}
