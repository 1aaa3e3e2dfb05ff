using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>
/// Watches folders and runs one rebuild per burst of changes: the first change starts a short quiet
/// period, changes during it extend it (up to a limit, so a file written continuously cannot starve
/// the preview), and changes during a rebuild cause exactly one more.
/// </summary>
internal sealed class ChangeWatcher : IAsyncDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="changed">Told each changed path (or null after the watcher lost track) as soon as it is reported.</param>
    /// <param name="rebuild">Runs after each quiet period, never twice at once.</param>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<string?> changed, Action rebuild)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Notify(e.FullPath);
            watcher.Created += (_, e) => Notify(e.FullPath);
            watcher.Deleted += (_, e) => Notify(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Notify(e.OldFullPath);
                Notify(e.FullPath);
            };
            watcher.Error += (_, _) =>
            {
                changed(null);
                _changes.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        _loop = Task.Run(() => RunAsync(quiet, rebuild, _stop.Token));

        void Notify(string path)
        {
            // Editors' swap and backup files never reach the build (the reader skips dot files).
            if (Path.GetFileName(path).StartsWith('.'))
            {
                return;
            }

            changed(path);
            _changes.Writer.TryWrite(true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal way out of the loop.
        }

        _stop.Dispose();
    }

    private async Task RunAsync(TimeSpan quiet, Action rebuild, CancellationToken stop)
    {
        while (await _changes.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
        {
            _changes.Reader.TryRead(out _);
            var waited = TimeSpan.Zero;
            do
            {
                await Task.Delay(quiet, stop).ConfigureAwait(false);
                waited += quiet;
            }
            while (_changes.Reader.TryRead(out _) && waited < LongestWait);

            rebuild();
        }
    }
}
