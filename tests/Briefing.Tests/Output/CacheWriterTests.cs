using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Output;

/// <summary>An entry of the build cache is there whole or not at all, and a prepared one only once it is put in place.</summary>
public sealed class CacheWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Prepare_EntryIsNotReadUntilPublished_ThenReplacesTheOldOne()
    {
        _folder.Write("entry.bin", "old");

        using var pending = CacheWriter.Prepare(_folder.Path, "entry.bin", stream => stream.Write("new"u8));

        Assert.NotNull(pending);
        Assert.Equal("old"u8.ToArray(), Read("entry.bin"));
        Assert.True(pending.Publish());
        Assert.Equal("new"u8.ToArray(), Read("entry.bin"));
        Assert.Equal(["entry.bin"], Names());
    }

    [Fact]
    public void Prepare_DroppedUnpublished_LeavesNoEntryAndNoTemporaryFile()
    {
        using (CacheWriter.Prepare(_folder.Path, "entry.bin", stream => stream.Write("new"u8)))
        {
            Assert.Null(Read("entry.bin"));
        }

        Assert.Empty(Names());
    }

    [Fact]
    public void Prepare_WriterFails_GivesNothingAndLeavesNoTemporaryFile()
    {
        var pending = CacheWriter.Prepare(_folder.Path, "entry.bin", stream =>
        {
            stream.Write("part"u8);
            throw new IOException("disk full");
        });

        Assert.Null(pending);
        Assert.Empty(Names());
    }

    [Fact]
    public void Publish_Twice_IsRefused()
    {
        using var pending = CacheWriter.Prepare(_folder.Path, "entry.bin", stream => stream.Write("new"u8))!;
        pending.Publish();

        Assert.Throws<InvalidOperationException>(() => pending.Publish());
    }

    private byte[]? Read(string name) => CacheReader.Map(_folder.Path, [name])[0]?.ToArray();

    private string[] Names() => [.. Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
