using System.Buffers;
using System.Text;
using Briefing.Engine.Rendering;

namespace Briefing.Tests.Rendering;

public sealed class Utf8PageOutputTests
{
    [Fact]
    public void Write_SurrogatePairSplitBetweenTwoWrites_IsOneCharacter()
    {
        var output = new Utf8PageOutput();
        var emoji = "🤖";

        output.Write(emoji, 0, 1);
        output.Write(emoji, 1, 1);

        Assert.Equal(Encoding.UTF8.GetBytes(emoji), output.Written.ToArray());
    }

    [Fact]
    public void BytesWrittenDirectly_AfterTextAndAfterAHalfPair_FollowWhatWasWritten()
    {
        var output = new Utf8PageOutput();

        output.Write("<p>é", 0, 4);
        ((IBufferWriter<byte>)output).Write("</p>"u8);
        output.Write("\ud83e", 0, 1);
        output.Write("!"u8);

        Assert.Equal("<p>é</p>\ufffd!", Encoding.UTF8.GetString(output.Written));
    }

    [Fact]
    public void Clear_EmptiesTheOutputForTheNextPage()
    {
        var output = new Utf8PageOutput();
        output.Write("first \ud83e", 0, 7);
        output.Clear();

        output.Write("second", 0, 6);

        Assert.Equal("second"u8.ToArray(), output.Written.ToArray());
    }

    [Fact]
    public void TakeBackNewLine_OnlyTakesATrailingLineFeed()
    {
        var output = new Utf8PageOutput();
        output.Write("a\n", 0, 2);

        Assert.True(output.TakeBackNewLine());
        Assert.False(output.TakeBackNewLine());
        Assert.Equal("a"u8.ToArray(), output.Written.ToArray());
    }

    [Fact]
    public void Write_BytesAfterText_FollowTheText()
    {
        var output = new Utf8PageOutput();
        output.Write("a ", 0, 2);
        output.Write("\u00e9t\u00e9"u8);

        Assert.Equal("a \u00e9t\u00e9"u8.ToArray(), output.Written.ToArray());
    }
}
