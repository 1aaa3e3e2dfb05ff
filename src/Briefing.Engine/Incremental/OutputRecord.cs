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
/// <param name="Numbers">For a page read from a record, its links' and ids' numbers in that record's <see cref="OutputRecord.Strings"/>.</param>
internal sealed record RecordedFile(UInt128 Content, long Length, long Modified, UInt128 View, PageLinks? Links, PageNumbers? Numbers = null)
{
    /// <summary>For a page, the hash of what it was made from (<see cref="Rendering.IRenderMemo.PageFromInputs"/>); zero for other files.</summary>
    public UInt128 Inputs { get; init; }
}

/// <summary>A page's links and ids as a record numbers them: each its place in the record's table of strings, in the order of <see cref="PageLinks"/>.</summary>
internal sealed record PageNumbers(int[] Links, int[] Ids);

/// <summary>
/// The build cache's record of the last output a build wrote: every file with its content hash, and every page with the
/// hash of its views and its links. Read back, it lets the next build render only pages whose views changed and write
/// only files whose bytes changed. It is trusted only whole: a record of another engine, theme, set of options or
/// output folder, or one that is cut short or altered in any byte, is not read at all.
/// </summary>
/// <param name="strings">The table of strings the files' <see cref="RecordedFile.Numbers"/> are places in, for a record made from one read; null when they are in none.</param>
internal sealed class OutputRecord(string key, IReadOnlyDictionary<string, RecordedFile> files, IReadOnlyList<string>? strings = null)
{
    /// <summary>Changes when the layout below does.</summary>
    private const int Format = 3;

    private static ReadOnlySpan<byte> Magic => "BRIEFING-OUTPUT\n"u8;

    /// <summary>What every recorded file was made with besides its views: the engine, the theme's files, the build's options and the output folder.</summary>
    public string Key => key;

    public IReadOnlyDictionary<string, RecordedFile> Files => files;

    /// <summary>
    /// The table the files' <see cref="RecordedFile.Numbers"/> are places in: for a record read, every link and id of its
    /// pages, each once, in ordinal order; for one made from a record read, that record's. Null when no record was read.
    /// </summary>
    public IReadOnlyList<string>? Strings => strings;

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

            // Pages share most of their links: each recorded link and id is looked up in the table once, not per page,
            // and only for a page whose links are asked for.
            var texts = new NumberedTexts(strings);
            var count = reader.ReadInt32();
            var recorded = new Dictionary<string, RecordedFile>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var content = CacheFile.ReadUInt128(reader);
                var length = reader.ReadInt64();
                var modified = reader.ReadInt64();
                var view = CacheFile.ReadUInt128(reader);
                var inputs = CacheFile.ReadUInt128(reader);
                PageLinks? links = null;
                PageNumbers? numbers = null;
                if (reader.ReadBoolean())
                {
                    var linkNumbers = ReadNumbers(reader, strings.Length);
                    var idNumbers = ReadNumbers(reader, strings.Length);

                    // A page's ids were written sorted, each once, and the table is sorted: numbers that are not are damage.
                    for (var d = 1; d < idNumbers.Length; d++)
                    {
                        if (idNumbers[d - 1] >= idNumbers[d])
                        {
                            throw new FormatException("ids out of order");
                        }
                    }

                    numbers = new PageNumbers(linkNumbers, idNumbers);
                    links = new PageLinks(linkNumbers, idNumbers, texts);
                }

