namespace Briefing.Engine.Model;

/// <summary>A briefing marked <c>draft: true</c>: published only by a build that includes drafts.</summary>
/// <param name="Slug">The briefing's id, the last segment of its address.</param>
/// <param name="Path">The file, relative to the site root with '/', as diagnostics print it.</param>
public sealed record DraftBriefing(string Slug, string Path)
{
    /// <summary>Where the draft's page is in a build that includes drafts, inside the output folder.</summary>
    public string PagePath => SiteUrls.OutputPath(SiteUrls.Main.Briefing(Slug));
}
