using System.CommandLine;

namespace Briefing.Commands;

/// <summary>The options every command that reads a site shares.</summary>
internal sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml, briefings/, entities/, sources.yml, timeline.yml, claims.yml", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "Folder with layouts/, partials/ and assets/", DefaultValueFactory = _ => "theme" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include briefings marked draft: true" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings (uncited paragraph, unused source, orphan entity) as errors" };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Build everything again, neither reading nor writing the build cache (.briefing-cache/ beside the input folder)" };

    /// <summary>The image cache: <c>.briefing-cache/media/</c> in the folder that holds the input folder; null with <c>--no-cache</c>.</summary>
    public string? ImageCache(ParseResult parse) => CacheFolder(parse, "media");

    /// <summary>The record of the last output: <c>.briefing-cache/output/</c> in the folder that holds the input folder; null with <c>--no-cache</c>.</summary>
    public string? OutputCache(ParseResult parse) => CacheFolder(parse, "output");

    /// <summary>Parsed Markdown: <c>.briefing-cache/markdown/</c> in the folder that holds the input folder; null with <c>--no-cache</c>.</summary>
    public string? MarkdownCache(ParseResult parse) => CacheFolder(parse, "markdown");

    /// <summary>Each edition's search terms: <c>.briefing-cache/search/</c> in the folder that holds the input folder; null with <c>--no-cache</c>.</summary>
    public string? SearchCache(ParseResult parse) => CacheFolder(parse, "search");

    /// <summary>The related briefings each edition's last build found: <c>.briefing-cache/related/</c> in the folder that holds the input folder; null with <c>--no-cache</c>.</summary>
    public string? RelatedCache(ParseResult parse) => CacheFolder(parse, "related");

    private string? CacheFolder(ParseResult parse, string part) =>
        parse.GetValue(NoCache) ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(Input)!)) ?? ".", ".briefing-cache", part);

    /// <summary>Refuses an empty or blank folder path as a usage error, before anything is read or written.</summary>
    public static void RequireFolder(Option<string> option) =>
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"{option.Name} needs a folder path");
            }
        });

    public void AddTo(Command command)
    {
        RequireFolder(Input);
        RequireFolder(Theme);
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(Drafts);
        command.Options.Add(Strict);
        command.Options.Add(NoCache);
    }
}