                recorded[path] = new RecordedFile(content, length, modified, view, links, numbers) { Inputs = inputs };
            }

            return new OutputRecord(key, recorded, strings);
        });

    /// <summary>A count, then that many places in a table of <paramref name="table"/> texts; a place outside it is damage.</summary>
    private static int[] ReadNumbers(BinaryReader reader, int table)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > (reader.BaseStream.Length - reader.BaseStream.Position) / sizeof(int))
        {
            throw new FormatException("count out of range");
        }

        var numbers = new int[count];
        for (var n = 0; n < numbers.Length; n++)
        {
            numbers[n] = reader.ReadInt32();
            if ((uint)numbers[n] >= (uint)table)
            {
                throw new FormatException("number out of range");
            }
        }

        return numbers;
    }

    /// <summary>
    /// The record of the build into any output folder that was written last, if it was made with <paramref name="key"/>;
    /// null when there is none to trust. For a build that writes nothing and takes only the pages' recorded links.
    /// </summary>
    public static OutputRecord? Newest(string folder, string key) =>
        CacheReader.Newest(folder, "output-*.bin") is { } newest ? Read(key, CacheReader.Read(folder, newest, long.MaxValue)) : null;

    /// <returns>Whether the record was written; without it the next build is a full one.</returns>
    public bool Write(string folder, string outputFolder) => CacheWriter.Write(folder, FileName(outputFolder), Encode);

    /// <summary>Writes the record where no build reads it until it is put in place: a record may be made while the output it describes is still being placed.</summary>
    /// <returns>The record written, or null when it could not be; without it the next build is a full one.</returns>
    public CacheWriter.PendingEntry? Prepare(string folder, string outputFolder) => CacheWriter.Prepare(folder, FileName(outputFolder), Encode);

    private void Encode(Stream stream) =>
        CacheFile.Write(stream, Magic, Format, key, writer =>
        {
            var ordered = files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
            var numbering = new Numbering(strings);
            var pages = ordered.Select(f => f.Value.Links is { } links ? numbering.Page(links, f.Value.Numbers) : null).ToList();
            var table = numbering.Table();

            writer.Write(table.Count);
            foreach (var text in table)
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
                CacheFile.WriteUInt128(writer, file.Inputs);
                writer.Write(pages[i] is not null);
                if (pages[i] is { } page)
                {
                    writer.Write(page.Links.Length);
                    foreach (var code in page.Links)
                    {
                        writer.Write(numbering.Number(code));
                    }

                    writer.Write(page.Ids.Length);
                    foreach (var code in page.Ids)
                    {
                        writer.Write(numbering.Number(code));
                    }
                }
            }
        });

    /// <summary>
    /// Numbers every page's links and ids by their places in the table of all of them, each once, in ordinal order; the
    /// same table and numbers however the pages came to the record.
    /// </summary>
    /// <remarks>
    /// A page the build did not render holds the numbers it was read with, which are places in the table read: those are
    /// only moved to the new table's places, through an array. Only rendered pages' links are looked up, each object
    /// once, without hashing its text. Looking up the million links of ten thousand briefings, by object on one core,
    /// was the last tenth of a second of an edit.
    /// </remarks>
    /// <param name="earlier">The table the pages' numbers as read are places in; null when no page was read.</param>
    private sealed class Numbering(IReadOnlyList<string>? earlier)
    {
        // A page's code for a link or id is its place in the earlier table, or the complement of its place among the new texts.
        private readonly bool[] _used = new bool[earlier?.Count ?? 0];
        private readonly Dictionary<object, int> _byObject = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, int> _newPlace = new(StringComparer.Ordinal);
        private readonly List<string> _newTexts = [];
        private Dictionary<string, int>? _earlierPlace;
        private int[] _earlierNumber = [];
        private int[] _newNumber = [];

        /// <summary>The page's codes, to be turned into numbers by <see cref="Number"/> once <see cref="Table"/> is made.</summary>
        /// <param name="read">The page's numbers in the earlier table, when it was read and not rendered since.</param>
        public PageNumbers Page(PageLinks links, PageNumbers? read)
        {
            if (read is not null && earlier is not null)
            {
                Use(read.Links);
                Use(read.Ids);
                return read;
            }

            var linkCodes = new int[links.Links.Count];
            for (var k = 0; k < linkCodes.Length; k++)
            {
                linkCodes[k] = Code(links.Links[k], links.Links[k].Link);
            }

            var idCodes = new int[links.Ids.Count];
            for (var k = 0; k < idCodes.Length; k++)
            {
                idCodes[k] = Code(links.Ids[k], links.Ids[k]);
            }

            return new PageNumbers(linkCodes, idCodes);
        }

        /// <summary>Every text some page holds, each once, in ordinal order: the earlier table's still in use, merged with the new ones.</summary>
        public List<string> Table()
        {
            var added = _newTexts.Select((text, place) => (text, place)).OrderBy(t => t.text, StringComparer.Ordinal).ToList();
            var table = new List<string>(_newTexts.Count + (earlier?.Count ?? 0));
            _earlierNumber = new int[_used.Length];
            _newNumber = new int[_newTexts.Count];
            var next = 0;
            for (var n = 0; n < _used.Length; n++)
            {
                if (!_used[n])
                {
                    continue;
                }

                for (; next < added.Count && string.CompareOrdinal(added[next].text, earlier![n]) < 0; next++)
                {
                    _newNumber[added[next].place] = table.Count;
                    table.Add(added[next].text);
                }

                _earlierNumber[n] = table.Count;
                table.Add(earlier![n]);
            }

            for (; next < added.Count; next++)
            {
                _newNumber[added[next].place] = table.Count;
                table.Add(added[next].text);
            }

            return table;
        }

        /// <summary>A code's number in <see cref="Table"/>.</summary>
        public int Number(int code) => code >= 0 ? _earlierNumber[code] : _newNumber[~code];

        private void Use(int[] numbers)
        {
            foreach (var number in numbers)
            {
                _used[number] = true;
            }
        }

        private int Code(object shared, string text)
        {
            if (_byObject.TryGetValue(shared, out var code))
            {
                return code;
            }

            if (earlier is not null && (_earlierPlace ??= PlacesIn(earlier)).TryGetValue(text, out var place))
            {
                _used[place] = true;
                code = place;
            }
            else
            {
                if (!_newPlace.TryGetValue(text, out var added))
                {
                    added = _newTexts.Count;
                    _newPlace[text] = added;
                    _newTexts.Add(text);
                }

                code = ~added;
            }

            _byObject[shared] = code;
            return code;
        }

        private static Dictionary<string, int> PlacesIn(IReadOnlyList<string> table)
        {
            var places = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
            for (var n = 0; n < table.Count; n++)
            {
                places[table[n]] = n;
            }

            return places;
        }
    }

    /// <summary>Removes the record before the output it describes changes, so a build stopped half-way is never trusted.</summary>
    /// <returns>False when a record is there and could not be removed.</returns>
    public static bool Forget(string folder, string outputFolder) => CacheWriter.Delete(folder, FileName(outputFolder));
}
