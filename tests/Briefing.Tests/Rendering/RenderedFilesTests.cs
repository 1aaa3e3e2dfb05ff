using Briefing.Engine.Rendering;

namespace Briefing.Tests.Rendering;

/// <summary>A file kept in memory is its own bytes whatever their length: lent bytes are copied, a handed-over array is kept.</summary>
public sealed class RenderedFilesTests
{
    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(128 * 1024)]
    [InlineData(100)]
    public void AddLent_BufferWrittenAfterwards_KeepsTheBytesAsLent(int length)
    {
        var files = new KeptFiles();
        var buffer = new byte[length];
        buffer.AsSpan().Fill((byte)'a');

        files.AddLent("a.html", buffer);
        buffer.AsSpan().Fill((byte)'b');

        Assert.Equal(Enumerable.Repeat((byte)'a', length), files.ToSite().Files["a.html"]);
    }

    [Fact]
    public void Add_HandedOverArray_IsKeptWithoutACopy()
    {
        var files = new KeptFiles();
        byte[] page = [1, 2, 3];

        files.Add("a.html", page);

        Assert.Same(page, files.ToSite().Files["a.html"]);
    }
}
