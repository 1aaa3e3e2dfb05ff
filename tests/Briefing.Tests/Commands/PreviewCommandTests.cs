namespace Briefing.Tests.Commands;

public sealed class PreviewCommandTests
{
    [Fact]
    public void Help_NamesTheDraftAndStrictOptions()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Program.Run(["preview", "--help"], stdout, stderr);

        Assert.Equal(0, exit);
        var help = stdout.ToString();
        Assert.Contains("--no-drafts", help, StringComparison.Ordinal);
        Assert.Contains("Leave out briefings marked draft: true, as build does", help, StringComparison.Ordinal);
        Assert.Contains("with a draft ribbon (the default)", help, StringComparison.Ordinal);
        Assert.Contains("--strict", help, StringComparison.Ordinal);
    }
}
