using Briefing.Engine.Loading;

namespace Briefing.Tests.Loading;

/// <summary>The YAML a file's front matter holds, however its lines end and however its fences are written.</summary>
public sealed class FrontMatterLinesTests
{
    [Theory]
    [InlineData("---\ntitle: T\ndate: 2026-01-01\n---\nText.\n", "title: T\ndate: 2026-01-01\n")]
    [InlineData("---\r\ntitle: T\r\ndate: 2026-01-01\r\n---\r\nText.\r\n", "title: T\ndate: 2026-01-01\n")]
    [InlineData("---\rtitle: T\rdate: 2026-01-01\r---\rText.\r", "title: T\ndate: 2026-01-01\n")]
    [InlineData("---\r\ntitle: T\ndate: 2026-01-01\r---", "title: T\ndate: 2026-01-01\n")]
    [InlineData("---  \ntitle: T  \n...\nText.", "title: T  \n")]
    [InlineData("---\n---\nText.", "")]
    [InlineData("---\ntitle: T\n---\t \n", "title: T\n")]
    public void FrontMatter_IsEachLineBeforeTheClosingFence_EndedByALineFeed(string text, string yaml) =>
        Assert.Equal(yaml, BriefingLoader.FrontMatter(text, "a.md", "start with ---", null));

    [Theory]
    [InlineData("", "start with ---")]
    [InlineData("title: T\n---\n", "start with ---")]
    [InlineData("----\ntitle: T\n---\n", "start with ---")]
    [InlineData("---\ntitle: T\n", "front matter is not closed; add a '---' line after the last key")]
    [InlineData("---\ntitle: T\n-- -\n", "front matter is not closed; add a '---' line after the last key")]
    public void FrontMatter_MissingOrNotClosed_IsReported(string text, string message)
    {
        var diagnostics = new Briefing.Engine.Diagnostics.DiagnosticBag();

        Assert.Null(BriefingLoader.FrontMatter(text, "a.md", "start with ---", diagnostics));
        Assert.Equal([$"a.md(1,1): error BRF1003: {message}"], diagnostics.Sorted().Select(d => d.ToString()));
    }
}
