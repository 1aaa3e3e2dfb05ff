using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown.Charts;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Markdown.HeadingIds;
using Briefing.Engine.Markdown.Images;
using Briefing.Engine.Markdown.Limits;
using Briefing.Engine.Markdown.SiteLinks;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Briefing.Engine.Markdown;

/// <summary>
/// The one Markdown pipeline, shared by every document: it holds no site state. Raw HTML is parsed (so
/// it can be reported) but never rendered; generic attributes (<c>{onclick=…}</c>) are never enabled.
/// </summary>
internal static class BriefingMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .Use<MarkdownLimitsExtension>()
        .Use<HeadingIdExtension>()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Use<EntityLinkExtension>()
        .Use<CitationExtension>()
        .Use<ChartExtension>()

        // Before images, whose renderer takes over links and hands on those that are not images.
        .Use<SiteLinkExtension>()
        .Use<ImageExtension>()
        .Build();

    /// <summary>
    /// Parses <paramref name="text"/>, or refuses the parts of it that are nested too deep or too
    /// costly to parse (see <see cref="MarkdownLimits"/>). A text nested too deep for Markdig to parse
    /// or render yields an empty document, so later stages can still run on it.
    /// </summary>
    public static MarkdownDocument Parse(string text, out IReadOnlyList<MarkdownRefusal> refusals)
    {
        if (LineNesting.Check(text) is { } refusal)
        {
            refusals = [refusal];
            return new MarkdownDocument();
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Source == typeof(MarkdownPipeline).Assembly.GetName().Name)
        {
            // Markdig's own depth limit; it does not say where.
            refusals = [new MarkdownRefusal(DiagnosticCodes.TooDeep, 0, 0, "Markdown is nested too deeply for the parser (block quotes, lists, links or emphasis); flatten it")];
            return new MarkdownDocument();
        }

        var found = Refusals.Of(document);
        foreach (var unclosed in CitationInlineParser.UnclosedIn(document).DistinctBy(u => (u.Line, u.Column)))
        {
            var id = unclosed.Text[2..].TrimEnd('.', ',', ';', ':', ')');
            found.Add(new MarkdownRefusal(DiagnosticCodes.UnclosedCitation, unclosed.Line, unclosed.Column, $"citation '{unclosed.Text}' is not closed; end it with ']', e.g. [@{id}]"));
        }

        refusals = found;
        return found.Exists(r => r.Code == DiagnosticCodes.TooDeep) ? new MarkdownDocument() : document;
    }

    /// <summary>The tree's HTML, with its entity links and citations left for each page to fill.</summary>
    public static MarkdownHtml Render(MarkdownDocument document) => MarkdownHtmlRenderer.HtmlOf(document);

    /// <summary>The tree's HTML as <paramref name="page"/> shows it.</summary>
    public static string ToHtml(MarkdownDocument document, IPageContext page) => Render(document).Fill(page);
}
