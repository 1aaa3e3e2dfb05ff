using System.Diagnostics;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;

namespace Briefing.Commands;

/// <summary>
/// One self-overwriting status line on a terminal ("Rendering pages 1200/5000") for builds long enough
/// to need it: silent for the first moments, updated a few times a second, erased when done. Disabled
/// when the error stream is not a terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class ProgressDisplay : IProgress<BuildProgress>, IDisposable
{
    private readonly TextWriter _terminal;
    private readonly TimeSpan _delay;
    private readonly TimeSpan _interval;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan? _lastShown;
    private int _shownLength;

    /// <param name="delay">How long a build runs before the line appears.</param>
    /// <param name="interval">Least time between two updates.</param>
    public ProgressDisplay(TextWriter terminal, TimeSpan delay, TimeSpan interval)
    {
        _terminal = terminal;
        _delay = delay;
        _interval = interval;
    }

    /// <summary>A display on standard error if it is a terminal, else none.</summary>
    public static ProgressDisplay? ForConsole(TextWriter stderr, bool interactive) =>
        interactive ? new ProgressDisplay(stderr, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(100)) : null;

    public void Report(BuildProgress value)
    {
        if (value.Done == value.Total)
        {
            // A stage is done: clear the line, so whatever the build prints next starts at the left margin.
            Dispose();
            return;
        }

        var now = _clock.Elapsed;
        if (now < _delay)
        {
            return;
        }

        lock (_gate)
        {
            if (_lastShown is { } last && now - last < _interval && value.Done < value.Total)
            {
                return;
            }

            _lastShown = now;
            var what = value.Stage switch
            {
                BuildStage.Load => "Parsing briefings",
                BuildStage.Render => "Rendering pages",
                _ => "Writing files",
            };
            var line = $"{what} {value.Done}/{value.Total}";
            _terminal.Write("\r" + line.PadRight(_shownLength));
            _terminal.Flush();
            _shownLength = line.Length;
        }
    }

    /// <summary>Erases the line so the build's own output starts at the left margin.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_shownLength > 0)
            {
                _terminal.Write("\r" + new string(' ', _shownLength) + "\r");
                _terminal.Flush();
                _shownLength = 0;
            }
        }
    }
}
