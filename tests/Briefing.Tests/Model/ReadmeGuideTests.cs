using Briefing.Engine.Model;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Model;

/// <summary>The writer's guide in the README stays complete: the quick start first, and every value each field allows.</summary>
public sealed class ReadmeGuideTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static TheoryData<string, string[]> AllowedValues => new()
    {
        { "entity kind", [.. EntityKinds.All] },
        { "relation type", [.. RelationTypes.All] },
        { "source kind", [.. SourceKinds.All] },
        { "event status", [.. EventStatuses.All] },
        { "claim status", [.. ClaimStatuses.All] },
    };

    [Theory]
    [MemberData(nameof(AllowedValues))]
    public void Readme_ListsEveryAllowedValueTogether(string field, string[] values)
    {
        var lines = Readme.Split('\n');

        Assert.True(
            lines.Any(line => values.All(v => line.Contains($"`{v}`", StringComparison.Ordinal))),
            $"no README line lists every {field}: {string.Join(", ", values)}");
    }

    [Fact]
    public void Readme_QuickStartComesFirst()
    {
        var quickStart = Readme.IndexOf("## Quick start", StringComparison.Ordinal);
        var build = Readme.IndexOf("\ndotnet run --project src/Briefing -- build     # builds the site into output/\n", StringComparison.Ordinal);
        var test = Readme.IndexOf("\ndotnet test                                    # runs every test\n", StringComparison.Ordinal);

        Assert.True(quickStart > 0 && quickStart < build && build < test, "the quick start's two commands");
        Assert.True(test < Readme.IndexOf("## Writer's guide", StringComparison.Ordinal));
        Assert.True(Readme.IndexOf("## Writer's guide", StringComparison.Ordinal) < Readme.IndexOf("## Reference", StringComparison.Ordinal));
        Assert.Contains("./update-snapshots", Readme, StringComparison.Ordinal);
    }
}
