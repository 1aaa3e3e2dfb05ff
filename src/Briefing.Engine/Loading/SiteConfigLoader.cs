using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

internal static class SiteConfigLoader
{
    private static readonly string[] Keys = ["title", "description", "base_url", "language", "publisher", "sitemap_limit"];

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

        return new SiteConfig(
            fields.Text("title", required: true) ?? fallback.Title,
            fields.Text("description", required: true) ?? string.Empty,
            baseUrl,
            language,
            fields.Text("publisher", required: true) ?? string.Empty)
        {
            SitemapLimit = sitemapLimit,
        };
    }
}
