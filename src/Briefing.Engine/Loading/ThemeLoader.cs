using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>Splits the theme folder into templates (layouts/, partials/) and assets (assets/).</summary>
internal static class ThemeLoader
{
    public static Theme Load(IReadOnlyList<InputFile> files)
    {
        var templates = new List<ThemeFile>();
        var assets = new List<ThemeFile>();
        foreach (var file in files)
        {
            if (file.RelativePath.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new ThemeFile(file.DisplayPath, file.RelativePath["assets/".Length..], file.Content));
            }
            else if (file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                templates.Add(new ThemeFile(file.DisplayPath, file.RelativePath, file.Content));
            }
        }

        return new Theme(templates, assets);
    }
}
