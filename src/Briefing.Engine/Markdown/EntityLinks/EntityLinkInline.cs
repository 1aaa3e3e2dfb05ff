using Markdig.Syntax.Inlines;

namespace Briefing.Engine.Markdown.EntityLinks;

/// <summary><c>[[softbank-corp]]</c> or <c>[[softbank-corp|the SoftBank unit]]</c>.</summary>
internal sealed class EntityLinkInline(string entityId, string? text) : LeafInline
{
    public string EntityId { get; } = entityId;

    /// <summary>The writer's link text, or null to show the entity's name.</summary>
    public string? Text { get; } = text;
}
