namespace Briefing.Engine.Markdown;

public sealed record EntityTarget(string Name, string Url);

public sealed record CitationTarget(int Number, string Label);

/// <summary>What the Markdown renderers may know of the page being rendered: resolved entities and its citation numbers.</summary>
public interface IPageContext
{
    EntityTarget? FindEntity(string id);

    CitationTarget? FindCitation(string sourceId);
}
