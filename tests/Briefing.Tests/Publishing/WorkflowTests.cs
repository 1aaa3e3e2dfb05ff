using Briefing.Publishing;
using Briefing.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Publishing;

/// <summary>
/// The pull-request checks (.github/workflows/site.yml) cannot run here, so this reads them: they must run the same
/// test and strict build commands as .ci/run, the build Netlify publishes with, and keep what a reviewer needs.
/// </summary>
public sealed class WorkflowTests
{
    private static readonly string Root = RepoPaths.Root;
    private static readonly YamlMappingNode Workflow = Load();
    private static readonly YamlMappingNode Job = (YamlMappingNode)((YamlMappingNode)Workflow["jobs"]).Children.Single().Value;
    private static readonly List<YamlMappingNode> Steps = [.. ((YamlSequenceNode)Job["steps"]).Children.Cast<YamlMappingNode>()];
    private static readonly string[] CiLines = File.ReadAllLines(Path.Combine(Root, ".ci", "run"));

    [Fact]
    public void Triggers_EveryPullRequestAndPushToMain()
    {
        var on = (YamlMappingNode)Workflow["on"];

        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal(["main"], ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Select(b => b.ToString()));
    }

    [Fact]
    public void TestCommand_IsTheCiTestCommand()
    {
        var ci = CiLines.Single(l => l.StartsWith("dotnet test", StringComparison.Ordinal));

        Assert.Equal(ci, Run("Test"));
        Assert.StartsWith("dotnet test", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildCommand_IsTheCiStrictBuildAndNetlifys()
    {
        var workflow = Run("Build the site as Netlify does");
        var ci = CiLines.Select(l => l.Trim()).Single(l => l.Contains("dotnet run --project src/Briefing", StringComparison.Ordinal));
        var netlify = NetlifyConfig.Parse(File.ReadAllText(Path.Combine(Root, "netlify.toml"))).Command!.Trim().Split('\n')[^1];

        Assert.Equal("dotnet run --project src/Briefing -c Release -- build --strict", workflow);
        Assert.Equal($"if {workflow}; then", ci);
        Assert.Equal(workflow.Replace("build --strict", "build --output output --strict", StringComparison.Ordinal), netlify);
    }

    [Fact]
    public void Environment_IsStrictAsInCi()
    {
        var env = (YamlMappingNode)Job["env"];

        foreach (var name in new[] { "SNAPSHOOTER_STRICT_MODE", "BRIEFING_REQUIRE_BROWSER" })
        {
            Assert.Contains($"export {name}=true", CiLines);
            Assert.Equal("true", env[name].ToString());
        }
    }

    [Fact]
    public void Artifacts_SiteScreenshotsAndNuGetCache()
    {
        var uploads = Steps.Where(s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal)).Select(s => ((YamlMappingNode)s["with"])["path"].ToString()).ToList();
        var cache = Steps.Single(s => Uses(s).StartsWith("actions/cache@", StringComparison.Ordinal));

        Assert.Contains(uploads, p => p.Trim() == "output/");
        Assert.Contains(uploads, p => p.Contains("TestResults/screenshots/", StringComparison.Ordinal));
        Assert.Equal("~/.nuget/packages", ((YamlMappingNode)cache["with"])["path"].ToString());
        Assert.Contains("global-json-file", Steps.Single(s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal))["with"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_LinksTheWorkflow()
    {
        Assert.Contains("(.github/workflows/site.yml)", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);
    }

    private static YamlMappingNode Load()
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Root, ".github", "workflows", "site.yml")));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string Uses(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? uses.ToString() : string.Empty;

    private static string Run(string name) =>
        Steps.Single(s => s.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n.ToString() == name)["run"].ToString().Trim();
}
