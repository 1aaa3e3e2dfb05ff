using Briefing.Engine.Diagnostics;
using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class ErrorOverlayTests
{
    private static readonly Diagnostic Error = new(Severity.Error, "BRF2001", "unknown entity 'sonyy'", new SourceLocation("input/briefings/a.md", 8, 19));
    private static readonly Diagnostic Warning = new(Severity.Warning, "BRF2009", "this paragraph cites no source <b>", new SourceLocation("input/briefings/a.md", 10, 1));

    [Fact]
    public void Html_ErrorsAndWarnings_ListsErrorsAndFoldsWarningsAway()
    {
        var html = ErrorOverlay.Html([Error, Warning]);

        Assert.Contains("<h2 id=\"briefing-preview-errors-title\">The site did not build: 1 error</h2>", html, StringComparison.Ordinal);
        var folded = html.IndexOf("<details class=\"briefing-preview-also\">\n<summary>1 warning as well, which the published build treats as errors</summary>", StringComparison.Ordinal);
        Assert.True(folded > html.IndexOf("error BRF2001", StringComparison.Ordinal));
        Assert.True(html.IndexOf("warning BRF2009", StringComparison.Ordinal) > folded);
        Assert.Contains("cites no source &lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_OnlyErrors_HasNoWarningsSection()
    {
        Assert.DoesNotContain("<details", ErrorOverlay.Html([Error]), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_Two_CountsThemAndEscapes()
    {
        var html = ErrorOverlay.Warnings([Warning, Warning with { Location = new SourceLocation("input/briefings/b.md", 3, 1) }]);

        Assert.StartsWith("<aside id=\"briefing-preview-warnings\"", html, StringComparison.Ordinal);
        Assert.Contains("<summary>2 warnings: the published build treats them as errors</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<code>build --strict</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details open", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DraftRibbon_Path_IsEscaped()
    {
        var html = DraftRibbon.Html("input/briefings/<x>.md");

        Assert.Contains("<code>input/briefings/&lt;x&gt;.md</code>", html, StringComparison.Ordinal);
    }
}
