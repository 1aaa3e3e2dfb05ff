using System.CommandLine;
using System.Diagnostics;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;

namespace Briefing.Commands;

/// <summary>
/// <c>build</c> renders and writes the site; <c>check</c> runs every validation and writes nothing. Both leave
/// out drafts unless given <c>--drafts</c>, but <c>check</c> then checks the drafts as well and reports their problems apart.
/// </summary>
internal static class BuildCommand
{
    /// <param name="interactive">Standard error is a terminal: long builds show their progress there.</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, bool writeOutput, bool interactive = false)
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output") { Description = "Folder the site is written to (replaced whole, or only its changed files with the build cache, once every check has passed)", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute site address for canonical links, feed and sitemap (default: Netlify's deploy address, else site.yml base_url)" };
        var command = writeOutput
            ? new Command("build", "Validate, render and write the site")
            : new Command("check", "Validate everything and write nothing");
        site.AddTo(command);
        command.Options.Add(baseUrl);
        if (writeOutput)
        {
            SiteOptions.RequireFolder(output);
            command.Options.Add(output);
        }

        command.SetAction(parse =>
        {
            var explicitBaseUrl = parse.GetValue(baseUrl);
            var clock = Stopwatch.StartNew();
            var root = Directory.GetCurrentDirectory();
            var bag = new DiagnosticBag();
            var input = InputReader.Read(parse.GetValue(site.Input)!, parse.GetValue(site.Theme)!, root, bag);
            var deploy = DeployContext.FromEnvironment(explicitBaseUrl);
            // check reads the build cache and writes nothing to it: it decodes and encodes every image to check it,
            // since only a build that writes keeps encoded images.
            var options = new BuildOptions(parse.GetValue(site.Drafts), parse.GetValue(site.Strict), deploy.BaseUrl, deploy.NoIndex, writeOutput ? site.ImageCache(parse) : null, site.OutputCache(parse), site.MarkdownCache(parse), site.SearchCache(parse), site.RelatedCache(parse));
            BuildOutcome result;
            IEnumerable<string>? files = null;
            IReadOnlyList<Diagnostic> draftProblems = [];
            using (var progress = ProgressDisplay.ForConsole(stderr, interactive))
            {
                // A file that could not be read is one problem among the rest; only with no input or theme at all is there nothing to build.
                if (bag.HasErrors && (input.Content.Count == 0 || input.Theme.Count == 0))
                {
                    result = new WriteResult(bag.Sorted(options.Strict), null);
                }
                else if (writeOutput)
                {
                    var written = SiteBuilder.BuildAndWrite(input, options, parse.GetValue(output)!, [parse.GetValue(site.Input)!, parse.GetValue(site.Theme)!], progress: progress, diagnostics: bag);
                    (result, files) = (written, written.Files);
                }
                else
                {
                    var built = SiteBuilder.Check(input, options, bag, progress);
                    (result, files) = (built, built.Files);
                    draftProblems = DraftReport.Problems(input, options, built);
                }
            }

            DiagnosticPrinter.Print(result with { Diagnostics = DraftReport.Marked(result.Diagnostics, result.Drafts, options) }, stderr, draftProblems);
            if (!result.Succeeded)
            {
                stderr.WriteLine(writeOutput ? "Build failed; the previous output is unchanged." : "Check failed.");
                return ExitCodes.ContentErrors;
            }

            var made = files!.ToList();
            var pages = made.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
            stdout.WriteLine(writeOutput
                ? $"Built {DiagnosticPrinter.Plural(pages, "page")} ({DiagnosticPrinter.Plural(made.Count, "file")}) into {parse.GetValue(output)} in {clock.ElapsedMilliseconds} ms."
                : $"Checked {DiagnosticPrinter.Plural(pages, "page")}: no errors.");
            if (result is WriteResult { PagesReused: > 0 } update)
            {
                stdout.WriteLine($"From the build cache: {DiagnosticPrinter.Plural(update.PagesRendered, "page")} rendered, {update.PagesReused} unchanged; {DiagnosticPrinter.Plural(update.FilesWritten, "file")} written.");
            }

            if (result is WriteResult { MarkdownParsed: var parsed, MarkdownReused: var reused } && parsed + reused > 0)
            {
                stdout.WriteLine($"Markdown: {parsed} parsed, {reused} from the cache.");
            }

            if (result is WriteResult { SearchSplit: var split, SearchReused: var kept } && split + kept > 0)
            {
                stdout.WriteLine($"Search: {DiagnosticPrinter.Plural(split, "document")} split into terms, {kept} from the cache.");
            }

            if (writeOutput && result.ImagesEncoded + result.ImagesReused > 0)
            {
                stdout.WriteLine($"Images: {result.ImagesEncoded} encoded, {result.ImagesReused} from the cache.");
            }

            if (DraftReport.NotPublished(result.Drafts, options) is { } notPublished)
            {
                stdout.WriteLine(writeOutput
                    ? notPublished
                    : $"Checked {DiagnosticPrinter.Plural(result.Drafts.Count, "draft")} too: {(draftProblems.Count == 0 ? "no problems" : DiagnosticPrinter.Counts(draftProblems) + ", listed above")}; drafts are not published, so they do not fail the check.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
