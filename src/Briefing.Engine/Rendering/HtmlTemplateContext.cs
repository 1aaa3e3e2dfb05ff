using System.Runtime.CompilerServices;
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

    /// <summary>One buffer per depth of includes written in place, kept from page to page.</summary>
    private readonly List<Utf8PageOutput> _partials = [];
    private int _partialDepth;

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
    /// Writes HTML into the page's bytes without making a string of it, leaving Scriban to know, as its own
    /// writes do, whether the page now ends a line: the next indented include depends on that.
    /// </summary>
    private void WriteDirect(TrustedHtml html, Utf8PageOutput page)
    {
        var before = page.Length;
        html.WriteTo(page);
        if (page.Length > before)
        {
            PreviousTextWasNewLine(this) = page.Written[^1] == (byte)'\n';
        }
    }

    /// <summary>
    /// Renders an <c>include</c> that is a statement of its own into the page's bytes, as Scriban's include
    /// would write it, indentation and all, but without making a string of the partial and encoding it again.
    /// </summary>
    /// <returns>False when the include must take Scriban's way: it is part of an expression, has named
    /// arguments, or writes into a capture rather than the page.</returns>
    public bool TryIncludeHere(ScriptNode? callerContext, ScriptArray arguments)
    {
        if (Output is not Utf8PageOutput into
            || callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            || HasNamedArgument(call)
            || arguments.Count == 0
            || GetTemplatePathFromName(ObjectToString(arguments[0]), callerContext) is not { } path)
        {
            return false;
        }

        var template = GetOrCreateTemplate(path, callerContext);

        // What follows is Scriban's RenderTemplate, with the partial written into a buffer of bytes.
        var indent = CurrentIndent;
        var newLine = PreviousTextWasNewLine(this);
        EnterRecursive(callerContext);
        CurrentIndent = null;
        if (_partialDepth == _partials.Count)
        {
            _partials.Add(new Utf8PageOutput());
        }

        var partial = _partials[_partialDepth++];
        partial.Clear();
        PushOutput(partial);
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (indent is not null)
            {
                ResetPreviousNewLine();
            }

            RenderHere(template);
        }
        finally
        {
            PopLocal();
            PopOutput();
            _partialDepth--;
            CurrentIndent = indent;
            PreviousTextWasNewLine(this) = newLine;
            ExitRecursive(callerContext);
        }

        WriteIndented(partial.Written, indent, into);
        return true;
    }

    private static bool HasNamedArgument(ScriptFunctionCall call)
    {
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] is ScriptNamedArgument)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes text as Scriban's <see cref="TemplateContext.Write(string, int, int)"/> does: with an indent,
    /// each line that follows a line break and is not empty starts with it.
    /// </summary>
    private void WriteIndented(ReadOnlySpan<byte> text, string? indent, Utf8PageOutput into)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (string.IsNullOrEmpty(indent))
        {
            into.Write(text);
            PreviousTextWasNewLine(this) = text[^1] == (byte)'\n';
            return;
        }

        ref var newLine = ref PreviousTextWasNewLine(this);
        while (!text.IsEmpty)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..(end + 1)];
            if (newLine && (end < 0 || IndentOnEmptyLines || (end != 0 && (end != 1 || text[0] != (byte)'\r'))))
            {
                into.Write(indent, 0, indent.Length);
            }

            into.Write(line);
            newLine = end >= 0;
            text = text[line.Length..];
        }
    }

    /// <summary>Whether what was last written ends a line, which decides where Scriban indents next.</summary>
    /// <remarks>Scriban keeps this private and offers no way to read it; were it renamed, every page would fail to render, and every rendering test with it.</remarks>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

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
