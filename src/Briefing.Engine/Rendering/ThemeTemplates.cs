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

    public ThemeTemplates(Theme theme, DiagnosticBag diagnostics)
    {
        foreach (var file in theme.Templates)
        {
            var text = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF');
            var template = Template.Parse(text, file.Path);
            _paths[file.Name] = file.Path;
            if (file.Path.EndsWith(file.Name, StringComparison.Ordinal))
            {
                _folder = file.Path[..^file.Name.Length];
            }

            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Report(DiagnosticCodes.TemplateSyntax, Locate(message.Span, file.Path), message.Message);
                }

                continue;
            }

            _templates[file.Name] = template;
        }
    }

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

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
