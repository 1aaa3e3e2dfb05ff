namespace Briefing.Engine.Rendering;

/// <summary>How relation types read in prose, from either end.</summary>
internal static class RelationText
{
    private static readonly Dictionary<string, (string Label, string Inverse)> Texts = new(StringComparer.Ordinal)
    {
        ["leads"] = ("leads", "led by"),
        ["member-of"] = ("member of", "has member"),
        ["invests-in"] = ("invests in", "investment from"),
        ["partner-of"] = ("partner of", "partner of"),
        ["funds"] = ("funds", "funded by"),
        ["parent-of"] = ("parent of", "subsidiary of"),
        ["competes-with"] = ("competes with", "competes with"),
        ["hosts"] = ("hosts", "hosted by"),
    };

    /// <summary>"leads", as in "SoftBank Corp. leads the venture".</summary>
    public static string Label(string type) => Texts.TryGetValue(type, out var text) ? text.Label : type;

    /// <summary>"led by", as in "the venture is led by SoftBank Corp.".</summary>
    public static string Inverse(string type) => Texts.TryGetValue(type, out var text) ? text.Inverse : type;

    /// <summary>A relation that reads the same from both ends, like "partner of".</summary>
    public static bool IsSymmetric(string type) => Label(type) == Inverse(type);
}
