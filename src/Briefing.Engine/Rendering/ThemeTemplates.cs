using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>The theme's templates, each parsed once; also the loader Scriban's include asks.</summary>
internal sealed class ThemeTemplates : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>The theme folder as diagnostics print it ("theme/"), to name templates it lacks.</summary>
    private readonly string _folder = string.Empty;

    /// <param name="memo">Templates parsed by earlier builds; an unchanged file keeps its parsed object, which is how a page knows its templates did not change.</param>
    public ThemeTemplates(Theme theme, DiagnosticBag diagnostics, IRenderMemo memo)
    {
        foreach (var file in theme.Templates)
        {
            _paths[file.Name] = file.Path;
            if (file.Path.EndsWith(file.Name, StringComparison.Ordinal))
            {
                _folder = file.Path[..^file.Name.Length];
            }

            var template = memo.Template(file, diagnostics, bag => Parse(file, bag));
            if (template is not null)
            {
                _templates[file.Name] = template;
            }
        }
    }

    private static Template? Parse(ThemeFile file, DiagnosticBag diagnostics)
    {
        var text = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF');
        var template = Template.Parse(text, file.Path);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages)
        {
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, Locate(message.Span, file.Path), message.Message);
        }

        return null;
    }

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

    /// <summary>Every parsed template, in name order.</summary>
    public IEnumerable<Template> All => _templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value);

    /// <summary>Every parsed template with its name ("layouts/home.html"), in name order.</summary>
    public IEnumerable<(string Name, Template Template)> Named => _templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value));

    public bool Has(string name) => _templates.ContainsKey(name);

    public string PathOf(string name) => _paths.GetValueOrDefault(name) ?? _folder + name;

    public static SourceLocation Locate(SourceSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme has no template '{templatePath}'");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme has no template '{templatePath}'");
}
