using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;

namespace Briefing.Tests.Infrastructure;

/// <summary>The real site read into memory, and edits of it that change one file and keep every other file's bytes.</summary>
public static class SiteEdits
{
    public static SiteInput RealSite()
    {
        var bag = new DiagnosticBag();
        var input = InputReader.Read(RepoPaths.Input, RepoPaths.Theme, RepoPaths.Root, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return input;
    }

    /// <summary>Replaces text in one input file (<c>input/…</c>) or theme file (<c>theme/…</c>); fails if the text is not there.</summary>
    public static SiteInput Replace(this SiteInput site, string path, string oldText, string newText) =>
        site.Edit(path, text =>
        {
            Assert.Contains(oldText, text, StringComparison.Ordinal);
            return text.Replace(oldText, newText, StringComparison.Ordinal);
        });

    public static SiteInput Edit(this SiteInput site, string path, Func<string, string> edit)
    {
        var (theme, relative) = Split(path);
        var files = theme ? site.Theme : site.Content;
        var file = files.Single(f => f.RelativePath == relative);
        var changed = new InputFile(file.RelativePath, file.DisplayPath, Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(file.Content))));
        var list = files.Select(f => f == file ? changed : f).ToList();
        return theme ? site with { Theme = list } : site with { Content = list };
    }

    public static SiteInput Add(this SiteInput site, string path, string text)
    {
        var (theme, relative) = Split(path);
        var file = new InputFile(relative, path, Encoding.UTF8.GetBytes(text));
        var list = (theme ? site.Theme : site.Content).Append(file).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return theme ? site with { Theme = list } : site with { Content = list };
    }

    public static SiteInput Remove(this SiteInput site, string path)
    {
        var (theme, relative) = Split(path);
        var list = (theme ? site.Theme : site.Content).Where(f => f.RelativePath != relative).ToList();
        return theme ? site with { Theme = list } : site with { Content = list };
    }

    private static (bool Theme, string Relative) Split(string path) =>
        path.StartsWith("theme/", StringComparison.Ordinal) ? (true, path["theme/".Length..])
        : path.StartsWith("input/", StringComparison.Ordinal) ? (false, path["input/".Length..])
        : throw new ArgumentException($"'{path}' is neither under input/ nor theme/", nameof(path));
}
