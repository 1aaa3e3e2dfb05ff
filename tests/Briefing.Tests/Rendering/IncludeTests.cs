using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Tests.Rendering;

/// <summary>
/// An include's output comes back trusted and is written into the page's UTF-8 bytes, with the HTML
/// written before it; it must come out exactly as Scriban's own include writes it, indentation, blank
/// lines and line endings alike.
/// </summary>
public sealed class IncludeTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["item"] = "<li>\n  <b>{{ $1 }}</b>\n\n</li>\n",
        ["nested"] = "<p>\n  {{ include 'item' 9 }}\n    {{- include 'bare' }}\n</p>",
        ["bare"] = "no line break",
        ["empty"] = string.Empty,
        ["crlf"] = "a\r\n\r\n  b\r\n",
        ["lines"] = "{{ for i in 1..2 }}\n  row {{ i }}\n{{ end }}",
        ["named"] = "<b>{{ $who }}</b>\n",
        ["values"] = "{{ for t in ['a<b', '', 'c'] }}\n  <i>{{ t }}</i>{{ t }}\n{{ t }}\n{{ end }}",
        ["outer"] = "{{ include 'bare' }}\n{{ include 'lines' }}\n{{ include 'crlf' }}{{ include 'empty' }}{{ include 'values' }}",
        ["local"] = "{{ $x = 'in' }}<{{ $x }}|{{ $0 }}|{{ $.size }}|{{ y = 'set' }}>",
        ["self"] = "deeper {{ include 'self' }}",
    };

    [Theory]
    [InlineData("<ul>\n  {{- for i in [1, 2] }}\n  {{ include 'item' i }}\n  {{- end }}\n</ul>\n")]
    [InlineData("<div>\n    {{ include 'nested' }}\n</div>\n")]
    [InlineData("{{ include 'item' 3 }} tail\n  {{ include 'bare' }}\n  {{ include 'bare' }}{{ include 'item' 4 }}")]
    [InlineData("x\n  {{ include 'empty' }}\n  {{ include 'crlf' }}\n\t{{ include 'lines' }}\n")]
    [InlineData("<ol>\n    {{ include 'values' }}\n  {{ 'x&y' }}\n{{ 'z' }}\n</ol>\n")]
    [InlineData("<p>\n  {{ include 'named' who: 'w' }}\n</p>\n")]
    [InlineData("  {{ x = include 'item' 5 }}{{ x }}\n  {{ 'nested' | include }}\n{{ capture c }}  {{ include 'item' 6 }}{{ end }}{{ c }}\n")]
    [InlineData("{{ include 'outer' }}\n  {{ include 'bare' }}\n{{ include 'lines' }}\n    {{ include 'crlf' }}{{ include 'values' }}\n")]
    [InlineData("<p>{{ $x = 'out' }}{{ include 'local' }}{{ $x }} {{ y }}</p>\n{{ include 'empty' }}\n  {{ include 'lines' }}")]
    [InlineData("{{ for i in 1..2 }}\n{{ include 'lines' }}\n{{ end }}\n{{ if true }}{{ include 'nested' }}{{ end }}\n{{ include 'crlf' }}  {{ include 'item' 7 }}")]
    public void Render_Include_WritesWhatScribansIncludeWrites(string page)
    {
        // Scriban's own include escapes nothing; the values written here are escaped in its page beforehand.
        Assert.Equal(ScribanRender(Escaped(page)), Render(page));
    }

    [Fact]
    public void Render_PartialIncludingItself_StopsAtTheRecursionLimit()
    {
        var ex = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'self' }}"));

        Assert.Contains("recursive", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static string Render(string page)
    {
        var files = Partials.Select(p => new ThemeFile($"theme/partials/{p.Key}", p.Key, Encoding.UTF8.GetBytes(p.Value)))
            .Append(new ThemeFile("theme/layouts/page.html", "page", Encoding.UTF8.GetBytes(page)))
            .ToList();
        var templates = new ThemeTemplates(new Theme(files, [], []), new DiagnosticBag(), NoRenderMemo.Instance);
        var context = new HtmlTemplateContext(templates);
        context.BeginPage(new ScriptObject());
        return Encoding.UTF8.GetString(context.RenderPage(templates.Get("page")!));
    }

    private static string Escaped(string template) => template.Replace("a<b", "a&lt;b", StringComparison.Ordinal).Replace("x&y", "x&amp;y", StringComparison.Ordinal);

    private static string ScribanRender(string page) =>
        Template.Parse(page).Render(new TemplateContext { TemplateLoader = new PartialLoader() });

    private sealed class PartialLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Escaped(Partials[templatePath]);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Escaped(Partials[templatePath]));
    }
}
