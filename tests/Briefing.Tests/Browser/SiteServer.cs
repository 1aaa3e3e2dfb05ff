using Briefing.Publishing;
using Briefing.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Briefing.Tests.Browser;

/// <summary>
/// A small static server for a built site folder on 127.0.0.1 and an ephemeral port, sending the headers
/// netlify.toml publishes the site with (its Content-Security-Policy above all), so the browser enforces
/// them; unknown paths get the site's 404 page, as the host does.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private static readonly IReadOnlyList<HeaderRule> Published = NetlifyConfig.Find(RepoPaths.Root)!.Headers;

    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SiteServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xml"] = "application/xml";

        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in HeaderRule.For(context.Request.Path.Value ?? "/", Published))
            {
                context.Response.Headers[name] = value;
            }

            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            // A language edition's own 404 page, as the host's redirect rules serve it.
            var path = context.Request.Path.Value ?? "/";
            var edition = path.Length > 1 && path.IndexOf('/', 1) is > 1 and var slash ? path[1..slash] + "/404.html" : null;
            await context.Response.SendFileAsync(edition is not null && files.GetFileInfo(edition).Exists ? files.GetFileInfo(edition) : files.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
