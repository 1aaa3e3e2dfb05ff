using System.Globalization;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.HeadingIds;

/// <summary>
/// Gives each heading the id GitHub would ("## The money" → <c>id="the-money"</c>), repeated ids
/// numbered -1, -2 … exactly as Markdig's AutoIdentifiers does. Markdig retries every number from 1
/// for each repeat, which is quadratic in the number of equal headings; this keeps the next number.
/// Register after <see cref="Limits.MarkdownLimitsExtension"/>, whose parsers it hooks.
/// </summary>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object UsedIdsKey = new();

    // One plain-text renderer per thread: the pipeline is shared by documents parsed in parallel.
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _plain;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // '#' headings come from the heading parser, underlined ones from the paragraph parser.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.Find<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += OnInlinesParsed;
        }
    }

    private static void OnInlinesParsed(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } content } heading || heading.GetAttributes() is { Id: not null })
        {
            return;
        }

        if (processor.Document.GetData(UsedIdsKey) is not UsedIds used)
        {
            used = new UsedIds();
            processor.Document.SetData(UsedIdsKey, used);
        }

        var slug = LinkHelper.UrilizeAsGfm(PlainText(content));
        heading.GetAttributes().Id = used.Claim(slug.Length == 0 ? "section" : slug);
    }

    /// <summary>The heading's text without markup, as Markdig's AutoIdentifiers reads it.</summary>
    private static string PlainText(ContainerInline content)
    {
        var (writer, renderer) = _plain ??= Plain();
        writer.GetStringBuilder().Clear();
        renderer.Render(content);
        writer.Flush();
        return writer.ToString();
    }

    private static (StringWriter, HtmlRenderer) Plain()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        return (writer, new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false });
    }

    private sealed class UsedIds
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

        /// <summary>The id itself if free, else the id with the first free number; numbers below the last one given out are all taken.</summary>
        public string Claim(string id)
        {
            if (_ids.Add(id))
            {
                return id;
            }

            var number = _lastNumber.GetValueOrDefault(id);
            string candidate;
            do
            {
                number++;
                candidate = FormattableString.Invariant($"{id}-{number}");
            }
            while (!_ids.Add(candidate));

            _lastNumber[id] = number;
            return candidate;
        }
    }
}
