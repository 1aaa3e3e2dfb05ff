using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

internal static class SiteConfigLoader
{
    private static readonly string[] Keys = ["title", "description", "base_url", "language", "publisher", "sitemap_limit", "languages"];

    /// <summary>The keys of one further language under <c>languages</c>.</summary>
    internal static readonly string[] EditionKeys = ["title", "description", "publisher"];

    public static SiteConfig Load(InputFile? file, string folder, DiagnosticBag diagnostics)
    {
        var fallback = new SiteConfig("Untitled", string.Empty, "/", "en", string.Empty);
        if (file is null)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, new SourceLocation($"{folder}/site.yml"), "site.yml is missing; create it with title, description, base_url and publisher");
            return fallback;
        }

        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
        {
            return fallback;
        }

        var root = YamlTreeReader.Read(text, file.DisplayPath, 0, diagnostics);
        var fields = new YamlFields(root, "site.yml", new SourceLocation(file.DisplayPath, 1, 1), Keys, diagnostics);
        var baseUrl = fields.Text("base_url", required: true) ?? "/";
        if (baseUrl != "/" && !UrlPolicy.IsSiteBase(baseUrl))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, fields.Scalar("base_url")!.Location, $"base_url '{baseUrl}' must be an absolute http:// or https:// address with no query or fragment, e.g. https://example.org");
            baseUrl = "/";
        }

        var language = fields.Language("language") ?? "en";
        var sitemapLimit = fields.Int("sitemap_limit") ?? SiteConfig.MaxSitemapUrls;
        if (sitemapLimit is < 1 or > SiteConfig.MaxSitemapUrls)
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, fields.Scalar("sitemap_limit")!.Location, $"sitemap_limit {sitemapLimit} must be from 1 to {SiteConfig.MaxSitemapUrls}, the most a sitemap may list");
            sitemapLimit = SiteConfig.MaxSitemapUrls;
        }

        var editions = Editions(fields, language, diagnostics);
        return new SiteConfig(
            fields.Text("title", required: true) ?? fallback.Title,
            fields.Text("description", required: true) ?? string.Empty,
            baseUrl,
            language,
            fields.Text("publisher", required: true) ?? string.Empty)
        {
            SitemapLimit = sitemapLimit,
            Editions = editions,
        };
    }

    /// <summary>
    /// The further languages: <c>languages: { ja: { title: …, description: … } }</c>. A site's own words (its title
    /// and description) are what a reader meets first, so each edition must give them; the publisher may stay the main one's.
    /// </summary>
    private static List<EditionConfig> Editions(YamlFields fields, string main, DiagnosticBag diagnostics)
    {
        var result = new List<EditionConfig>();
        var value = fields.Value("languages", required: false);
        if (value is null)
        {
            return result;
        }

        if (value is not YamlMapping languages)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"'languages' must map each further language to its title and description, e.g. languages: {{ ja: {{ title: …, description: … }} }}, not {value.KindName}");
            return result;
        }

        foreach (var (key, content) in languages.Entries)
        {
            var language = key.Text.Trim();
            if (!EditionLanguages.Supported.Contains(language))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, key.Location, EditionLanguages.NotSupported(language));
                continue;
            }

            if (language == main)
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, key.Location, $"'{language}' is the site's main language ('language'); 'languages' lists only the further ones, so remove it");
                continue;
            }

            if (result.Exists(e => e.Language == language))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, key.Location, $"'{language}' appears twice in 'languages'; keep one");
                continue;
            }

            var edition = new YamlFields(content, $"the '{language}' edition", key.Location, EditionKeys, diagnostics);
            var title = edition.Text("title", required: true);
            var description = edition.Text("description", required: true);
            if (edition.IsValid && title is not null && description is not null)
            {
                result.Add(new EditionConfig(language, title, description, edition.Text("publisher"), key.Location));
            }
        }

        return result;
    }
}
