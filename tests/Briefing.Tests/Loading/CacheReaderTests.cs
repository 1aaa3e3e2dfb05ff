using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Loading;

/// <summary>The build cache's entries mapped into memory: each as its file was, and none that is not a file to read.</summary>
public sealed class CacheReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Map_GivesEachFilesBytes_AndNullForEveryEntryThatIsNotAFileToRead()
    {
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
        _folder.Write("large.bin", bytes);
        _folder.Write("small.bin", "abc");
        _folder.Write("empty.bin", []);
        Directory.CreateDirectory(_folder.Combine("folder.bin"));
        File.CreateSymbolicLink(_folder.Combine("link.bin"), _folder.Combine("small.bin"));

        var entries = CacheReader.Map(_folder.Path, ["large.bin", "small.bin", "missing.bin", "empty.bin", "folder.bin", "link.bin"]);

        Assert.Equal(bytes, entries[0]!.Value.ToArray());
        Assert.Equal("abc"u8.ToArray(), entries[1]!.Value.ToArray());
        Assert.All(entries[2..], entry => Assert.Null(entry));
    }

    [Fact]
    public void Map_AnEntryLargerThanAllowed_IsNotMapped()
    {
        _folder.Write("entry.bin", new byte[100]);

        Assert.Null(CacheReader.Map(_folder.Path, ["entry.bin"], maxBytes: 99)[0]);
        Assert.Equal(100, CacheReader.Map(_folder.Path, ["entry.bin"], maxBytes: 100)[0]!.Value.Length);
    }

    [Fact]
    public void Map_EntryReplacedOrRemovedByTheCacheWriter_KeepsTheBytesItMapped()
    {
        _folder.Write("entry.bin", "first version");
        var mapped = CacheReader.Map(_folder.Path, ["entry.bin"])[0]!.Value;
        var part = mapped[6..];

        Assert.True(CacheWriter.Write(_folder.Path, "entry.bin", "second, longer version"u8.ToArray()));
        Assert.Equal("first version"u8.ToArray(), mapped.ToArray());
        Assert.True(CacheWriter.Delete(_folder.Path, "entry.bin"));

        Assert.Equal("version"u8.ToArray(), part.ToArray());
    }

    [Fact]
    public void Hash_OfAMappedEntryOrAPartOfIt_IsTheHashOfTheBytesMapped_EvenOnceTheFileIsReplaced()
    {
        // Longer than the buffer the file is read through, so it is read in several pieces.
        var bytes = Enumerable.Range(0, 700_000).Select(i => (byte)(i * 13)).ToArray();
        _folder.Write("entry.bin", bytes);
        var mapped = CacheReader.Map(_folder.Path, ["entry.bin"])[0]!.Value;

        Assert.True(CacheWriter.Write(_folder.Path, "entry.bin", new byte[700_000]));

        Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128(bytes), CacheReader.Hash(mapped));
        Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128(bytes.AsSpan(1_000, 600_000)), CacheReader.Hash(mapped.Slice(1_000, 600_000)));
        Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128(bytes.AsSpan(5, 0)), CacheReader.Hash(mapped[5..5]));
        Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128(bytes.AsSpan(9, 99)), CacheReader.Hash(bytes.AsMemory(9, 99)));
    }
}
