using System.Text;
using System.Text.RegularExpressions;
using Briefing.Benchmarks.Corpus;
using YamlDotNet.Serialization;

namespace Briefing.Benchmarks.WholeBuild;

/// <summary>
/// The same corpus as a Hugo site: the same Markdown, with <c>[[entity]]</c> links and <c>[@source]</c>
/// citations rewritten to plain Markdown links, a page per briefing, entity and source, a timeline,
/// a claims page, and a minimal layout.
/// </summary>
internal static partial class HugoSite
{
    private const string Config = """
        baseURL = "https://bench.example/"
        languageCode = "en"
        title = "Synthetic Sovereign AI Desk"
        disableKinds = ["taxonomy", "term"]

        """;

    private const string BaseOf = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{ .Title }} — {{ .Site.Title }}</title>
        <meta name="description" content="{{ .Params.summary }}">
        <link rel="canonical" href="{{ .Permalink }}">
        </head>
        <body>
        <header><a href="/">{{ .Site.Title }}</a>
        <nav><a href="/briefings/">Briefings</a> <a href="/entities/">Companies</a> <a href="/timeline/">Timeline</a> <a href="/sources/">Sources</a> <a href="/claims/">Claims</a></nav>
        </header>
        <main id="main">{{ block "main" . }}{{ end }}</main>
        </body>
        </html>

        """;

    private const string Single = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1>
        {{ with .Params.summary }}<p class="standfirst">{{ . }}</p>{{ end }}
        <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
        {{ .Content }}</article>{{ end }}

        """;

    private const string List = """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}

        """;

    private const string Home = """
        {{ define "main" }}<h1>{{ .Site.Title }}</h1>
        <ul>{{ range first 6 (where .Site.RegularPages "Section" "briefings") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}

        """;

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static void WriteTo(IReadOnlyList<CorpusFile> corpus, string folder)
    {
        var site = new List<CorpusFile>();
        void Write(string path, string text) => site.Add(new CorpusFile(path, text));

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in corpus.Where(f => f.Path.StartsWith("entities/", StringComparison.Ordinal)))
        {
            names[Id(file.Path)] = (string)Yaml.Deserialize<Dictionary<string, object>>(file.Text)["name"];
        }

        Write("config.toml", Config);
        Write("layouts/_default/baseof.html", BaseOf);
        Write("layouts/_default/single.html", Single);
        Write("layouts/_default/list.html", List);
        Write("layouts/index.html", Home);
        Write("content/briefings/_index.md", "---\ntitle: Briefings\n---\n");
        Write("content/entities/_index.md", "---\ntitle: Companies and organisations\n---\n");
        Write("content/sources/_index.md", "---\ntitle: Sources\n---\n");
        foreach (var file in corpus)
        {
            switch (file.Path)
            {
                case var p when p.StartsWith("briefings/", StringComparison.Ordinal):
                    Write("content/" + p, Plain(file.Text, names));
                    break;
                case var p when p.StartsWith("entities/", StringComparison.Ordinal):
                    Write($"content/entities/{Id(p)}.md", Entity(file.Text, names));
                    break;
                case "sources.yml":
                    foreach (var source in Items(file.Text))
                    {
                        Write($"content/sources/{source["id"]}.md", Page(
                            $"{source["publisher"]}: {source["title"]}",
                            $"{source["publisher"]}, [{source["title"]}]({source["url"]}) ({source["date"]})."));
                    }

                    break;
                case "timeline.yml":
                    var events = new StringBuilder();
                    foreach (var item in Items(file.Text))
                    {
                        events.Append("## ").Append(item["date"]).Append(": ").Append(item["title"]).Append("\n\n")
                            .Append(Plain((string)item["body"], names)).Append("\n\n");
                    }

                    Write("content/timeline.md", Page("Timeline", events.ToString()));
                    break;
                case "claims.yml":
                    var claims = new StringBuilder();
                    foreach (var item in Items(file.Text))
                    {
                        claims.Append("## ").Append(item["question"]).Append("\n\n");
                        foreach (Dictionary<object, object> report in (List<object>)item["reports"])
                        {
                            claims.Append("- ").Append(report["value"]).Append(": ").Append(report["note"])
                                .Append(' ').Append(Plain($"[@{report["source"]}]", names)).Append('\n');
                        }

                        claims.Append('\n').Append(Plain((string)item["assessment"], names)).Append("\n\n");
                    }

                    Write("content/claims.md", Page("Claims ledger", claims.ToString()));
                    break;
            }
        }

        CorpusFolder.Write(folder, site);
    }

    /// <summary>[[id]] and [[id|text]] become links to the entity page; [@a; @b, para. 3] becomes links to the source pages.</summary>
    public static string Plain(string markdown, Dictionary<string, string> names)
    {
        var text = EntityLink().Replace(markdown, m =>
            $"[{(m.Groups[2].Success ? m.Groups[2].Value : names[m.Groups[1].Value])}](/entities/{m.Groups[1].Value}/)");
        return Citation().Replace(text, m =>
        {
            var links = m.Groups[1].Value.Split(';').Select(item =>
            {
                var parts = item.Trim().TrimStart('@').Split(',', 2);
                var link = $"[{parts[0]}](/sources/{parts[0]}/)";
                return parts.Length > 1 ? link + "," + parts[1] : link;
            });
            return "(" + string.Join("; ", links) + ")";
        });
    }

    private static string Entity(string yaml, Dictionary<string, string> names)
    {
        var entity = Yaml.Deserialize<Dictionary<string, object>>(yaml);
        var body = new StringBuilder(Plain((string)entity["summary"], names)).Append("\n\n");
        if (entity.TryGetValue("relations", out var relations))
        {
            body.Append("## Relations\n\n");
            foreach (Dictionary<object, object> relation in (List<object>)relations)
            {
                var to = (string)relation["to"];
                body.Append("- ").Append(relation["type"]).Append(" [").Append(names[to]).Append("](/entities/").Append(to).Append("/)\n");
            }
        }

        return Page((string)entity["name"], body.ToString());
    }

    private static List<Dictionary<object, object>> Items(string yaml) =>
        Yaml.Deserialize<List<Dictionary<object, object>>>(yaml);

    private static string Page(string title, string body) =>
        $"---\ntitle: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n---\n\n{body}\n";

    private static string Id(string path) => Path.GetFileNameWithoutExtension(path);

    [GeneratedRegex(@"\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]")]
    private static partial Regex EntityLink();

    [GeneratedRegex(@"\[(@[^\]\n]+)\]")]
    private static partial Regex Citation();
}
