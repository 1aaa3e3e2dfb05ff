using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>A message to open pages: <c>reload</c> after a good build, <c>failed</c> after a bad one; data is the build number.</summary>
public sealed record PreviewEvent(string Name, int Build)
{
    public const string Hello = "hello";
    public const string Reload = "reload";
    public const string Failed = "failed";

    /// <summary>The Server-Sent Events form: <c>event: reload\ndata: 3\n\n</c>.</summary>
    public string ToServerSentEvent() => $"event: {Name}\ndata: {Build}\n\n";
}

/// <summary>The open event streams; a build's outcome goes to every one of them.</summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Channel<PreviewEvent>, byte> _clients = new();

    public int Count => _clients.Count;

    public Channel<PreviewEvent> Subscribe()
    {
        // A page only needs the newest event; a slow reader never holds the others up.
        var channel = Channel.CreateBounded<PreviewEvent>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients.TryAdd(channel, 0);
        return channel;
    }

    public void Unsubscribe(Channel<PreviewEvent> channel)
    {
        _clients.TryRemove(channel, out _);
        channel.Writer.TryComplete();
    }

    public void Publish(PreviewEvent message)
    {
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }
}
