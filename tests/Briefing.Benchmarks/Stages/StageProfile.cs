using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;
using Briefing.Engine.Resolution;
using Briefing.Benchmarks.Corpus;

namespace Briefing.Benchmarks.Stages;

/// <summary>
/// One build in-process with a Stopwatch around each stage, then the same build again once the code
/// is jitted: a quick way to see which stage dominates before reaching for BenchmarkDotNet.
/// </summary>
internal static class StageProfile
{
    public static void Run(int briefings, int passes, TextWriter stdout)
    {
        var folder = Path.Combine(RepoRoot.Artifacts, $"profile-{briefings}");
        var input = Path.Combine(folder, "input");
        SyntheticCorpus.WriteTo(SyntheticCorpus.Generate(briefings), input);
        for (var pass = 1; pass <= passes; pass++)
        {
            stdout.WriteLine(pass == 1 ? $"First build of {briefings:N0} briefings (includes JIT):" : "Again:");
            var diagnostics = new DiagnosticBag();
            var site = Time(stdout, "read", () => InputReader.Read(input, RepoRoot.Theme, folder, diagnostics));
            var loaded = Time(stdout, "load", () => SiteLoader.Load(site, diagnostics, includeDrafts: false, progress: null, memo: NoLoadMemo.Instance));
            var resolved = Time(stdout, "resolve", () => SiteResolver.Resolve(loaded, diagnostics));
            var rendered = Time(stdout, "render", () => SiteRenderer.Render(new SiteEditions(resolved, []), new RenderOptions(), diagnostics, progress: null, NoRenderMemo.Instance));
            var entities = resolved.Entities.ToDictionary(e => e.Entity.Id, e => new EntityTarget(e.Entity.Name, e.Url), StringComparer.Ordinal);
            Time(stdout, "  of which Markdown HTML", () =>
            {
                // Rendered from each tree while loading; a page fills in its entity links and citations as it writes the HTML into its UTF-8.
                Parallel.For(0, resolved.Briefings.Count, i =>
                {
                    var page = resolved.Briefings[i];
                    page.Briefing.Body.Html.WriteTo(new ArrayBufferWriter<byte>(32 * 1024), new PageContext(entities, page.Citations));
                });
                return 0;
            });
            Time(stdout, "  of which link check", () =>
            {
                RenderedLinkChecker.Check(rendered.Files, new Dictionary<string, string>(StringComparer.Ordinal), new DiagnosticBag());
                return 0;
            });
            var output = Path.Combine(folder, "output");
            if (pass == 1 && Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            Time(stdout, pass == 1 ? "write (new folder)" : "write (replacing)", () => new SiteWriter().Write(rendered, output, [input], diagnostics));
            var problems = diagnostics.Sorted(strict: true);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {problems.Count} diagnostics, {rendered.Files.Count} files, {rendered.Files.Values.Sum(f => (long)f.Length) / 1024 / 1024} MiB of output"));
        }

        using var self = Process.GetCurrentProcess();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set {self.PeakWorkingSet64 / 1024 / 1024} MiB; {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections, {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms paused in them."));
    }

    private static T Time<T>(TextWriter stdout, string stage, Func<T> run)
    {
        using var self = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        self.Refresh();
        var cpuMs = (long)(self.TotalProcessorTime - cpu).TotalMilliseconds;
        var mib = (GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024;
        var live = GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-22} {clock.ElapsedMilliseconds,6} ms wall {cpuMs,6} ms CPU {mib,6} MiB allocated {live,6} MiB live after"));
        return result;
    }
}
