using Briefing.Engine.Markdown;

namespace Briefing.Preview;

/// <summary>The band the preview lays across the top of a draft's page; the built page never has it.</summary>
internal static class DraftRibbon
{
    /// <param name="path">The draft's file, e.g. input/briefings/x.md.</param>
    public static string Html(string path) =>
        "<div id=\"briefing-preview-draft\" class=\"briefing-preview-draft\" role=\"note\"><strong>Draft</strong>: not published. <code>"
        + HtmlText.Encode(path)
        + "</code> says <code>draft: true</code>; <code>build</code> leaves it out until that line is removed.</div>\n";
}
