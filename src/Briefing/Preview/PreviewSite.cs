using System.Diagnostics;
using Briefing.Commands;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;

namespace Briefing.Preview;

/// <summary>
/// Builds the site for the preview with one <see cref="SiteSession"/>, keeps what is served, reports each
/// build in the terminal and tells open pages. A failed build leaves the last good site in place.
/// </summary>
internal sealed class PreviewSite
{
    private readonly PreviewOptions _options;
    private readonly SiteSession _session;
    private readonly ReloadHub _hub;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Lock _building = new();
    private volatile PreviewSnapshot _current = new(0, null, []);

    public PreviewSite(PreviewOptions options, ReloadHub hub, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _session = new SiteSession(options.Build);
        _hub = hub;
        _stdout = stdout;
        _stderr = stderr;
    }

    public InputCache Files { get; } = new();

    public PreviewSnapshot Current => _current;

    public BuildStatistics? Statistics => _session.LastStatistics;

    /// <summary>Reads what changed, builds, and if what a reader would see changed, serves it and tells open pages. One build at a time.</summary>
    /// <param name="superseded">True when a newer save is already waiting: a failed build is then not shown, since it may have read a file half written.</param>
    public PreviewSnapshot Rebuild(IProgress<BuildProgress>? progress = null, Func<bool>? superseded = null)
    {
        lock (_building)
        {
            return RebuildNow(progress, superseded);
        }
    }

    private PreviewSnapshot RebuildNow(IProgress<BuildProgress>? progress, Func<bool>? superseded)
    {
        var clock = Stopwatch.StartNew();
        if (Build(progress) is not { } result || (!result.Succeeded && superseded?.Invoke() == true))
        {
            return _current;
        }

        var previous = _current;
        var next = result.Succeeded
            ? new PreviewSnapshot(previous.Build + 1, result.Site, []) { Warnings = result.Diagnostics, DraftPages = DraftPages(result) }
            : new PreviewSnapshot(previous.Build + 1, previous.Site, result.Diagnostics) { DraftPages = previous.DraftPages };
        var changed = previous.Build == 0 || !next.SameAs(previous);
        if (changed)
        {
            _current = next;
        }

        // The terminal has the build's report before any page hears of it, so a writer (or a test) who
        // reloads on the event finds the same errors in both places.
        Report(result, clock.ElapsedMilliseconds, changed);
        if (changed)
        {
            _hub.Publish(new PreviewEvent(next.Failed ? PreviewEvent.Failed : PreviewEvent.Reload, next.Build));
        }

        return _current;
    }

    /// <summary>The pages of the drafts the build published, each with its draft's file, for the preview to mark.</summary>
    private Dictionary<string, string> DraftPages(BuildResult result) =>
        _options.Build.Drafts
            ? result.Drafts.ToDictionary(d => d.PagePath, d => d.Path, StringComparer.Ordinal)
            : [];

    /// <returns>Null when the folders could not be read at all (a folder renamed or a file locked mid-save).</returns>
    private BuildResult? Build(IProgress<BuildProgress>? progress)
    {
        var diagnostics = new DiagnosticBag();
        SiteInput input;
        try
        {
            input = InputReader.Read(_options.InputFolder, _options.ThemeFolder, _options.Root, diagnostics, Files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The save that caused this reports itself again when it completes; until then the page stays as it is.
            Files.InvalidateAll();
            _stderr.WriteLine($"Could not read the input ({ex.Message}); the next save tries again.");
            return null;
        }

        // A file that could not be read is reported with the rest; only with no input or theme at all is there nothing to build.
        return diagnostics.HasErrors && (input.Content.Count == 0 || input.Theme.Count == 0)
            ? new BuildResult(diagnostics.Sorted(_options.Build.Strict), null)
            : _session.Build(input, diagnostics, progress);
    }

    private void Report(BuildResult result, long milliseconds, bool changed)
    {
        DiagnosticPrinter.Print(result, _stderr);
        var time = DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            _stderr.WriteLine(_current.Site is null
                ? $"[{time}] Build failed; open pages show the errors until the next good save."
                : $"[{time}] Build failed; still serving the last good site, with the errors over every page.");
            return;
        }

        var stats = _session.LastStatistics;
        var work = stats is null ? string.Empty : $": {DiagnosticPrinter.Plural(stats.FilesParsed, "file")} parsed{(stats.MarkdownReused > 0 ? $" ({stats.MarkdownReused} of their Markdown texts from the build cache)" : string.Empty)}, {DiagnosticPrinter.Plural(stats.PagesRendered, "page")} rendered, {stats.PagesReused} reused";
        _stdout.WriteLine(changed
            ? $"[{time}] Built in {milliseconds} ms{work}."
            : $"[{time}] Built in {milliseconds} ms; nothing a reader sees changed.");
    }
}
