using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>
/// A template function that takes one text and gives one, such as <c>{{ asset 'site.css' }}</c>. Scriban can wrap
/// a delegate as a function too, but it does so by reading the delegate's method through reflection, which a
/// program compiled ahead of time and trimmed cannot count on.
/// </summary>
/// <param name="apply">The text for a text, or null when there is none: <paramref name="missing"/> then says why, at the call.</param>
internal sealed class TextToTextFunction(Func<string, string?> apply, Func<string, string>? missing = null) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var text = context.ToObject<string>(span, arguments[0]) ?? string.Empty;
        return apply(text) ?? throw new ScriptRuntimeException(span, missing?.Invoke(text) ?? $"nothing for '{text}'");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
