using Briefing.Engine;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;

namespace Briefing.Tests.Infrastructure;

public sealed record CommandRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// A site written to a temporary folder (input/, theme/) next to a previous build's output/, built
/// through the command line with absolute paths, so tests need not change the process-wide current directory.
/// </summary>
public sealed class DiskSite : IDisposable
{
    public const string PreviousPage = "<!doctype html><title>Previous build</title>";

    private readonly TempFolder _folder = new();

    private DiskSite()
    {
    }

    public string Root => _folder.Path;

    public string Input => _folder.Combine("input");

    public string Theme => _folder.Combine("theme");

    public string Output => _folder.Combine("output");

    /// <summary>Writes the input and theme files, and an output folder as an earlier successful build left it.</summary>
    public static DiskSite Write(SiteInput input)
    {
        var site = new DiskSite();
        foreach (var file in input.Content)
        {
            site._folder.Write("input/" + Plain(file.RelativePath), file.Content);
        }

        foreach (var file in input.Theme)
        {
            site._folder.Write("theme/" + Plain(file.RelativePath), file.Content);
        }

        site._folder.Write("output/index.html", PreviousPage);
        site._folder.Write("output/assets/site.previous.css", "body { color: black; }");
        site._folder.Write("output/" + SiteWriter.MarkerFile, "written by an earlier build");
        return site;
    }

    public static DiskSite Write(string miniSite) => Write(MiniSite.Parse(miniSite));

    public string Path(params string[] parts) => _folder.Combine(parts);

    public CommandRun Build(BuildOptions? options = null, string command = "build", params string[] extra)
    {
        // An option given in extra replaces the default.
        var args = new List<string> { command };
        foreach (var (option, value) in new[] { ("--input", Input), ("--theme", Theme), ("--output", Output) })
        {
            if (!extra.Contains(option) && (option != "--output" || command == "build"))
            {
                args.AddRange([option, value]);
            }
        }

        if (options is not null)
        {
            if (options.Strict)
            {
                args.Add("--strict");
            }

            if (options.Drafts)
            {
                args.Add("--drafts");
            }

            if (options.BaseUrl is not null)
            {
                args.AddRange(["--base-url", options.BaseUrl]);
            }
        }

        args.AddRange(extra);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Briefing.Program.Run([.. args], stdout, stderr);
        return new CommandRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Temporary folders of a build that should have been removed: .output.tmp-*, .output.old-*.</summary>
    public IReadOnlyList<string> Leftovers() =>
        Directory.EnumerateDirectories(Root, ".output.*").Select(System.IO.Path.GetFileName).OfType<string>().ToList();

    public string OutputHash() => FolderHash.Of(Output);

    public void Dispose() => _folder.Dispose();

    private static string Plain(string relative) =>
        relative.Split('/').Any(s => s is "" or "." or "..") || relative.Contains('\\', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{relative}' cannot be written to disk; test it in memory only")
            : relative;
}
