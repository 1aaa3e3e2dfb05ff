using Briefing.Engine.Loading;

namespace Briefing.Tests.Loading;

public sealed class LinedTextTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 0)]
    [InlineData(5, 0)]
    [InlineData(0, 0)]
    public void IndentOf_EachLine_IsItsLeadingSpaces_AndNoneOffTheText(int line, int indent)
    {
        var text = new LinedText("- body: |\n  First line\n    nested\n");

        Assert.Equal(indent, text.IndentOf(line));
    }

    [Fact]
    public void IndentOf_LastLineWithoutLineFeed_IsFound()
    {
        Assert.Equal(3, new LinedText("a\n   b").IndentOf(2));
    }
}
