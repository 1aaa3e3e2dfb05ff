using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;

namespace Briefing.Tests.Infrastructure;

/// <summary>The real theme's words, for tests of code that writes what a reader sees.</summary>
internal static class ThemeText
{
    private static readonly Lazy<UiText> Loaded = new(() => Load("en"));

    private static readonly Lazy<UiText> LoadedJapanese = new(() => Load("ja"));

    public static UiText English => Loaded.Value;

    public static UiText Japanese => LoadedJapanese.Value;

    private static UiText Load(string language)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(InputReader.ReadFolder(RepoPaths.Theme, RepoPaths.Root, diagnostics), diagnostics, NoLoadMemo.Instance);
        var text = UiText.For(theme, language, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return text;
    }
}
