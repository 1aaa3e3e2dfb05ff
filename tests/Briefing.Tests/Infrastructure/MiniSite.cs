using System.Text;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// A whole site written inline as <c>-- input/site.yml --</c> sections and built in memory.
/// Files under <c>theme/</c> replace the real theme's file of the same path; the rest of the real theme is used.
/// An image of <c>input/media/</c> (not an SVG) is described in one line and made by <see cref="TestImages"/>.
/// A section <c>-- options --</c> holds build flags, one per line: <c>strict</c>, <c>drafts</c>, <c>base-url https://…</c>, <c>noindex</c>.
/// </summary>
public static class MiniSite
{
    /// <summary>Valid site.yml and sources.yml so a test only writes what it is about.</summary>
    public const string Basics = """
        -- input/site.yml --
        title: Test Desk
        description: A site for tests.
        base_url: https://example.test
        publisher: Test desk
        -- input/sources.yml --
        - id: wire-2026
          publisher: Wire
          title: A wire report
          url: https://wire.test/report
          date: 2026-01-02

        """;

    public static SiteInput Parse(string text)
    {
        var content = new List<InputFile>();
        var theme = RealTheme.Value.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        foreach (var (path, body) in Sections(text))
        {
            if (path.StartsWith("input/media/", StringComparison.Ordinal) && !path.EndsWith(".yml", StringComparison.Ordinal) && !path.EndsWith(".svg", StringComparison.Ordinal))
            {
                content.Add(new InputFile(path["input/".Length..], path, TestImages.FromSpec(body.Trim())));
            }
            else if (path.StartsWith("input/", StringComparison.Ordinal))
            {
                content.Add(new InputFile(path["input/".Length..], path, Encoding.UTF8.GetBytes(body)));
            }
            else if (path.StartsWith("theme/", StringComparison.Ordinal))
            {
                var relative = path["theme/".Length..];
                theme[relative] = new InputFile(relative, path, Encoding.UTF8.GetBytes(body));
            }
        }

        content.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SiteInput("input", content, theme.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList());
    }

    public static BuildOptions Options(string text)
    {
        var options = new BuildOptions();
        foreach (var (path, body) in Sections(text))
        {
            if (path != "options")
            {
                continue;
            }

            foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split(' ', 2);
                options = parts[0] switch
                {
                    "strict" => options with { Strict = true },
                    "drafts" => options with { Drafts = true },
                    "noindex" => options with { NoIndex = true },
                    "base-url" => options with { BaseUrl = parts[1] },
                    _ => throw new ArgumentException($"unknown option '{line}'"),
                };
            }
        }

        return options;
    }

    /// <summary>The input with one content file added or replaced by raw bytes, for text no C# string literal can hold (invalid UTF-8, a byte order mark).</summary>
    public static SiteInput WithFile(this SiteInput input, string path, byte[] content)
    {
        var relative = path["input/".Length..];
        var files = input.Content.Where(f => f.RelativePath != relative).Append(new InputFile(relative, path, content))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return input with { Content = files };
    }

    public static BuildResult Build(string text) => SiteBuilder.Build(Parse(text), Options(text));

    /// <summary>The diagnostics of a build, one printed line each, as the command line shows them.</summary>
    public static string[] Diagnostics(string text) => Build(text).Diagnostics.Select(d => d.ToString()).ToArray();

    public static string Page(this BuildResult result, string path) =>
        result.Site is null
            ? throw new InvalidOperationException("the build failed:\n" + string.Join('\n', result.Diagnostics))
            : Encoding.UTF8.GetString(result.Site.Files[path]);

    internal static IEnumerable<(string Path, string Body)> Sections(string text)
    {
        string? path = null;
        var body = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw;
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, body.ToString());
                }

                path = line[3..^3].Trim();
                body.Clear();
                continue;
            }

            body.Append(line).Append('\n');
        }

        if (path is not null)
        {
            yield return (path, body.ToString());
        }
    }

    /// <summary>The repository's theme files, read once.</summary>
    public static IReadOnlyList<InputFile> Theme => RealTheme.Value;

    private static readonly Lazy<List<InputFile>> RealTheme = new(() => InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag()));
}
