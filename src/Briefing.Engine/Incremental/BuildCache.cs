using System.Collections.Concurrent;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Incremental;

/// <summary>What one build of a <see cref="SiteSession"/> keeps for the next; each part is keyed by everything its result depends on.</summary>
internal sealed class BuildCache
{
    /// <summary>Loading results per input file.</summary>
    public FileMemo Files { get; } = new();

    /// <summary>Parsed Scriban templates per theme file.</summary>
    public FileMemo Templates { get; } = new();

    public PageMemo Pages { get; } = new();

    public SiteFileMemo SiteFiles { get; } = new();

    /// <summary>The links and ids found in each rendered page, by page path, with the page's bytes as <see cref="Pages"/> keeps them.</summary>
    public ConcurrentDictionary<string, (byte[] Html, PageLinks Links)> LinkScans { get; } = new(StringComparer.Ordinal);

    public void BeginBuild()
    {
        Files.BeginBuild();
        Templates.BeginBuild();
        Pages.BeginBuild();
    }

    /// <summary>After a good build, forgets what it did not use; a failed build keeps everything, since the next save usually restores it.</summary>
    public BuildStatistics EndBuild(bool succeeded)
    {
        if (succeeded)
        {
            Files.Sweep();
            Templates.Sweep();
            Pages.Sweep();
        }

        return new BuildStatistics(Files.Parsed + Templates.Parsed, Files.Reused + Templates.Reused, Pages.Rendered, Pages.Reused);
    }
}
