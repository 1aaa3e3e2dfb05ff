using System.Net;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Incremental;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Preview;

/// <summary>
/// The live preview: builds the site, serves it from memory on 127.0.0.1, watches the input and theme
/// folders, rebuilds after each save and tells open pages to reload. Nothing is written to disk.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly PreviewSite _site;
    private readonly ChangeWatcher _watcher;
    private readonly ReloadHub _hub;

    private PreviewServer(WebApplication app, CancellationTokenSource stopping, PreviewSite site, ReloadHub hub, ChangeWatcher watcher, Uri address)
    {
        _hub = hub;
        _app = app;
        _stopping = stopping;
        _site = site;
        _watcher = watcher;
        Address = address;
    }

    /// <summary>Where the preview listens, e.g. http://127.0.0.1:5080/ (with the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    public PreviewSnapshot Current => _site.Current;

    /// <summary>How many pages are listening for reloads.</summary>
    public int OpenEventStreams => _hub.Count;

    /// <summary>What the latest build parsed and rendered again.</summary>
    public BuildStatistics? Statistics => _site.Statistics;

    /// <summary>Builds once, starts serving and watching. Build problems are reported, not thrown; a port in use throws <see cref="IOException"/>.</summary>
    /// <param name="progress">Told how the first, full build gets on.</param>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter stdout, TextWriter stderr, IProgress<BuildProgress>? progress = null, CancellationToken cancel = default)
    {
        stdout = TextWriter.Synchronized(stdout);
        stderr = TextWriter.Synchronized(stderr);
        var hub = new ReloadHub();
        var site = new PreviewSite(options, hub, stdout, stderr);

        // Watching starts before the first build, so a save made while it runs is not missed.
        ChangeWatcher? watcher = null;
        watcher = new ChangeWatcher(
            [options.InputFolder, options.ThemeFolder],
            options.Debounce,
            path =>
            {
                if (path is null)
                {
                    site.Files.InvalidateAll();
                }
                else
                {
                    site.Files.Invalidate(path);
                }
            },
            () => Rebuild(site, () => watcher?.Pending == true, stderr));
        site.Rebuild(progress);

        var stopping = new CancellationTokenSource();
        var responder = new PreviewResponder(options, () => site.Current, hub, stopping.Token);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(options.Root) });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.Run(responder.HandleAsync);
        try
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch
        {
            await watcher.DisposeAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, stopping, site, hub, watcher, new Uri(bound.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.DisposeAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static void Rebuild(PreviewSite site, Func<bool> superseded, TextWriter stderr)
    {
        try
        {
            site.Rebuild(superseded: superseded);
        }
#pragma warning disable CA1031 // A bug in one rebuild must not end the preview; it is shown and the next save tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error: the rebuild failed unexpectedly: {ex}");
        }
    }
}
