using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>Splits the theme folder into templates (layouts/, partials/) and assets (assets/).</summary>
internal static class ThemeLoader
{
    public static Theme Load(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics)
    {
        var templates = new List<ThemeFile>();
        var assets = new List<ThemeFile>();
        var assetNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (file.RelativePath.StartsWith("assets/", StringComparison.Ordinal))
            {
                var name = file.RelativePath["assets/".Length..];
                if (AssetNameProblem(name, assetNames) is { } problem)
                {
                    diagnostics.Report(DiagnosticCodes.InvalidFileName, new SourceLocation(file.DisplayPath), $"asset '{name}' cannot be published: {problem}");
                    continue;
                }

                assets.Add(new ThemeFile(file.DisplayPath, name, file.Content));
            }
            else if (file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                templates.Add(new ThemeFile(file.DisplayPath, file.RelativePath, file.Content));
            }
        }

        return new Theme(templates, assets);
    }

    /// <summary>Assets are published under their own path, so it must be a portable one, unique whatever the case.</summary>
    private static string? AssetNameProblem(string name, Dictionary<string, string> seen)
    {
        foreach (var segment in name.Split('/'))
        {
            if (FileNames.Problem(segment) is { } problem)
            {
                return $"its path has {problem}";
            }
        }

        return seen.TryAdd(name, name) ? null : $"it differs only in case from '{seen[name]}', and case-insensitive file systems would keep one";
    }
}
