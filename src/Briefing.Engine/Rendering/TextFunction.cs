using System.Buffers;
using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown;
using Briefing.Engine.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>
/// The templates' <c>text</c>: a text of the theme's language file by key, <c>{{ text 'home.kicker' }}</c>, with
/// values put in where it names them, <c>{{ text 'home.counts' { count: model.briefing_count, link: link } }}</c>.
/// A value is escaped unless it is HTML the template made (a <c>capture</c>), so a link can stand inside a
/// sentence whose word order is the language's. Keys written in a template are checked before any page renders.
/// </summary>
internal sealed class TextFunction(UiText text) : IScriptCustomFunction
{
    public const string Name = "text";

    /// <summary>Each text asked for without values, escaped once for every page that shows it.</summary>
    private readonly ConcurrentDictionary<string, TrustedHtml> _plain = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(ScriptObject), "values", null);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count == 0 || arguments[0] is not string key)
        {
            throw new ScriptRuntimeException(span, "text takes a key of the language file, as in text 'nav.timeline'");
        }

        var values = arguments.Count > 1 ? arguments[1] : null;
        if (values is not (null or ScriptObject))
        {
            throw new ScriptRuntimeException(span, $"text '{key}' takes its values as an object, as in text '{key}' {{ count: 3 }}");
        }

        if (!text.Has(key) && text.HasCounted(key))
        {
            // A counted text takes the form its count asks for ("1 briefing", "3 briefings").
            if (values is not ScriptObject counted || !counted.TryGetValue("count", out var count) || count is not (int or long))
            {
                throw new ScriptRuntimeException(span, $"text '{key}' shows a count; give it one, as in text '{key}' {{ count: 3 }}");
            }

            key = UiText.CountedKey(key, Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!text.Has(key) && KeyOf(callerContext) is null)
        {
            // A key written as a literal was checked, and reported, before rendering; only a computed one reaches here.
            throw new ScriptRuntimeException(span, $"'{key}' has no text in {text.Path}");
        }

        // The state goes in as an argument: a lambda that captured it cost a closure and a delegate on every call, found or not.
        return values is ScriptObject given
            ? Filled(text[key], given, context)
            : _plain.GetOrAdd(key, static (k, state) => Filled(state.Text[k], null, state.Context), (Text: text, Context: context));
    }

    private static TrustedHtml Filled(string text, ScriptObject? values, TemplateContext context)
    {
        var html = new ArrayBufferWriter<byte>(text.Length + 64);
        Fill(html, text, values, context);
        return new TrustedHtml(html.WrittenSpan.ToArray());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Reports each key a template names as a literal that the language file lacks, at the place that names it.</summary>
    public static void Check(ThemeTemplates templates, UiText text, DiagnosticBag diagnostics)
    {
        foreach (var (name, template) in templates.Named)
        {
            foreach (var call in Descendants(template.Page!).OfType<ScriptFunctionCall>())
            {
                if (KeyOf(call) is { } key && !text.Has(key) && !text.HasCounted(key))
                {
                    diagnostics.Report(
                        DiagnosticCodes.MissingText,
                        ThemeTemplates.Locate(call.Arguments[0].Span, templates.PathOf(name)),
                        $"'{key}' has no text in {text.Path}; add it, e.g. {UiKeys.Example(key)}");
                }
            }
        }
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is not null)
            {
                yield return child;
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }

    /// <summary>The key of a call <c>text 'key' …</c> written as a literal, or null for any other node.</summary>
    private static string? KeyOf(ScriptNode? node) =>
        node is ScriptFunctionCall { Target: ScriptVariable { Name: Name }, Arguments: [ScriptLiteral { Value: string key }, ..] } ? key : null;

    /// <summary>Writes the text with each <c>{name}</c> that has a value replaced by it; a placeholder without one stays, for a script to fill.</summary>
    private static void Fill(IBufferWriter<byte> html, string text, ScriptObject? values, TemplateContext context)
    {
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                HtmlText.WriteUtf8(html, text.AsSpan(at), HtmlText.EscapedLikeMarkdig);
                return;
            }

            HtmlText.WriteUtf8(html, text.AsSpan(at, open - at), HtmlText.EscapedLikeMarkdig);
            var name = text[(open + 1)..close];
            if (values is not null && values.TryGetValue(name, out var value))
            {
                if (value is TrustedHtml trusted)
                {
                    trusted.WriteTo(html);
                }
                else
                {
                    HtmlText.WriteUtf8(html, context.ObjectToString(value) ?? string.Empty);
                }
            }
            else
            {
                HtmlText.WriteUtf8(html, text.AsSpan(open, close - open + 1), HtmlText.EscapedLikeMarkdig);
            }

            at = close + 1;
        }
    }
}
