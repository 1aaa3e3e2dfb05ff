using System.Text.Json;
using System.Runtime.Intrinsics.X86;
using System.Xml.Linq;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Commands;

/// <summary>
/// The local tool writers run as <c>dotnet briefing</c>: the project packs it where nuget.config looks, under the id
/// and version .config/dotnet-tools.json asks for. (.ci/run packs, installs and runs it end to end.)
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly string Root = RepoPaths.Root;
    private static readonly XElement Project = XElement.Load(Path.Combine(Root, "src", "Briefing", "Briefing.csproj"));

    [Fact]
    public void Manifest_AsksForTheVersionAndCommandTheProjectPacks()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, ".config", "dotnet-tools.json")));
        var tools = manifest.RootElement.GetProperty("tools");
        var tool = tools.GetProperty(Property("PackageId").ToLowerInvariant());

        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal(Property("PackageVersion"), tool.GetProperty("version").GetString());
        Assert.Equal([Property("ToolCommandName")], tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("briefing", Property("ToolCommandName"));
        Assert.Single(tools.EnumerateObject());
    }

    [Fact]
    public void NuGetConfig_TakesTheToolOnlyFromTheFolderItIsPackedInto()
    {
        var config = XElement.Load(Path.Combine(Root, "nuget.config"));
        var local = config.Element("packageSources")!.Elements("add").Single(a => !((string)a.Attribute("value")!).StartsWith("https://", StringComparison.Ordinal));
        var folder = Path.GetFullPath(Path.Combine(Root, (string)local.Attribute("value")!));
        var packedTo = Path.GetFullPath(Path.Combine(Root, "src", "Briefing", Property("PackageOutputPath").Replace('\\', '/').Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal)));
        var mapped = config.Element("packageSourceMapping")!.Elements("packageSource").Single(s => (string)s.Attribute("key")! == (string)local.Attribute("key")!);

        Assert.Equal(folder.TrimEnd('/'), packedTo.TrimEnd('/'));
        // The tool is packed for the machine's platform: a package Briefing that names Briefing.<platform>.
        Assert.Equal([Property("PackageId"), Property("PackageId") + ".*"], mapped.Elements("package").Select(p => (string)p.Attribute("pattern")!));

        // NuGet refuses a local source that does not exist, which would break restore on a fresh clone.
        Assert.True(File.Exists(Path.Combine(folder, "README.md")), "the package folder must be kept in the repository");
    }

    [Fact]
    public void InstallScript_PacksThenRestores()
    {
        var script = File.ReadAllText(Path.Combine(Root, "install-tool"));

        Assert.True(script.IndexOf("dotnet pack src/Briefing", StringComparison.Ordinal) < script.LastIndexOf("dotnet tool restore", StringComparison.Ordinal));
        Assert.Contains("dotnet pack src/Briefing", script, StringComparison.Ordinal);
        Assert.Contains("./install-tool", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void PackingForAPlatform_RestoresTheAheadOfTimeCompiler()
    {
        // ./install-tool packs with RuntimeIdentifiers (plural) and no RuntimeIdentifier. Its restore fetches the
        // native compiler only if the project asks for it then; otherwise the pack fails on a machine whose
        // package cache has never held it.
        Assert.Equal("true", Evaluate("PublishAot", "-p:RuntimeIdentifiers=linux-x64", "-p:SelfContained=true"));
        Assert.Equal("true", Evaluate("PublishAot", "-p:RuntimeIdentifier=linux-x64"));
        Assert.Equal(string.Empty, Evaluate("PublishAot"));
    }

    [Fact]
    public void PackingWithoutTheNativeCompiler_PrecompilesInstead()
    {
        // ./install-tool's way on a machine with no C toolchain: precompiled code for start-up, still one image.
        Assert.Equal("true", Evaluate("PublishReadyToRun", "-p:RuntimeIdentifiers=linux-x64", "-p:SelfContained=true", "-p:PublishAot=false"));
        Assert.Equal("true", Evaluate("PublishReadyToRunComposite", "-p:RuntimeIdentifier=linux-x64", "-p:SelfContained=true", "-p:PublishAot=false"));
        Assert.Equal(string.Empty, Evaluate("PublishReadyToRun", "-p:RuntimeIdentifier=linux-x64"));
    }

    [Fact]
    public void PackingForThisMachine_CompilesForItsProcessorAndNoOtherPublishDoes()
    {
        // A program compiled for x86-64-v3 will not start on an older processor: only a pack for the machine that
        // builds it asks for that, and only where the processor has it, as .NET itself finds here.
        var recent = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64
            && Avx2.IsSupported && Bmi1.IsSupported && Bmi2.IsSupported && Fma.IsSupported;
        Assert.Equal(recent ? "x86-64-v3" : string.Empty, Evaluate("IlcInstructionSet", "-p:RuntimeIdentifier=linux-x64", "-p:NativeForThisMachine=true"));
        Assert.Equal(string.Empty, Evaluate("IlcInstructionSet", "-p:RuntimeIdentifier=linux-x64"));
        Assert.Contains("-r \"$rid\" -p:RuntimeIdentifiers=\"$rid\" -p:NativeForThisMachine=true", File.ReadAllText(Path.Combine(Root, "install-tool")), StringComparison.Ordinal);
    }

    private static string Evaluate(string property, params string[] globalProperties)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["msbuild", Path.Combine("src", "Briefing", "Briefing.csproj"), "-getProperty:" + property, .. globalProperties])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error + output.Result);
        return output.Result.Trim();
    }

    private static string Property(string name) =>
        Project.Elements("PropertyGroup").Elements(name).Single().Value;
}
