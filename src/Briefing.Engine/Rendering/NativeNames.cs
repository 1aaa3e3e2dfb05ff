namespace Briefing.Engine.Rendering;

/// <summary>
/// The language of an entity's native name, for its lang attribute, so screen readers pronounce it and
/// browsers pick Japanese rather than Chinese glyph forms. Kana mean Japanese and Hangul Korean; a name
/// in Han characters alone is read as Chinese when the entity is based in a Chinese-speaking place, and
/// as Japanese otherwise, since Japanese entities are what the briefings are about.
/// </summary>
internal static class NativeNames
{
    private static readonly string[] ChineseSpeaking = ["China", "Hong Kong", "Taiwan", "Macau", "Macao"];

    public static string? Language(string? nativeName, string? headquarters)
    {
        if (string.IsNullOrEmpty(nativeName))
        {
            return null;
        }

        if (nativeName.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F'))
        {
            return "ja";
        }

        if (nativeName.Any(c => c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF'))
        {
            return "ko";
        }

        return headquarters is not null && ChineseSpeaking.Any(place => headquarters.Contains(place, StringComparison.OrdinalIgnoreCase)) ? "zh" : "ja";
    }
}
