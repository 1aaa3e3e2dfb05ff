using Briefing.Engine.Model;

namespace Briefing.Engine.Rendering;

/// <summary>How relation types read in the site's language, from either end.</summary>
internal sealed class RelationText(UiText text)
{
    /// <summary>"leads", as in "SoftBank Corp. leads the venture".</summary>
    public string Label(string type) => text[UiKeys.RelationLabel(type)];

    /// <summary>"led by", as in "the venture is led by SoftBank Corp.".</summary>
    public string Inverse(string type) => text[UiKeys.RelationInverse(type)];

    /// <summary>"(one report)": after the label of a relation that rests on a single report, where its line is solid for another.</summary>
    public string OneReport => text[UiKeys.ChartSingleLabel];

    /// <summary>A relation that reads the same from both ends, like "partner of".</summary>
    public bool IsSymmetric(string type) => Label(type) == Inverse(type);
}
