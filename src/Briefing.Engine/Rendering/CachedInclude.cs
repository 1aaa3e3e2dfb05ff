using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>A partial as one set of values renders it, with every template that rendering read.</summary>
internal sealed record CachedPartial(TrustedHtml Html, IReadOnlyList<string> Read);

/// <summary>
/// The templates' <c>include_cached</c>: a partial that is the same on every page that gives it the same values,
/// such as a section's masthead or the footer, rendered once per edition for each set of values and then copied
/// into each page, <c>{{ include_cached 'partials/masthead.html' section: page.section }}</c>.
/// </summary>
/// <remarks>
/// The partial sees <c>site</c>, the theme's functions and the values it is given by name, and nothing of the
/// page that includes it: a copy made for one page cannot carry that page's title or links onto another, since
/// naming <c>page</c> or <c>model</c> in it is an error rather than a value that happens to be the first page's.
/// </remarks>
/// <param name="render">Renders a partial alone, seeing only the given globals; returns its bytes and the templates it read.</param>
internal sealed class CachedInclude(ThemeTemplates templates, SiteView site, Func<Scriban.Template, ScriptObject, CachedPartial> render) : IScriptCustomFunction
{
    public const string Name = "include_cached";

    /// <summary>What a partial may be told; anything else has no one text to tell copies apart by.</summary>
    private const string Usage = "include_cached takes a partial and values by name that are text, whole numbers or true/false, as in include_cached 'partials/masthead.html' section: page.section";

    /// <summary>How deep cached partials render inside one another here: each renders in a context of its own, whose recursion limit starts again.</summary>
    [ThreadStatic]
    private static int _depth;

    private readonly ConcurrentDictionary<string, CachedPartial> _copies = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span, Usage);
        }

        var template = templates.Get(name) ?? throw new ScriptRuntimeException(span, $"the theme has no template '{name}'");
        var values = arguments.ScriptObject is { Count: > 0 } named ? named : null;
        var key = Key(name, values, span);
        if (!_copies.TryGetValue(key, out var copy))
        {
            if (_depth >= context.RecursiveLimit)
            {
                throw new CachedPartialException(span, $"'{name}' is included with {Name} more than {context.RecursiveLimit} deep: a partial includes itself");
            }

            _depth++;
            try
            {
                copy = _copies.GetOrAdd(key, Render(name, template, values));
            }
            finally
            {
                _depth--;
            }
        }

        if (context is HtmlTemplateContext html)
        {
            html.Read(copy.Read);
        }

        return copy.Html;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private CachedPartial Render(string name, Scriban.Template template, ScriptObject? values)
    {
        var globals = new ScriptObject();
        if (values is not null)
        {
            foreach (var (key, value) in values)
            {
                globals[key] = value;
            }
        }

        globals["site"] = site;
        try
        {
            var made = render(template, globals);
            return made with { Read = [name, .. made.Read] };
        }
        catch (ScriptRuntimeException ex) when (ex is not CachedPartialException)
        {
            throw new CachedPartialException(ex.Span, $"{ex.OriginalMessage} ('{name}' is included with {Name}, so it sees only site, the theme's functions and the values given to it by name)");
        }
    }

    /// <summary>The partial and its values, each named and typed, in name order: the same text for the same values however they are written.</summary>
    private static string Key(string name, ScriptObject? values, Scriban.Parsing.SourceSpan span)
    {
        if (values is null)
        {
            return name;
        }

        var key = new StringBuilder(name);
        foreach (var (valueName, given) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (valueName == "site")
            {
                throw new ScriptRuntimeException(span, $"{Name} gives the partial site itself; name the value otherwise");
            }

            key.Append('\0').Append(valueName).Append('\0').Append(given switch
            {
                null => "n",
                string text => "s" + text,
                bool flag => flag ? "t" : "f",
                int or long => "i" + Convert.ToInt64(given, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                System.Collections.IEnumerable => throw new ScriptRuntimeException(span, $"{Usage}; '{valueName}' is a list"),
                _ => throw new ScriptRuntimeException(span, $"{Usage}; '{valueName}' is an object"),
            });
        }

        return key.ToString();
    }

    /// <summary>A problem already told as a cached partial's, not to be told again by the partials around it.</summary>
    private sealed class CachedPartialException(Scriban.Parsing.SourceSpan span, string message) : ScriptRuntimeException(span, message);
}
