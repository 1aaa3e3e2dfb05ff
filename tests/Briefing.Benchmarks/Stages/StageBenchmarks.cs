using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Briefing.Benchmarks.Stages;

/// <summary>
/// Each stage of a build of 1,000 generated briefings on its own. In-process, so BenchmarkDotNet does
/// not generate and compile a project of its own under this repository's strict build settings.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1852 // BenchmarkDotNet runs public, unsealed classes.
public class StageBenchmarks
#pragma warning restore CA1852
{
    private StageFixture _fixture = null!;

    [GlobalSetup]
    public void Setup() => _fixture = new StageFixture(1000);

    [Benchmark(Description = "read (disk → bytes)")]
    public object Read() => _fixture.Read();

    [Benchmark(Description = "load (YAML, front matter, Markdown parse)")]
    public object Load() => _fixture.Load();

    [Benchmark(Description = "resolve (links, citations, backlinks)")]
    public object Resolve() => _fixture.Resolve();

    [Benchmark(Description = "Markdown render (briefing bodies)")]
    public long MarkdownRender() => _fixture.RenderMarkdown();

    [Benchmark(Description = "render (Markdown + templates + feeds + link check)")]
    public object Render() => _fixture.Render();

    [Benchmark(Description = "link check (rendered HTML)")]
    public void LinkCheck() => _fixture.CheckLinks();

    [Benchmark(Description = "write (staging folder + swap)")]
    public void Write() => _fixture.Write();

    public static void RunAll(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1))
            .WithArtifactsPath(Path.Combine(RepoRoot.Artifacts, "stages"));
        BenchmarkSwitcher.FromTypes([typeof(StageBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    }
}
