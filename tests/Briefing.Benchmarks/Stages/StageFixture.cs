using Briefing.Benchmarks.Corpus;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;

namespace Briefing.Benchmarks.Stages;

/// <summary>A generated corpus on disk and each stage's input, so every stage can be run on its own.</summary>
internal sealed class StageFixture
{
    public StageFixture(int briefings)
    {
        Folder = Path.Combine(RepoRoot.Artifacts, $"stages-{briefings}");
        Input = Path.Combine(Folder, "input");
        Output = Path.Combine(Folder, "output");
        SyntheticCorpus.WriteTo(SyntheticCorpus.Generate(briefings), Input);
        var diagnostics = new DiagnosticBag();
        Site = InputReader.Read(Input, RepoRoot.Theme, Folder, diagnostics);
        Loaded = SiteLoader.Load(Site, diagnostics);
        Resolved = SiteResolver.Resolve(Loaded, diagnostics);
        Rendered = SiteRenderer.Render(Resolved, new RenderOptions(), diagnostics);
        if (diagnostics.Sorted(strict: true) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("the corpus does not build cleanly:\n" + string.Join('\n', problems));
        }
    }

    public string Folder { get; }

    public string Input { get; }

    public string Output { get; }

    public SiteInput Site { get; }

    public LoadedSite Loaded { get; }

    public ResolvedSite Resolved { get; }

    public RenderedSite Rendered { get; }

    public SiteInput Read() => InputReader.Read(Input, RepoRoot.Theme, Folder, new DiagnosticBag());

    public LoadedSite Load() => SiteLoader.Load(Site, new DiagnosticBag());

    public ResolvedSite Resolve() => SiteResolver.Resolve(Loaded, new DiagnosticBag());

    public RenderedSite Render() => SiteRenderer.Render(Resolved, new RenderOptions(), new DiagnosticBag());

    /// <summary>Every briefing's Markdown to HTML with its page's entity links and citation numbers, in parallel.</summary>
    public long RenderMarkdown()
    {
        var entities = Resolved.Entities.ToDictionary(e => e.Entity.Id, e => new EntityTarget(e.Entity.Name, e.Url), StringComparer.Ordinal);
        var lengths = new long[Resolved.Briefings.Count];
        Parallel.For(0, lengths.Length, i =>
        {
            var page = Resolved.Briefings[i];
            lengths[i] = page.Briefing.Body.Html.Fill(new PageContext(entities, page.Citations)).Length;
        });
        return lengths.Sum();
    }

    public void CheckLinks() => RenderedLinkChecker.Check(Rendered.Files, new Dictionary<string, string>(StringComparer.Ordinal), new DiagnosticBag());

    public void Write() => new SiteWriter().Write(Rendered, Output, [Input], new DiagnosticBag());
}
