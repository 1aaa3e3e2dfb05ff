using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Loading.Yaml;

/// <summary>A YAML value with its file position. Only plain data: no anchors, aliases or tags survive reading.</summary>
internal abstract record YamlValue(SourceLocation Location)
{
    public abstract string KindName { get; }
}

/// <param name="IsBlock">A literal (|) or folded (>) block scalar, whose text starts on the next line.</param>
/// <param name="IsPlain">Unquoted, so 'true' or '12' mean a boolean or number rather than text.</param>
internal sealed record YamlScalar(string Text, bool IsPlain, bool IsBlock, SourceLocation Location) : YamlValue(Location)
{
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing" : "text";
}

internal sealed record YamlSequence(IReadOnlyList<YamlValue> Items, SourceLocation Location) : YamlValue(Location)
{
    public override string KindName => "a list";
}

internal sealed record YamlEntry(YamlScalar Key, YamlValue Value);

internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlValue(Location)
{
    public override string KindName => "a mapping";
}
