using Briefing.Publishing;
using Briefing.Engine;

namespace Briefing.Preview;

/// <param name="Root">Folder diagnostic paths are printed relative to.</param>
public sealed record PreviewOptions(string InputFolder, string ThemeFolder, string Root, BuildOptions Build)
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one (see <see cref="PreviewServer.Address"/>).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>How long the folders must be quiet after a change before the rebuild starts, so one save's several events make one build.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Response headers by path, e.g. the security headers the site is published with.</summary>
    public IReadOnlyList<HeaderRule> HeaderRules { get; init; } = HeaderRule.Defaults;
}
