using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Commands;

public sealed class NewCommandTests
{
    private const string Basics = MiniSite.Basics;

    [Fact]
    public void NewBriefing_FreshSite_CreatesDraftThatBuilds()
    {
        using var site = new TempSite(Basics);
        var before = DateOnly.FromDateTime(DateTime.Now);

        var (code, stdout, stderr) = Run("new", "briefing", "Japan's AI bet: \"¥1tn\" #1", "--input", site.Input);

        Assert.True(code == 0, stderr);
        Assert.Contains("Created", stdout, StringComparison.Ordinal);
        var path = "input/briefings/japans-ai-bet-1tn-1.md";
        var text = site.Read(path);
        var after = DateOnly.FromDateTime(DateTime.Now);
        Assert.Contains("title: \"Japan's AI bet: \\\"¥1tn\\\" #1\"\n", text, StringComparison.Ordinal);
        Assert.True(text.Contains($"date: {before:yyyy-MM-dd}\n", StringComparison.Ordinal) || text.Contains($"date: {after:yyyy-MM-dd}\n", StringComparison.Ordinal), text);
        Assert.Contains("draft: true\n", text, StringComparison.Ordinal);

        var result = Build(site, drafts: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Japan&#39;s AI bet: &quot;¥1tn&quot; #1", result.Page("briefings/japans-ai-bet-1tn-1/index.html"), StringComparison.Ordinal);
        Assert.Equal(0, result.ErrorCount);
        Assert.Contains($"{path}(10,1): warning BRF2009: paragraph cites no source; add [@source-id] after the statement it supports", result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Build(site, drafts: false).Site!.Files.ContainsKey("briefings/japans-ai-bet-1tn-1/index.html"));
    }

    [Fact]
    public void NewBriefing_ExplicitSlug_UsesIt()
    {
        using var site = new TempSite(Basics);

        var (code, _, _) = Run("new", "briefing", "日本の AI", "--slug", "japan-ai", "--input", site.Input);

        Assert.Equal(0, code);
        Assert.Contains("title: \"日本の AI\"", site.Read("input/briefings/japan-ai.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewBriefing_FileExists_RefusesAndKeepsIt()
    {
        using var site = new TempSite(Basics);
        site.Write("input/briefings/first-look.md", "mine");

        var (code, _, stderr) = Run("new", "briefing", "First look", "--input", site.Input);

        Assert.Equal(1, code);
        Assert.Contains("first-look.md already exists; it was left unchanged", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", site.Read("input/briefings/first-look.md"));
    }

    [Theory]
    [InlineData("日本")]
    [InlineData("   ")]
    public void NewBriefing_TitleWithoutAddress_IsUsageError(string title)
    {
        using var site = new TempSite(Basics);

        var (code, _, stderr) = Run("new", "briefing", title, "--input", site.Input);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "briefings")) && Directory.EnumerateFiles(Path.Combine(site.Input, "briefings")).Any());
    }

    [Fact]
    public void NewEntity_ValidId_CreatesEntityThatBuildsAndLinks()
    {
        using var site = new TempSite(Basics);

        var (code, stdout, stderr) = Run("new", "entity", "toyota-motor", "--kind", "company", "--input", site.Input);

        Assert.True(code == 0, stderr);
        Assert.Contains("[[toyota-motor]]", stdout, StringComparison.Ordinal);
        Assert.StartsWith("name: \"Toyota Motor\"\nkind: company\n", site.Read("input/entities/toyota-motor.yml"), StringComparison.Ordinal);
        site.Write("input/briefings/a.md", "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n\n[[toyota-motor]] builds cars [@wire-2026].\n");
        var result = Build(site, drafts: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(">Toyota Motor</a>", result.Page("briefings/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("Toyota Motor", result.Page("entities/toyota-motor/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Toyota")]
    [InlineData("toyota_motor")]
    [InlineData("-toyota")]
    [InlineData("toyota--motor")]
    [InlineData("../toyota")]
    public void NewEntity_InvalidId_IsUsageError(string id)
    {
        using var site = new TempSite(Basics);

        var (code, _, stderr) = Run("new", "entity", id, "--kind", "company", "--input", site.Input);

        Assert.Equal(2, code);
        Assert.Contains($"error: id '{id}' is not allowed: {Ids.Rule}", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "entities")));
    }

    [Fact]
    public void NewEntity_UnknownKind_IsUsageErrorWithSuggestion()
    {
        using var site = new TempSite(Basics);

        var (code, _, stderr) = Run("new", "entity", "toyota", "--kind", "compnay", "--input", site.Input);

        Assert.Equal(2, code);
        Assert.Contains("kind 'compnay' is not one of company, bank,", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'company'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewEntity_MissingKind_IsUsageError()
    {
        using var site = new TempSite(Basics);

        var (code, _, _) = Run("new", "entity", "toyota", "--input", site.Input);

        Assert.Equal(2, code);
    }

    [Fact]
    public void NewEntity_FileExists_RefusesAndKeepsIt()
    {
        using var site = new TempSite(Basics);
        site.Write("input/entities/toyota.yml", "mine");

        var (code, _, stderr) = Run("new", "entity", "toyota", "--kind", "company", "--input", site.Input);

        Assert.Equal(1, code);
        Assert.Contains("toyota.yml already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", site.Read("input/entities/toyota.yml"));
    }

    [Fact]
    public void New_MissingInputFolder_IsUsageError()
    {
        using var site = new TempSite(Basics);

        var (code, _, stderr) = Run("new", "briefing", "A title", "--input", Path.Combine(site.Root, "nowhere"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Japan's AI bet: ¥1tn", "japans-ai-bet-1tn")]
    [InlineData("  SoftBank — the money  ", "softbank-the-money")]
    [InlineData("NEC, Sony & Honda", "nec-sony-honda")]
    [InlineData("日本", "")]
    public void Slug_Title_GivesAddress(string title, string slug)
    {
        Assert.Equal(slug, Briefing.Commands.NewCommand.Slug(title));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static BuildResult Build(TempSite site, bool drafts)
    {
        var bag = new DiagnosticBag();
        var input = InputReader.Read(site.Input, site.Theme, site.Root, bag);
        return SiteBuilder.Build(input, new BuildOptions(Drafts: drafts), bag);
    }
}
