using Briefing.Engine.Markdown;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="TrustedHtml"/>.
/// Captures and includes hold output that was escaped as it was written, so they come back trusted
/// rather than escaped a second time. Unknown variables and misspelt members are errors.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly ThemeTemplates _templates;
    private readonly List<string> _included = [];
    private readonly Utf8PageOutput _page = new();

    public HtmlTemplateContext(ThemeTemplates templates)
    {
        _templates = templates;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // Scriban cuts strings longer than this at 1 MB and appends "..."; a page must never be cut short.
        LimitToString = 0;
        LoopLimit = 1_000_000;
        RecursiveLimit = 50;
        TemplateLoader = templates;
        if (BuiltinObject["include"] is IScriptCustomFunction include)
        {
            BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
        }

        PushOutput(_page);
    }

    /// <summary>The templates <c>include</c> loaded, each once, so a page knows which partials it depends on.</summary>
    public IReadOnlyList<string> Included => _included;

    /// <summary>Counts templates read for the page elsewhere (a cached partial and what it included) as included.</summary>
    public void Read(IReadOnlyList<string> templates) => _included.AddRange(templates);

    /// <summary>
    /// Readies the context for the next page: only the builtins stay, with the page's output emptied and no
    /// template remembered as included. Reusing a context keeps its output buffer and the member
    /// accessors it built by reflection, which making one per page spent more time on than rendering.
    /// </summary>
    public void BeginPage(params ReadOnlySpan<IScriptObject> globals)
    {
        // The first output is the one every context starts with; the page's own sits on it.
        while (OutputCount > 2)
        {
            PopOutput();
        }

        _page.Clear();
        while (GlobalCount > 1)
        {
            PopGlobal();
        }

        CachedTemplates.Clear();
        _included.Clear();
        foreach (var global in globals)
        {
            PushGlobal(global);
        }
    }

    /// <summary>
    /// Renders a template as <see cref="Template.Render(TemplateContext)"/> does, but into UTF-8: a page is
    /// written as bytes, and making a string of it first copied every page once more.
    /// </summary>
    /// <returns>The page, lent from the context's own buffer: valid until the context's next page.</returns>
    public ReadOnlySpan<byte> RenderPage(Template template)
    {
        RenderHere(template);
        return _page.Written;
    }

    /// <summary>Evaluates a template into the current output, as <see cref="Template.Render(TemplateContext)"/> does before it copies the output out.</summary>
    private void RenderHere(Template template)
    {
        var file = template.SourceFilePath;
        if (file is not null)
        {
            PushSourceFile(file);
        }

        try
        {
            var page = template.Page!;
            if (Evaluate(page) is { } result && EnableOutput)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (file is not null)
            {
                PopSourceFile();
            }
        }
    }

    /// <summary>Scriban's accessor for the value, reading a view record's properties through delegates rather than by reflection.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        base.GetMemberAccessorImpl(target) is { } accessor ? ViewAccessor.For(target, accessor, this) : null;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html when Output is Utf8PageOutput page && string.IsNullOrEmpty(CurrentIndent):
                WriteDirect(html, page);
                return this;
            case TrustedHtml html:
                Write(html.Value);
                return this;
            case PageContent content:
                RenderHere(content.Template);
                return this;
            default:
                Write(HtmlText.Encode(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
    }

    /// <summary>
    /// Writes HTML into the page's bytes without making a string of it. A line break it ends with is taken
    /// back and written as text, so that Scriban knows, as after its own writes, whether the page now ends a
    /// line: where it indents the next indented include depends on that.
    /// </summary>
    private void WriteDirect(TrustedHtml html, Utf8PageOutput page)
    {
        var before = page.Length;
        html.WriteTo(page);
        if (page.Length == before)
        {
            return;
        }

        if (page.TakeBackNewLine())
        {
            Write("\n");
        }
        else
        {
            ResetPreviousNewLine();
        }
    }

    /// <summary>Page content used other than by writing it (in a filter, say) is rendered to text first.</summary>
    public override string? ObjectToString(object? value, bool nested = false)
    {
        if (value is not PageContent content)
        {
            return base.ObjectToString(value, nested);
        }

        PushOutput();
        try
        {
            RenderHere(content.Template);
        }
        catch
        {
            PopOutput();
            throw;
        }

        return PopOutput().ToString();
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        switch (scriptNode)
        {
            case ScriptCaptureStatement capture:
                PushOutput();
                string captured;
                try
                {
                    Evaluate(capture.Body!);
                }
                finally
                {
                    captured = PopOutput().ToString() ?? string.Empty;
                }

                SetValue(capture.Target, new TrustedHtml(captured));
                return null;
            default:
                return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        _included.Add(templatePath);
        return _templates.Get(templatePath) ?? base.CreateTemplate(templatePath, callerContext);
    }
}

/// <summary>
/// What the base layout sees as <c>content</c>: the page's own layout, rendered where the base layout writes it,
/// straight into the page's output rather than first into a string of its own that is then copied.
/// </summary>
internal sealed record PageContent(Template Template);
