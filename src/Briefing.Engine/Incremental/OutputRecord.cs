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
    public static OutputRecord? Read(string folder, string outputFolder, string key) =>
        Read(key, CacheReader.Read(folder, FileName(outputFolder), long.MaxValue));

    private static OutputRecord? Read(string key, byte[]? bytes) =>
        CacheFile.Read(bytes, Magic, Format, key, reader =>
        {
            var strings = new string[reader.ReadInt32()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            // Pages share most of their links: each recorded link and id is looked up in the table once, not per page.
            var table = new LinkTable();
            var linkOf = new RenderedLink?[strings.Length];
            var idOf = new string?[strings.Length];
            var count = reader.ReadInt32();
            var recorded = new Dictionary<string, RecordedFile>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var content = CacheFile.ReadUInt128(reader);
                var length = reader.ReadInt64();
                var modified = reader.ReadInt64();
                var view = CacheFile.ReadUInt128(reader);
                PageLinks? links = null;
                if (reader.ReadBoolean())
                {
                    var linkList = new RenderedLink[reader.ReadInt32()];
                    for (var l = 0; l < linkList.Length; l++)
                    {
                        var number = reader.ReadInt32();
                        linkList[l] = linkOf[number] ??= table.Link(strings[number]);
                    }

                    var idCount = reader.ReadInt32();
                    var ids = new string[idCount];
                    for (var d = 0; d < idCount; d++)
                    {
                        var number = reader.ReadInt32();
                        ids[d] = idOf[number] ??= table.Ids.Get(strings[number]);
                    }

                    links = new PageLinks(linkList, ids);
                }

                recorded[path] = new RecordedFile(content, length, modified, view, links);
            }

            return new OutputRecord(key, recorded);
        });

    /// <summary>
    /// The record of the build into any output folder that was written last, if it was made with <paramref name="key"/>;
    /// null when there is none to trust. For a build that writes nothing and takes only the pages' recorded links.
    /// </summary>
    public static OutputRecord? Newest(string folder, string key) =>
        CacheReader.Newest(folder, "output-*.bin") is { } newest ? Read(key, CacheReader.Read(folder, newest, long.MaxValue)) : null;

    /// <returns>Whether the record was written; without it the next build is a full one.</returns>
    public bool Write(string folder, string outputFolder) =>
        CacheWriter.Write(folder, FileName(outputFolder), stream => CacheFile.Write(stream, Magic, Format, key, writer =>
        {
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

            // Pages hold the same few link and id objects, so each object's number is kept too: a million links at ten
            // thousand briefings are then numbered without hashing their text, at the end of the build, on one core.
            var byObject = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            int NumberOf(object shared, string text)
            {
                if (!byObject.TryGetValue(shared, out var number))
                {
                    number = Number(text);
                    byObject[shared] = number;
                }

                return number;
            }

            var ordered = files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
            var pages = ordered.Select(f => f.Value.Links is { } links
                ? (links.Links.Select(l => NumberOf(l, l.Link)).ToArray(), links.Ids.Select(id => NumberOf(id, id)).ToArray())
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
                CacheFile.WriteUInt128(writer, file.Content);
                writer.Write(file.Length);
                writer.Write(file.Modified);
                CacheFile.WriteUInt128(writer, file.View);
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
        }));

    /// <summary>Removes the record before the output it describes changes, so a build stopped half-way is never trusted.</summary>
    /// <returns>False when a record is there and could not be removed.</returns>
    public static bool Forget(string folder, string outputFolder) => CacheWriter.Delete(folder, FileName(outputFolder));
}
