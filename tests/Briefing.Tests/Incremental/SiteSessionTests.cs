using System.Text;
using Briefing.Engine;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Incremental;

/// <summary>A session's rebuild after each kind of edit is byte for byte the full build of the same input, and redoes only what the edit reaches.</summary>
public sealed class SiteSessionTests
{
    private const string Overview = "input/briefings/overview.md";

    internal const string NewBriefing = """
        ---
        title: "A new briefing on <Honda> & co"
        date: 2026-06-30
        summary: "Fresh summary."
        entities: [honda]
        topics: [fresh]
        ---

        ## Fresh heading

        [[honda|Honda]] said something new [@nextfin-consortium]. See [the overview](/briefings/overview/#what-is-happening).
        """;

    public static TheoryData<string, Func<SiteInput, SiteInput>> Edits => new()
    {
        { "briefing body", s => s.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies") },
        { "briefing body gains words", s => s.Replace(Overview, "Japan is arriving late, but with its own method.", "Japan is arriving late, but with its own method, and knows it.") },
        { "briefing heading", s => s.Replace(Overview, "## Why now", "## Why this year") },
        { "briefing body links another entity", s => s.Replace(Overview, "[[openai]]:", "[[sony]]:") },
        { "translation body", s => s.Replace("input/briefings/overview.ja.md", "日本を代表する企業の一部が", "日本を代表する企業のいくつかが") },
        { "page body", s => s.Replace("input/pages/methodology.md", "Each paragraph that states a fact", "Every paragraph that states a fact") },
        { "briefing title", s => s.Replace(Overview, "title: \"Japan Inc. bets on a sovereign physical-AI model\"", "title: \"Japan Inc. bets big\"") },
        { "briefing date reorders lists", s => s.Replace(Overview, "date: 2026-11-23", "date: 2020-01-01") },
        { "briefing cites another source", s => s.Replace(Overview, "[@nextfin-consortium]. This site", "[@phoenix-tech-2026]. This site") },
        { "briefing drops an entity", s => s.Replace(Overview, "entities: [softbank-corp, honda, nec, sony, physical-ai-venture, nedo]", "entities: [softbank-corp, nec, sony, physical-ai-venture, nedo]") },
        { "briefing names fewer related briefings", s => s.Replace(Overview, "related: [members-and-stakes, the-money, reading-the-reports]", "related: [members-and-stakes]") },
        { "briefing's topics change which briefings are related", s => s.Replace("input/briefings/data-residency-sakai.md", "topics: [data-residency, infrastructure, compute]", "topics: [risks, governance, analysis]") },
        { "new briefing", s => s.Add("input/briefings/fresh.md", NewBriefing) },
        { "deleted briefing", s => s.Remove("input/briefings/the-money.md") },
        { "entity name", s => s.Replace("input/entities/honda.yml", "name: Honda Motor Co.", "name: Honda Motor Company") },
        { "entity relation", s => s.Replace("input/entities/honda.yml", "    type: invests-in", "    type: funds") },
        { "source title", s => s.Replace("input/sources.yml", "title: \"Nationwide push to build domestic AI models", "title: \"Push to build domestic AI models") },
        { "timeline event", s => s.Replace("input/timeline.yml", "title: The SoftBank-led venture seeks a place in the NEDO programme", "title: The venture applies to the NEDO programme") },
        { "claim", s => s.Replace("input/claims.yml", "value: \"8 investors\"", "value: \"eight investors\"") },
        { "site title", s => s.Replace("input/site.yml", "title: \"Japan's Sovereign Physical-AI Bet\"", "title: \"Physical AI\"") },
        { "partial", s => s.Replace("theme/partials/briefing-card.html", "<li class=\"card\">", "<li class=\"card card-new\">") },
        { "layout", s => s.Replace("theme/layouts/entity.html", "{{ include 'partials/references.html' }}", "<p>Profile.</p>\n  {{ include 'partials/references.html' }}") },
        { "partial made once per section", s => s.Replace("theme/partials/masthead.html", "<nav aria-label", "<nav class=\"menu\" aria-label") },
        { "base layout", s => s.Replace("theme/layouts/base.html", "<a class=\"skip-link\"", "<a class=\"skip-link new\"") },
        { "stylesheet", s => s.Edit("theme/assets/site.css", css => css + "\n.new { color: red; }\n") },
        { "a template's text in the language file", s => s.Replace("theme/i18n/en.yml", "    kicker: A sourced briefing", "    kicker: A briefing with its sources") },
        { "a template names a text the language file lacks", s => s.Replace("theme/layouts/topics.html", "'templates.topics.all'", "'templates.topics.every'") },
        { "template links to a missing page", s => s.Replace("theme/partials/briefing-card.html", "  <h3>", "  <a href=\"/nowhere/\">x</a>\n  <h3>") },
        { "template links to a missing anchor", s => s.Replace("theme/layouts/timeline.html", "{{ include 'partials/references.html' }}", "<a href=\"/claims/#no-such-claim\">x</a>\n{{ include 'partials/references.html' }}") },
        { "unknown entity breaks the build", s => s.Replace(Overview, "[[softbank-corp]] is leading", "[[softbank-crop]] is leading") },
        { "template syntax error", s => s.Replace("theme/partials/briefing-card.html", "{{ card.title }}", "{{ card.title ") },
        { "front matter error", s => s.Replace(Overview, "\ntopics:", "\ntopicz:") },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Build_AfterEdit_EqualsFullBuildOfSameInput(string edit, Func<SiteInput, SiteInput> change)
    {
        var options = new BuildOptions();
        var session = new SiteSession(options);
        var original = SiteEdits.RealSite();
        AssertSameAsFullBuild(session.Build(original), original, options, "first build");

        var edited = change(original);
        AssertSameAsFullBuild(session.Build(edited), edited, options, edit);

        // Undoing the edit must also give the full build: a page cached before the edit must not come back stale.
        AssertSameAsFullBuild(session.Build(original), original, options, edit + ", undone");
    }

    [Fact]
    public void Build_ManyEditsInSequence_EachEqualsFullBuild()
    {
        var options = new BuildOptions(Drafts: true, BaseUrl: "https://preview.test");
        var session = new SiteSession(options);
        var site = SiteEdits.RealSite();
        AssertSameAsFullBuild(session.Build(site), site, options, "first build");
        foreach (var (name, change) in Edits.Select(row => ((string)row[0], (Func<SiteInput, SiteInput>)row[1])))
        {
            site = change(site);
            AssertSameAsFullBuild(session.Build(site), site, options, name);
        }
    }

    [Fact]
    public void Build_BriefingBodyEdited_ParsesOneFileAndRendersOnlyThatPage()
    {
        var session = new SiteSession(new BuildOptions());
        var original = SiteEdits.RealSite();
        session.Build(original);
        var first = session.LastStatistics!;
        Assert.Equal(0, first.PagesReused);

        var result = session.Build(original.Replace(Overview, "Some of Japan's best-known companies", "Several of Japan's best-known companies"));

        Assert.True(result.Succeeded);
        Assert.Contains("Several of Japan", Encoding.UTF8.GetString(result.Site!.Files["briefings/overview/index.html"]), StringComparison.Ordinal);
        var stats = session.LastStatistics!;
        Assert.Equal(1, stats.FilesParsed);
        Assert.Equal(1, stats.PagesRendered);
        Assert.Equal(first.PagesRendered - 1, stats.PagesReused);
    }

    [Fact]
    public void Build_EntityRenamed_RendersThePagesThatShowItsName()
    {
        var session = new SiteSession(new BuildOptions());
        var original = SiteEdits.RealSite();
        var before = session.Build(original);

        // The short name is the one prose and lists show; the entity's own page shows its legal name.
        var after = session.Build(original.Replace("input/entities/honda.yml", "short_name: \"Honda\"", "short_name: \"Honda Motor\""));

        var changed = after.Site!.Files.Where(f => !before.Site!.Files[f.Key].AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).ToList();
        Assert.Contains("briefings/overview/index.html", changed);
        Assert.Contains("entities/index.html", changed);
        Assert.DoesNotContain("sources/phoenix-tech-2026/index.html", changed);

        // A view may hold the name without showing it (the sources index keeps each source's "cited in"
        // titles), so a page or two more than changed may render again; none of the rest may.
        var changedPages = changed.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        Assert.InRange(session.LastStatistics!.PagesRendered, changedPages, changedPages + 2);
    }

    [Fact]
    public void Build_PartialEdited_RendersOnlyPagesThatIncludeIt()
    {
        var session = new SiteSession(new BuildOptions());
        var original = SiteEdits.RealSite();
        session.Build(original);
        var all = session.LastStatistics!.PagesRendered;

        var result = session.Build(original.Replace("theme/partials/claim.html", "<", "<!-- claim -->\n<"));

        Assert.True(result.Succeeded);
        var including = result.Site!.Files.Count(f => Encoding.UTF8.GetString(f.Value).Contains("<!-- claim -->", StringComparison.Ordinal));
        Assert.InRange(including, 1, all - 1);
        Assert.Equal(including, session.LastStatistics!.PagesRendered);
    }

    [Fact]
    public void Build_NothingChanged_ReusesEveryFileAndPage()
    {
        var session = new SiteSession(new BuildOptions());
        var site = SiteEdits.RealSite();
        session.Build(site);

        session.Build(SiteEdits.RealSite());

        var stats = session.LastStatistics!;
        Assert.Equal(0, stats.FilesParsed);
        Assert.Equal(0, stats.PagesRendered);
        Assert.True(stats.PagesReused > 20);
    }

    [Fact]
    public void Build_AfterFailedBuild_RecoversWithFullBuildOutput()
    {
        var options = new BuildOptions();
        var session = new SiteSession(options);
        var site = SiteEdits.RealSite();
        session.Build(site);

        var broken = session.Build(site.Replace("theme/layouts/base.html", "{{ content }}", "{{ content "));
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "BRF3001");

        AssertSameAsFullBuild(session.Build(site), site, options, "recovered");
    }

    private static void AssertSameAsFullBuild(BuildResult incremental, SiteInput input, BuildOptions options, string what)
    {
        var full = SiteBuilder.Build(input, options);
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(full.Succeeded, incremental.Succeeded);
        if (full.Site is null)
        {
            Assert.Null(incremental.Site);
            return;
        }

        Assert.NotNull(incremental.Site);
        Assert.Equal(full.Site.Files.Keys, incremental.Site.Files.Keys);
        foreach (var (path, bytes) in full.Site.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(incremental.Site.Files[path]), $"{what}: {path} differs from the full build");
        }
    }
}
