using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown.Charts;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.Limits;

/// <summary>What a parsed document holds that must not go further: refused blocks, charts that cannot be drawn as written, and nesting deeper than Markdig renders.</summary>
internal static class Refusals
{
    /// <summary>The refusals <see cref="BlockBudget"/> recorded on blocks, then a node nested deeper than <see cref="MarkdownLimits.MaxDepth"/>, if any.</summary>
    public static List<MarkdownRefusal> Of(MarkdownDocument document)
    {
        var refusals = new List<MarkdownRefusal>();
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        MarkdownRefusal? tooDeep = null;
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (BlockBudget.RefusalOf(node) is { } message)
            {
                refusals.Add(new MarkdownRefusal(DiagnosticCodes.MarkdownTooComplex, node.Line, node.Column, message));
            }

            if (node is ChartBlock chart && chart.Problem() is { } problem)
            {
                refusals.Add(problem);
            }

            if (depth > MarkdownLimits.MaxDepth)
            {
                tooDeep ??= new MarkdownRefusal(DiagnosticCodes.TooDeep, node.Line, node.Column, $"Markdown is nested more than {MarkdownLimits.MaxDepth} levels deep (block quotes, lists, links or emphasis); flatten it");
                continue;
            }

            PushChildren(pending, node, depth + 1);
        }

        if (tooDeep is not null)
        {
            refusals.Add(tooDeep);
        }

        return refusals;
    }

    /// <summary>Walked with an explicit stack, as a document may be nested as deep as Markdig allows; children are pushed directly, as an iterator per node cost a third of the walk.</summary>
    private static void PushChildren(Stack<(MarkdownObject Node, int Depth)> pending, MarkdownObject node, int depth)
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++)
                {
                    pending.Push((container[i], depth));
                }

                break;
            case LeafBlock { Inline: { } inline }:
                pending.Push((inline, depth));
                break;
            case ContainerInline inline:
                for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                {
                    pending.Push((child, depth));
                }

                break;
        }
    }
}
