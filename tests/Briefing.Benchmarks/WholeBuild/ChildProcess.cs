using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks.WholeBuild;

/// <summary>One timed run of a program: wall time from start to exit and its peak resident set.</summary>
internal sealed record ProcessRun(TimeSpan Wall, long PeakRssBytes, int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs a program to completion and measures it. Peak memory comes from GNU time's maximum resident
/// set size when /usr/bin/time is installed; otherwise /proc/PID/status VmHWM is polled while it runs.
/// </summary>
internal static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static ProcessRun Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var useTime = File.Exists(GnuTime);
        var rssFile = Path.Combine(Path.GetTempPath(), $"briefing-bench-rss-{Environment.ProcessId}.txt");
        var start = new ProcessStartInfo(useTime ? GnuTime : program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            foreach (var argument in new[] { "-f", "%M", "-o", rssFile, program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polledKb = 0;
        while (!process.WaitForExit(useTime ? -1 : 5))
        {
            polledKb = Math.Max(polledKb, VmHwmKb(process.Id));
        }

        clock.Stop();
        long peakKb = polledKb;
        if (useTime && File.Exists(rssFile))
        {
            var lines = File.ReadAllLines(rssFile);
            File.Delete(rssFile);
            if (lines.Length > 0 && long.TryParse(lines[^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
            {
                peakKb = kb;
            }
        }

        return new ProcessRun(clock.Elapsed, peakKb * 1024, process.ExitCode, stdout.Result, stderr.Result);
    }

    private static long VmHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between polls.
        }

        return 0;
    }
}
