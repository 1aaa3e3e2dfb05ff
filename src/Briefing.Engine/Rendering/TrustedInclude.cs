using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning the partial's output as <see cref="TrustedHtml"/>: every value in it
/// was escaped as the partial wrote it, so escaping the whole again would show "&amp;amp;". Replacing the
/// function, rather than the call syntax, covers <c>include 'x'</c> and <c>'x' | include</c> alike.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Trust(object? result) => result is string html ? new TrustedHtml(html) : result;
}
