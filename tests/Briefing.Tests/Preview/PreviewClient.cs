using Briefing.Publishing;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Briefing.Engine;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

/// <summary>A preview of a <see cref="TempSite"/> on a free port, with an HTTP client and an open event stream like a page's.</summary>
public sealed class PreviewClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly StringWriter _stdout;
    private readonly StringWriter _stderr;
    private StreamReader? _events;

    private PreviewClient(PreviewServer server, StringWriter stdout, StringWriter stderr)
    {
        Server = server;
        _stdout = stdout;
        _stderr = stderr;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = Timeout };
    }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>What the preview printed; the writers are synchronised by the server.</summary>
    public string Log
    {
        get
        {
            lock (_stdout)
            {
                lock (_stderr)
                {
                    return _stdout + _stderr.ToString();
                }
            }
        }
    }

    public static async Task<PreviewClient> StartAsync(TempSite site, IReadOnlyList<HeaderRule>? headers = null, BuildOptions? build = null)
    {
        var options = new PreviewOptions(site.Input, site.Theme, site.Root, build ?? new BuildOptions()) { Port = 0 };
        if (headers is not null)
        {
            options = options with { HeaderRules = headers };
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource(Timeout);
        var server = await PreviewServer.StartAsync(options, stdout, stderr, cancel: cancel.Token);
        return new PreviewClient(server, stdout, stderr);
    }

    /// <summary>Opens the event stream and reads its greeting; returns the build number the server is at.</summary>
    public async Task<int> ConnectAsync()
    {
        var stream = await Http.GetStreamAsync(new Uri("/__preview/events", UriKind.Relative));
        _events = new StreamReader(stream);
        return await NextEventAsync(PreviewEvent.Hello);
    }

    /// <summary>Waits (bounded) for the next event; fails if a different one arrives.</summary>
    public async Task<int> NextEventAsync(string expected)
    {
        var events = _events ?? throw new InvalidOperationException("connect first");
        using var timeout = new CancellationTokenSource(Timeout);
        string? name = null;
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Assert.True(name == expected, $"expected event '{expected}', got '{name}'. Log:\n{Log}");
                return int.Parse(line["data: ".Length..], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends a request exactly as written, bypassing the client's own path clean-up.</summary>
    public async Task<(int Status, string Text)> RawAsync(string target, string? host = null)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(Timeout);
        await tcp.ConnectAsync(Server.Address.Host, Server.Address.Port, timeout.Token);
        var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? Server.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(timeout.Token);
        var status = int.Parse(text.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, text);
    }

    public async ValueTask DisposeAsync()
    {
        _events?.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
