using Briefing.Engine.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="TrustedHtml"/>.
/// Captures and includes hold output that was escaped as it was written, so they come back trusted
/// rather than escaped a second time.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly ThemeTemplates _templates;

    /// <summary>
    /// A context renders many pages in turn: <paramref name="site"/> and the functions <c>asset</c> and
    /// <c>absolute</c> are set once, and each page pushes its own globals (<c>page</c>, <c>model</c>,
    /// <c>content</c>) and pops them after.
    /// </summary>
    public HtmlTemplateContext(ThemeTemplates templates, SiteView site, AssetManifest assets)
        : base(ReadOnlyBuiltins())
    {
        _templates = templates;
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
        LoopLimit = 1_000_000;
        RecursiveLimit = 50;

        // Scriban silently cuts any text past 1 MiB by default: a timeline or index of thousands of entries lost its end.
        LimitToString = 0;
        TemplateLoader = templates;

        var shared = new ScriptObject();
        shared.Import("asset", new Func<string, string>(name =>
            assets.Url(name) ?? throw new ScriptRuntimeException(default, $"the theme has no asset '{name}' in assets/")));
        shared.Import("absolute", new Func<string, string>(url => SiteUrls.Absolute(site.BaseUrl, url)));
        shared["site"] = site;
        ReadOnlyMembers(shared);
        PushGlobal(shared);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Value);
                return this;
            default:
                Write(HtmlText.Encode(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
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
            case ScriptFunctionCall { Target: ScriptVariable { Name: "include" } }:
                var result = base.Evaluate(scriptNode, aliasReturnedFunction);
                return result is string text ? new TrustedHtml(text) : result;
            default:
                return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
    }

    /// <summary>
    /// Scriban's builtins (string, date, math…) are mutable objects, and a context outlives a page:
    /// with every member read-only, what one page does (<c>date.format = …</c>) cannot change the next.
    /// </summary>
    private static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject functions)
            {
                ReadOnlyMembers(functions);
            }
        }

        ReadOnlyMembers(builtins);
        return builtins;
    }

    private static void ReadOnlyMembers(ScriptObject target)
    {
        foreach (var member in target.Keys.ToList())
        {
            target.SetReadOnly(member, true);
        }
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Get(templatePath) ?? base.CreateTemplate(templatePath, callerContext);
}
