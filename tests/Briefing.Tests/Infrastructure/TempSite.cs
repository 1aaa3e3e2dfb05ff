using System.Text;

namespace Briefing.Tests.Infrastructure;

/// <summary>A site on disk in a temporary folder (input/ from inline text, theme/ copied from the real theme), deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(string inputText)
    {
        Root = Directory.CreateTempSubdirectory("briefing-test-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Input);
        foreach (var (path, body) in MiniSite.Sections(inputText))
        {
            Write(path, body);
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    /// <summary>Writes a file given relative to the site root, e.g. <c>input/briefings/a.md</c>.</summary>
    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the system cleans temporary folders.
        }
    }
}
