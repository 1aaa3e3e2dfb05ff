using Briefing.Engine.Model;

namespace Briefing.Tests.Model;

/// <summary>A name is refused for exactly the characters some OS will not take in a file name, wherever in the name they stand.</summary>
public sealed class FileNamesTests
{
    [Fact]
    public void Problem_EveryCharacter_IsRefusedExactlyWhenControlOrReserved()
    {
        const string reserved = "/\\:*?\"<>|";
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var refused = char.IsControl(c) || reserved.Contains(c, StringComparison.Ordinal);

            Assert.Equal(refused, FileNames.Problem($"a{c}b") == "a character that is not allowed in file names");
        }
    }

    [Theory]
    [InlineData("con")]
    [InlineData("CON.html")]
    [InlineData("lpt9.tar.gz")]
    public void Problem_DeviceNameWithAnyExtension_IsRefused(string name) =>
        Assert.Equal("a device name on Windows", FileNames.Problem(name));

    [Theory]
    [InlineData("console.html")]
    [InlineData("com10")]
    [InlineData("index.html")]
    public void Problem_NameThatOnlyStartsLikeADevice_IsAccepted(string name) => Assert.Null(FileNames.Problem(name));
}
