using System.Security.Cryptography;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Commands;

/// <summary>A packed tool run in a repository whose src/ has changed since says so; otherwise it says nothing.</summary>
public sealed class ToolSourcesTests : IDisposable
{
    private readonly TempFolder _root = new();

    public ToolSourcesTests()
    {
        Write("src/Briefing/Briefing.csproj", "<Project />");
        Write("src/Briefing/Program.cs", "class Program {}");
        Write("src/Briefing.Engine/SiteBuilder.cs", "class SiteBuilder {}");
        Write("src/Briefing/obj/Release/generated.cs", "ignored");
        Write("src/Briefing/bin/Release/Briefing.dll", "ignored");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Check_SameSources_SaysNothing()
    {
        Assert.Null(ToolSources.Check(_root.Path, Record()));
    }

    [Fact]
    public void Check_NotAPackedTool_SaysNothing()
    {
        Assert.Null(ToolSources.Check(_root.Path, null));
    }

    [Fact]
    public void Check_OutsideTheRepository_SaysNothing()
    {
        using var elsewhere = new TempFolder();

        Assert.Null(ToolSources.Check(elsewhere.Path, Record()));
    }

    [Theory]
    [InlineData("change")]
    [InlineData("add")]
    [InlineData("remove")]
    public void Check_SourcesChangedSincePacking_SaysToReinstall(string edit)
    {
        var recorded = Record();
        switch (edit)
        {
            case "change":
                Write("src/Briefing.Engine/SiteBuilder.cs", "class SiteBuilder { int x; }");
                break;
            case "add":
                Write("src/Briefing/New.cs", "class New {}");
                break;
            default:
                File.Delete(_root.Combine("src", "Briefing", "Program.cs"));
                break;
        }

        var note = ToolSources.Check(_root.Path, recorded);

        Assert.Equal(ToolSources.Note, note);
        Assert.Contains("./install-tool", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BuildOutputChanged_SaysNothing()
    {
        var recorded = Record();
        Write("src/Briefing/bin/Release/net10.0/Briefing.dll", "rebuilt");
        Write("src/Briefing.Engine/obj/project.assets.json", "{}");

        Assert.Null(ToolSources.Check(_root.Path, recorded));
    }

    [Fact]
    public void Check_AHiddenSourceChanged_SaysToReinstall()
    {
        Write("src/Briefing/.editorconfig", "root = true");
        var recorded = Record();
        Write("src/Briefing/.editorconfig", "root = false");

        Assert.Equal(ToolSources.Note, ToolSources.Check(_root.Path, recorded));
    }

    [Fact]
    public void Check_UnreadableRecord_SaysNothing()
    {
        Assert.Null(ToolSources.Check(_root.Path, "Briefing/Program.cs|AB\nBriefing/Program.cs|CD\n"));
    }

    /// <summary>The list as the pack records it: every file under src/ but bin/ and obj/, "path|SHA-256".</summary>
    private string Record()
    {
        var src = _root.Combine("src");
        return string.Join('\n', Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(r => !r.Contains("/bin/", StringComparison.Ordinal) && !r.Contains("/obj/", StringComparison.Ordinal))
            .Select(r => $"{r}|{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(src, r))))}"));
    }

    private void Write(string path, string text)
    {
        var full = _root.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
