namespace Briefing.Engine.Rendering;

/// <summary>HTML that C# produced (rendered Markdown, partials, citation marks): the only value templates write unescaped.</summary>
public sealed record TrustedHtml(string Value)
{
    public static TrustedHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Value;
}
