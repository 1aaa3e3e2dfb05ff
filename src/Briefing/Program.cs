using System.CommandLine;
using Briefing.Commands;

namespace Briefing;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);

    /// <param name="interactive">Standard error is a terminal, so long operations may show progress on it.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var root = new RootCommand("Briefing: builds a cross-linked briefing site from Markdown briefings and YAML entity data.");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr, writeOutput: true, interactive));
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr, writeOutput: false, interactive));
        root.Subcommands.Add(PreviewCommand.Create(stdout, stderr, interactive));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr, () => DateOnly.FromDateTime(DateTime.Now)));

        // Paths are printed relative to the current folder, so one that was removed under the shell is said plainly
        // rather than met later as a crash.
        string here;
        try
        {
            here = Directory.GetCurrentDirectory();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: the current folder cannot be read (it may have been removed); cd into the site's folder and run the command again");
            return ExitCodes.Usage;
        }

        if (ToolSources.Check(here, ToolSources.Recorded()) is { } stale)
        {
            stderr.WriteLine(stale);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
