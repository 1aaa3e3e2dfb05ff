using System.IO.Hashing;
using System.Text;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Incremental;

/// <summary>One file of the output as the build that wrote it left it.</summary>
/// <param name="Content">The hash of the file's bytes.</param>
/// <param name="Length">Its length, and <paramref name="Modified"/> its last-write time in ticks: a file changed since is not the one recorded.</param>
/// <param name="View">For a page, the hash of the views it was rendered from (<see cref="ViewHash"/>); zero for other files.</param>
/// <param name="Links">For a page, its links and ids, for the link check of a build that does not render it again.</param>
internal sealed record RecordedFile(UInt128 Content, long Length, long Modified, UInt128 View, PageLinks? Links);

/// <summary>
/// The build cache's record of the last output a build wrote: every file with its content hash, and every page with the
/// hash of its views and its links. Read back, it lets the next build render only pages whose views changed and write
/// only files whose bytes changed. It is trusted only whole: a record of another engine, theme, set of options or
/// output folder, or one that is cut short or altered in any byte, is not read at all.
/// </summary>
internal sealed class OutputRecord(string key, IReadOnlyDictionary<string, RecordedFile> files)
{
    /// <summary>Changes when the layout below does.</summary>
    private const int Format = 1;

    private static ReadOnlySpan<byte> Magic => "BRIEFING-OUTPUT\n"u8;

    /// <summary>What every recorded file was made with besides its views: the engine, the theme's files, the build's options and the output folder.</summary>
    public string Key => key;

    public IReadOnlyDictionary<string, RecordedFile> Files => files;

    /// <summary>The record's file in the cache folder; one per output folder, so two outputs of one site keep their own.</summary>
    public static string FileName(string outputFolder) =>
        $"output-{Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(Path.GetFullPath(outputFolder))))}.bin";

    /// <summary>The record of the last build into the same output made with <paramref name="key"/>; null when there is none to trust.</summary>
    public static OutputRecord? Read(string folder, string outputFolder, string key)
    {
        var bytes = CacheReader.Read(folder, FileName(outputFolder), long.MaxValue);
        if (bytes is null || bytes.Length < Magic.Length + sizeof(ulong) * 2 || !bytes.AsSpan().StartsWith(Magic))
        {
            return null;
        }

        var body = bytes.AsSpan(0, bytes.Length - 16);
        if (XxHash128.HashToUInt128(body) != ReadUInt128(bytes.AsSpan(bytes.Length - 16)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, body.Length - Magic.Length), Encoding.UTF8);
            if (reader.ReadInt32() != Format || reader.ReadString() != key)
            {
                return null;
            }

            var strings = new string[reader.ReadInt32()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            var table = new LinkTable();
            var count = reader.ReadInt32();
            var recorded = new Dictionary<string, RecordedFile>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var content = ReadUInt128(reader.ReadBytes(16));
                var length = reader.ReadInt64();
                var modified = reader.ReadInt64();
                var view = ReadUInt128(reader.ReadBytes(16));
                PageLinks? links = null;
                if (reader.ReadBoolean())
                {
                    var linkList = new RenderedLink[reader.ReadInt32()];
                    for (var l = 0; l < linkList.Length; l++)
                    {
                        linkList[l] = table.Link(strings[reader.ReadInt32()]);
                    }

                    var idCount = reader.ReadInt32();
                    var ids = new HashSet<string>(idCount, StringComparer.Ordinal);
                    for (var d = 0; d < idCount; d++)
                    {
                        ids.Add(table.Ids.Get(strings[reader.ReadInt32()]));
                    }

                    links = new PageLinks(linkList, ids);
                }

                recorded[path] = new RecordedFile(content, length, modified, view, links);
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new OutputRecord(key, recorded) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // The checksum matched, so only a record written by a faulty engine gets here; it is dropped all the same.
            return null;
        }
    }

    /// <returns>Whether the record was written; without it the next build is a full one.</returns>
    public bool Write(string folder, string outputFolder)
    {
        var stream = new MemoryStream();
        stream.Write(Magic);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(key);

            // Every page links to the same menu and assets: each link and id is written once and named by number.
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var strings = new List<string>();
            int Number(string text)
            {
                if (!numbers.TryGetValue(text, out var number))
                {
                    number = strings.Count;
                    numbers[text] = number;
                    strings.Add(text);
                }

                return number;
            }

            var ordered = files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
            var pages = ordered.Select(f => f.Value.Links is { } links
                ? (links.Links.Select(l => Number(l.Link)).ToArray(), links.Ids.Order(StringComparer.Ordinal).Select(Number).ToArray())
                : default).ToList();

            writer.Write(strings.Count);
            foreach (var text in strings)
            {
                writer.Write(text);
            }

            writer.Write(ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                var (path, file) = ordered[i];
                writer.Write(path);
                writer.Write(Bytes(file.Content));
                writer.Write(file.Length);
                writer.Write(file.Modified);
                writer.Write(Bytes(file.View));
                writer.Write(file.Links is not null);
                if (file.Links is not null)
                {
                    var (links, ids) = pages[i];
                    writer.Write(links.Length);
                    foreach (var number in links)
                    {
                        writer.Write(number);
                    }

                    writer.Write(ids.Length);
                    foreach (var number in ids)
                    {
                        writer.Write(number);
                    }
                }
            }
        }

        stream.Write(Bytes(XxHash128.HashToUInt128(stream.GetBuffer().AsSpan(0, (int)stream.Length))));
        return CacheWriter.Write(folder, FileName(outputFolder), stream.ToArray());
    }

    /// <summary>Removes the record before the output it describes changes, so a build stopped half-way is never trusted.</summary>
    /// <returns>False when a record is there and could not be removed.</returns>
    public static bool Forget(string folder, string outputFolder) => CacheWriter.Delete(folder, FileName(outputFolder));

    private static byte[] Bytes(UInt128 value)
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        return bytes;
    }

    private static UInt128 ReadUInt128(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 16 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(bytes) : throw new EndOfStreamException();
}
