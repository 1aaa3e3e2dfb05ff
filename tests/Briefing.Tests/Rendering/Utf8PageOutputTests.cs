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

        Assert.Equal(Encoding.UTF8.GetBytes(emoji), output.Take());
    }

    [Fact]
    public void BytesWrittenDirectly_AfterTextAndAfterAHalfPair_FollowWhatWasWritten()
    {
        var output = new Utf8PageOutput();

        output.Write("<p>é", 0, 4);
        output.Write("</p>"u8);
        output.Write("\ud83e", 0, 1);
        output.Write("!"u8);

        Assert.Equal("<p>é</p>\ufffd!", Encoding.UTF8.GetString(output.Take()));
    }

    [Fact]
    public void Take_EmptiesTheOutputForTheNextPage()
    {
        var output = new Utf8PageOutput();
        output.Write("first", 0, 5);
        output.Take();

        output.Write("second", 0, 6);

        Assert.Equal("second"u8.ToArray(), output.Take());
    }

    [Fact]
    public void Write_BytesAfterText_FollowTheTextAndAreKeptUntilTaken()
    {
        var output = new Utf8PageOutput();
        output.Write("a ", 0, 2);
        output.Write("\u00e9t\u00e9"u8);

        Assert.Equal("a \u00e9t\u00e9"u8.ToArray(), output.Written.ToArray());
        Assert.Equal("a \u00e9t\u00e9"u8.ToArray(), output.Take());
        Assert.True(output.Written.IsEmpty);
    }
}
