using System.CommandLine;
using System.Globalization;
using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;

namespace Briefing.Commands;

/// <summary>
/// <c>new briefing "Title"</c> and <c>new entity ID --kind KIND</c>: start a content file that already
/// builds. These are a writer's files, so the command line writes them; the engine only writes the site.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<DateOnly> today)
    {
        var command = new Command("new", "Start a new content file: a briefing or an entity");
        command.Subcommands.Add(Briefing(stdout, stderr, today));
        command.Subcommands.Add(Entity(stdout, stderr));
        return command;
    }

    private static Command Briefing(TextWriter stdout, TextWriter stderr, Func<DateOnly> today)
    {
        var title = new Argument<string>("title") { Description = "The briefing's title, in quotes" };
        var slug = new Option<string?>("--slug") { Description = "Address and file name (default: made from the title)" };
        var input = InputOption();
        var command = new Command("briefing", "Create input/briefings/<slug>.md as a draft dated today") { title, slug, input };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(title)!.Trim();
            if (text.Length == 0 || text.Any(char.IsControl))
            {
                return Usage(stderr, "the title must be one line of text");
            }

            var id = parse.GetValue(slug) ?? Slug(text);
            if (!Ids.IsValid(id))
            {
                return Usage(stderr, parse.GetValue(slug) is null
                    ? $"cannot make an address from '{DiagnosticText.Printable(text)}'; pass --slug, e.g. --slug japan-robotics. Slugs {Ids.Rule}"
                    : $"slug '{DiagnosticText.Printable(id)}' is not allowed: {Ids.Rule}");
            }

            var date = today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var content = $"""
                ---
                title: {Quoted(text)}
                date: {date}
                summary: "One or two sentences: what this briefing tells the reader."
                entities: []
                topics: []
                draft: true
                ---

                Write the briefing here. End each paragraph with the sources it rests on, such as `[@source-id]` for an id in sources.yml, and link companies with `[[entity-id]]`. Remove `draft: true` above to publish it.

                """;
            return Create(stdout, stderr, parse.GetValue(input)!, "briefings", $"{id}.md", content,
                "a draft: 'preview' shows it; remove 'draft: true' to publish");
        });
        return command;
    }

    private static Command Entity(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "The entity's id, e.g. softbank-corp: its address and what [[id]] links use" };
        var kind = new Option<string>("--kind") { Description = $"One of: {string.Join(", ", EntityKinds.All)}", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: made from the id)" };
        var input = InputOption();
        var command = new Command("entity", "Create input/entities/<id>.yml") { id, kind, name, input };
        command.SetAction(parse =>
        {
            var entity = parse.GetValue(id)!;
            if (!Ids.IsValid(entity))
            {
                return Usage(stderr, $"id '{DiagnosticText.Printable(entity)}' is not allowed: {Ids.Rule}");
            }

            var entityKind = parse.GetValue(kind)!;
            if (!EntityKinds.All.Contains(entityKind))
            {
                return Usage(stderr, $"kind '{DiagnosticText.Printable(entityKind)}' is not one of {string.Join(", ", EntityKinds.All)}{Suggestions.DidYouMean(entityKind, EntityKinds.All)}");
            }

            var display = parse.GetValue(name)?.Trim() ?? NameFrom(entity);
            if (display.Length == 0 || display.Any(char.IsControl))
            {
                return Usage(stderr, "the name must be one line of text");
            }

            var content = $"""
                name: {Quoted(display)}
                kind: {entityKind}
                summary: >-
                  One or two sentences on who they are and why they matter here, each
                  ending with its sources, such as `[@source-id]` for an id in sources.yml.
                relations: []

                """;
            return Create(stdout, stderr, parse.GetValue(input)!, "entities", $"{entity}.yml", content,
                $"link it from a briefing with [[{entity}]]");
        });
        return command;
    }

    private static Option<string> InputOption() =>
        new("--input") { Description = "The site's input folder", DefaultValueFactory = _ => "input" };

    private static int Create(TextWriter stdout, TextWriter stderr, string inputFolder, string folder, string fileName, string content, string hint)
    {
        if (!Directory.Exists(inputFolder))
        {
            return Usage(stderr, $"input folder '{inputFolder}' does not exist; run this in the site's folder or pass --input");
        }

        var directory = Path.Combine(inputFolder, folder);
        var path = Path.Combine(directory, fileName);
        var shown = path.Replace('\\', '/');
        Directory.CreateDirectory(directory);
        try
        {
            // CreateNew fails if the file appeared since any check, so an existing file is never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(content));
        }
        catch (IOException) when (File.Exists(path))
        {
            stderr.WriteLine($"error: {shown} already exists; it was left unchanged. Choose another name or edit that file.");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine($"Created {shown} ({hint}).");
        return ExitCodes.Success;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>"Japan's AI bet: ¥1tn" → "japans-ai-bet-1tn": lowercase ASCII letters and digits, one hyphen for anything else.</summary>
    internal static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (c is '\'' or '’')
            {
                // "Japan's" → "japans", not "japan-s".
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length <= 60 ? text : text[..60].TrimEnd('-');
    }

    private static string NameFrom(string id) =>
        string.Join(' ', id.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>A YAML double-quoted scalar, so any title (colons, quotes, '#') stays text.</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
