using Briefing.Publishing;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace Briefing.Preview;

/// <summary>
/// Answers every request of the preview: the built site from memory (with the reload script, the error
/// overlay while the latest build is broken, its warnings, and a ribbon on drafts), the reload script and overlay stylesheet, and the
/// event stream. Only GET and HEAD, only this server's own host names, only paths inside the site.
/// </summary>
internal sealed class PreviewResponder(PreviewOptions options, Func<PreviewSnapshot> current, ReloadHub hub, CancellationToken stopping)
{
    public const string EventsPath = "/__preview/events";
    public const string ScriptPath = "/__preview/reload.js";
    public const string StylesheetPath = "/__preview/overlay.css";

    private static readonly byte[] Script = Resource("reload.js");
    private static readonly byte[] Stylesheet = Resource("overlay.css");
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!IsOwnHost(request.Host, context.Connection.LocalPort))
        {
            // A page on another site that points a DNS name at 127.0.0.1 must not read the preview.
            await Text(response, StatusCodes.Status421MisdirectedRequest, "This preview answers only to 127.0.0.1 and localhost.\n").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(response, StatusCodes.Status405MethodNotAllowed, "The preview only serves GET and HEAD.\n").ConfigureAwait(false);
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? string.Empty;
        if (!RequestPaths.TryParse(raw, out var path))
        {
            await Text(response, StatusCodes.Status400BadRequest, "Refused: the path leaves the site or is not a site path.\n").ConfigureAwait(false);
            return;
        }

        foreach (var (name, value) in HeaderRule.For(path, options.HeaderRules))
        {
            response.Headers[name] = value;
        }

        switch (path)
        {
            case EventsPath:
                await EventsAsync(context).ConfigureAwait(false);
                break;
            case ScriptPath:
                await Bytes(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Script).ConfigureAwait(false);
                break;
            case StylesheetPath:
                await Bytes(context, StatusCodes.Status200OK, "text/css; charset=utf-8", Stylesheet).ConfigureAwait(false);
                break;
            default:
                await SiteFileAsync(context, path).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The tag every served page gets before &lt;/head&gt;, carrying the build it shows.</summary>
    public static string ScriptTag(int build) => $"<script src=\"{ScriptPath}\" defer data-build=\"{build}\"></script>";

    private async Task SiteFileAsync(HttpContext context, string path)
    {
        var snapshot = current();
        if (snapshot.Site is null)
        {
            var page = snapshot.Failed
                ? ErrorOverlay.Page(snapshot.Errors, ScriptTag(snapshot.Build))
                : $"<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Briefing preview</title>\n{ScriptTag(snapshot.Build)}\n</head>\n<body>\n<p>The site has not been built yet; this page reloads when it is.</p>\n</body>\n</html>\n";
            await Bytes(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page)).ConfigureAwait(false);
            return;
        }

        var files = snapshot.Site.Files;
        var file = path.EndsWith('/') ? path[1..] + "index.html" : path[1..];
        if (files.TryGetValue(file, out var content))
        {
            await Serve(context, StatusCodes.Status200OK, file, content, snapshot).ConfigureAwait(false);
            return;
        }

        if (!path.EndsWith('/') && files.ContainsKey(path[1..] + "/index.html"))
        {
            // Pages live at folder addresses; /briefings/x goes to /briefings/x/ as the host does it.
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = path + "/" + context.Request.QueryString;
            return;
        }

        // A language edition's missing pages get its own 404 page, as the host's redirect rules serve them.
        var slash = path.Length > 1 ? path.IndexOf('/', 1) : -1;
        var notFoundPath = slash > 1 && files.ContainsKey(path[1..slash] + "/404.html") ? path[1..slash] + "/404.html" : "404.html";
        if (files.TryGetValue(notFoundPath, out var notFound))
        {
            await Serve(context, StatusCodes.Status404NotFound, notFoundPath, notFound, snapshot).ConfigureAwait(false);
            return;
        }

        await Text(context.Response, StatusCodes.Status404NotFound, "Not found.\n").ConfigureAwait(false);
    }

    private static Task Serve(HttpContext context, int status, string file, byte[] content, PreviewSnapshot snapshot)
    {
        if (!file.EndsWith(".html", StringComparison.Ordinal))
        {
            var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/xml" or "application/atom+xml")
            {
                type += "; charset=utf-8";
            }

            return Bytes(context, status, type, content);
        }

        return Bytes(context, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(content), file, snapshot)));
    }

    /// <summary>
    /// Adds the reload script and, while the latest build is broken, the error overlay; else its warnings, if any, in a
    /// collapsed panel; and on a draft's page the draft ribbon. The built page itself is never changed.
    /// </summary>
    private static string Inject(string html, string file, PreviewSnapshot snapshot)
    {
        var draft = snapshot.DraftPages.GetValueOrDefault(file);
        var shown = (draft is null ? string.Empty : DraftRibbon.Html(draft))
            + (snapshot.Failed ? ErrorOverlay.Html(snapshot.Errors) : snapshot.Warnings.Count > 0 ? ErrorOverlay.Warnings(snapshot.Warnings) : string.Empty);
        var head = ScriptTag(snapshot.Build) + (shown.Length > 0 ? ErrorOverlay.Stylesheet : string.Empty);
        var headEnd = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = headEnd < 0 ? head + html : html.Insert(headEnd, head);
        if (shown.Length == 0)
        {
            return html;
        }

        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyOpen = body < 0 ? -1 : html.IndexOf('>', body);
        return bodyOpen < 0 ? html + shown : html.Insert(bodyOpen + 1, "\n" + shown);
    }

    private async Task EventsAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!IsSameOrigin(request))
        {
            await Text(response, StatusCodes.Status403Forbidden, "Cross-origin event streams are refused.\n").ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var channel = hub.Subscribe();
        try
        {
            await Write(response, $"retry: 1000\n\n{new PreviewEvent(PreviewEvent.Hello, current().Build).ToServerSentEvent()}", ended.Token).ConfigureAwait(false);
            while (!ended.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    var message = await channel.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                    await Write(response, message.ToServerSentEvent(), ended.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ended.IsCancellationRequested)
                {
                    await Write(response, ": keep-alive\n\n", ended.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the preview is stopping.
        }
        finally
        {
            hub.Unsubscribe(channel);
        }
    }

    private static bool IsOwnHost(HostString host, int localPort) =>
        host.HasValue
        && (string.Equals(host.Host, "127.0.0.1", StringComparison.Ordinal) || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        && (host.Port ?? 80) == localPort;

    /// <summary>An event stream only for this preview's own pages: a browser names the page's origin, and says whether it is another site's.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"http://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task Write(HttpResponse response, string text, CancellationToken cancel)
    {
        await response.WriteAsync(text, cancel).ConfigureAwait(false);
        await response.Body.FlushAsync(cancel).ConfigureAwait(false);
    }

    private static Task Text(HttpResponse response, int status, string text) =>
        Bytes(response.HttpContext, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

    private static async Task Bytes(HttpContext context, int status, string contentType, byte[] content)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Briefing.Preview.{name}")
            ?? throw new InvalidOperationException($"the preview resource '{name}' is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
