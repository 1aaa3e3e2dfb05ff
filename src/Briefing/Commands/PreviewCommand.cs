using Briefing.Publishing;
using System.CommandLine;
using Briefing.Engine;
using Briefing.Preview;

namespace Briefing.Commands;

/// <summary>
/// <c>preview</c>: serves the site on 127.0.0.1, rebuilds on every save and reloads open pages. Drafts are
/// shown, marked with a ribbon, unless <c>--no-drafts</c>; warnings are shown in a corner, or as errors with <c>--strict</c>.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var site = new SiteOptions();
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Leave out briefings marked draft: true, as build does" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Serve the site locally, rebuild on every save and reload open pages");
        site.AddTo(command);
        site.Drafts.Description = "Show briefings marked draft: true, each with a draft ribbon (the default)";
        command.Options.Add(noDrafts);
        command.Options.Add(port);
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });

        command.SetAction(async (parse, cancel) =>
        {
            var options = new PreviewOptions(
                parse.GetValue(site.Input)!,
                parse.GetValue(site.Theme)!,
                Directory.GetCurrentDirectory(),
                new BuildOptions(Drafts: !parse.GetValue(noDrafts), Strict: parse.GetValue(site.Strict), ImageCache: site.ImageCache(parse), MarkdownCache: site.MarkdownCache(parse)))
            {
                Port = parse.GetValue(port),

                // The publisher's headers (CSP above all) apply locally too, so a page that breaks them breaks here first.
                HeaderRules = [.. HeaderRule.Defaults, .. NetlifyConfig.Find(Directory.GetCurrentDirectory())?.Headers ?? []],
            };

            PreviewServer server;
            try
            {
                using var progress = ProgressDisplay.ForConsole(stderr, interactive);
                server = await PreviewServer.StartAsync(options, stdout, stderr, progress, cancel).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port} ({ex.Message}); pass --port with a free port, or --port 0 for any");
                return ExitCodes.Usage;
            }

            await using (server.ConfigureAwait(false))
            {
                stdout.WriteLine($"Preview at {server.Address} — watching {options.InputFolder}/ and {options.ThemeFolder}/; press Ctrl+C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    stdout.WriteLine("Preview stopped.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
