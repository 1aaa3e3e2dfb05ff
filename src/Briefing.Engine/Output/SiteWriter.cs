using Briefing.Engine.Diagnostics;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Output;

/// <summary>
/// Stage 4, the only code that writes to disk: the whole site goes to a temporary sibling folder that
/// is then swapped in, so readers and the next deploy see the old site or the new one, never half of each.
/// A failure at any point leaves the previous output as it was and no temporary folder behind.
/// </summary>
/// <remarks>
/// A site rendered in memory is written with <see cref="Write"/>; a build that writes hands each file to
/// <see cref="Stage"/>'s folder as it renders, so the pages are never all held at once.
/// </remarks>
public sealed class SiteWriter
{
    /// <summary>Written into every output folder, so a later build knows the folder is its own to replace.</summary>
    public const string MarkerFile = ".briefing-output";

    private readonly Action<string>? _beforeEachFile;

    public SiteWriter()
    {
    }

    /// <param name="beforeEachFile">Called with each path about to be written; tests throw from it to prove a failed write leaves the old output intact.</param>
    internal SiteWriter(Action<string> beforeEachFile)
    {
        _beforeEachFile = beforeEachFile;
    }

    /// <param name="protectedFolders">Folders the output must neither be, nor sit inside, nor contain (input, theme).</param>
    /// <param name="progress">Told after each file is written.</param>
    public bool Write(RenderedSite site, string outputFolder, IEnumerable<string> protectedFolders, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null)
    {
        using var staged = Stage(outputFolder, protectedFolders, diagnostics);
        if (staged is null)
        {
            return false;
        }

        // Creating folders and writing small files is mostly kernel work, which runs on every core at once.
        var written = new ProgressCounter(progress, BuildStage.Write, site.Files.Count);
        Parallel.ForEach(site.Files, file =>
        {
            staged.Add(file.Key, file.Value);
            written.Step();
        });
        return staged.Commit(diagnostics);
    }

    /// <summary>
    /// Where to write the site for <paramref name="outputFolder"/>: over the previous output when
    /// <paramref name="previous"/> was found in it, else a new staging folder swapped in whole; null, with the
    /// problem reported, when the output may not go there.
    /// </summary>
    /// <param name="previous">The previous output, found exactly as the build cache recorded it, or null.</param>
    /// <param name="account">Whether the folder keeps the hash, length and time of every file, for the build cache.</param>
    internal IOutputFolder? Stage(string outputFolder, IEnumerable<string> protectedFolders, DiagnosticBag diagnostics, PreviousOutput? previous = null, bool account = false)
    {
        if (OutputPlacement.Check(outputFolder, protectedFolders, diagnostics) is not { } output)
        {
            return null;
        }

        var location = OutputPlacement.Location(outputFolder);
        if (previous is not null && UpdatedOutput.Open(output, location, previous, _beforeEachFile) is { } updated)
        {
            return updated;
        }

        return StagedOutput.Open(output, location, _beforeEachFile, account);
    }
}
