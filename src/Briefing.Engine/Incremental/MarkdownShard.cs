using System.Text;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Limits;
using Briefing.Engine.Model;

namespace Briefing.Engine.Incremental;

/// <summary>
/// One file of the build cache's Markdown: the parsed texts whose hashes start with the file's number. It is trusted
/// only whole: a file of another engine, or one cut short or altered in any byte, is read as no file.
/// </summary>
internal static class MarkdownShard
{
    /// <summary>Changes when the layout below does.</summary>
    private const int Format = 3;

    private static ReadOnlySpan<byte> Magic => "BRIEFING-MARKDOWN\n"u8;

    public static string FileName(int shard) => $"markdown-{shard:x2}.bin";

    /// <summary>The texts a file holds, by hash; null when there is no file to trust.</summary>
    /// <param name="file">The file's bytes, as <see cref="CacheReader.Map"/> gave them.</param>
    public static Dictionary<UInt128, ParsedMarkdown>? Read(ReadOnlyMemory<byte>? file, string key) =>
        CacheFile.Read(file, Magic, Format, key, reader =>
        {
            var texts = new (UInt128 Hash, KeptText Text)[Count(reader)];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = (CacheFile.ReadUInt128(reader), ReadParsed(reader));
            }

            var entries = new Dictionary<UInt128, ParsedMarkdown>(texts.Length);
            foreach (var (hash, text) in texts)
            {
                entries[hash] = text.With(CacheFile.ReadSlice(reader, text.HtmlLength));
            }

            return entries;
        });

    /// <summary>Writes a file holding <paramref name="entries"/>, in hash order so that the same texts make the same bytes.</summary>
    /// <remarks>
    /// Written to <paramref name="destination"/> as it is made: a file packed whole in memory first grew by doubling
    /// to 8 MB at 100,000 briefings, and 256 of them beside rendering made gigabytes of large arrays to collect.
    /// </remarks>
    public static void Write(Stream destination, string key, IEnumerable<KeyValuePair<UInt128, ParsedMarkdown>> entries) =>
        CacheFile.Write(destination, Magic, Format, key, writer =>
        {
            var sorted = entries.OrderBy(e => e.Key).ToList();
            writer.Write(sorted.Count);
            foreach (var (hash, parsed) in sorted)
            {
                CacheFile.WriteUInt128(writer, hash);
                WriteParsed(writer, parsed);
            }

            // Every text's HTML after all the rest, in the same order: a build with the cache reads all the rest and
            // few texts' HTML, and the system brings in a mapped file's neighbouring pages with each one read, which
            // had brought in every text's HTML with its outline and holes.
            foreach (var (_, parsed) in sorted)
            {
                writer.Write(parsed.Html.Packed.Html.Span);
            }
        });

    private static void WriteParsed(BinaryWriter writer, ParsedMarkdown parsed)
    {
        writer.Write(parsed.Refusals.Count);
        foreach (var refusal in parsed.Refusals)
        {
            writer.Write(refusal.Code.Id);
            writer.Write(refusal.Line);
            writer.Write(refusal.Column);
            writer.Write(refusal.Message);
        }

        var outline = parsed.Outline;
        writer.Write(outline.Marks.Count);
        foreach (var mark in outline.Marks)
        {
            writer.Write((byte)mark.Kind);
            writer.Write(mark.Value);
            writer.Write(mark.Line);
            writer.Write(mark.Column);
            WriteOptional(writer, mark.Alt);
        }

        writer.Write(outline.Uncited.Count);
        foreach (var block in outline.Uncited)
        {
            writer.Write((byte)block.Kind);
            writer.Write(block.Line);
            writer.Write(block.Column);
        }

        writer.Write(outline.Headings.Count);
        foreach (var heading in outline.Headings)
        {
            WriteOptional(writer, heading.Id);
            writer.Write(heading.Parts.Count);
            foreach (var part in heading.Parts)
            {
                WriteOptional(writer, part.Text);
                WriteOptional(writer, part.EntityId);
            }
        }

        writer.Write(outline.WordCount);

        var (html, holes) = parsed.Html.Packed;
        writer.Write(html.Length);
        writer.Write(parsed.Html.ImageCount);
        CacheFile.WriteUInt128(writer, parsed.Html.Identity);
        WriteBytes(writer, holes.Span);
    }

    /// <summary>Reads a text's record, all but its HTML, which the file keeps after every text's record.</summary>
    private static KeptText ReadParsed(BinaryReader reader)
    {
        var refusals = new MarkdownRefusal[Count(reader)];
        for (var i = 0; i < refusals.Length; i++)
        {
            var id = reader.ReadString();
            var code = DiagnosticCodes.All.FirstOrDefault(c => c.Id == id) ?? throw new FormatException($"no diagnostic {id}");
            refusals[i] = new MarkdownRefusal(code, reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
        }

        var marks = new MarkdownMark[Count(reader)];
        for (var i = 0; i < marks.Length; i++)
        {
            var kind = Defined((MarkKind)reader.ReadByte());

            // The ids every page fills are one string each, as the parser keeps them.
            var value = kind is MarkKind.EntityLink or MarkKind.Citation ? ReadId(reader) : reader.ReadString();
            marks[i] = new MarkdownMark(kind, value, reader.ReadInt32(), reader.ReadInt32(), ReadOptional(reader));
        }

        var uncited = new UncitedBlock[Count(reader)];
        for (var i = 0; i < uncited.Length; i++)
        {
            uncited[i] = new UncitedBlock(Defined((UncitedKind)reader.ReadByte()), reader.ReadInt32(), reader.ReadInt32());
        }

        var headings = new OutlineHeading[Count(reader)];
        for (var i = 0; i < headings.Length; i++)
        {
            var id = ReadOptional(reader);
            var parts = new HeadingPart[Count(reader)];
            for (var p = 0; p < parts.Length; p++)
            {
                var text = ReadOptional(reader);
                parts[p] = new HeadingPart(text, ReadOptional(reader) is { } entity ? SharedStrings.Ids.Get(entity) : null);
            }

            headings[i] = new OutlineHeading(id, parts);
        }

        var words = reader.ReadInt32();
        var outline = new MarkdownOutline(marks, uncited, headings, words);
        var htmlLength = reader.ReadInt32();
        var images = reader.ReadInt32();

        // Kept, not taken again from the bytes: a build with the cache reads only the HTML of the pages it renders.
        var identity = CacheFile.ReadUInt128(reader);
        var holes = ReadBytes(reader);
        if (htmlLength < 0 || images < 0)
        {
            throw new FormatException("HTML out of range");
        }

        return new KeptText(outline, refusals, htmlLength, holes, images, identity);
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();

        // Each item takes at least a byte, so a count past the bytes left is damage, not a list to allocate.
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException("count out of range");
    }

    /// <remarks>Cast by the caller, so the kind is never boxed: ten thousand texts' marks made that a collection's worth of garbage.</remarks>
    private static T Defined<T>(T kind)
        where T : struct, Enum =>
        Enum.IsDefined(kind) ? kind : throw new FormatException($"no {typeof(T).Name} {kind}");

    /// <summary>
    /// An id written as <see cref="BinaryWriter.Write(string)"/> writes a text (its UTF-8 length, then its UTF-8 bytes),
    /// taken from the shared ids without a string made for it first, since nearly every id read is one already shared.
    /// </summary>
    private static string ReadId(BinaryReader reader)
    {
        var bytes = CacheFile.ReadSlice(reader, reader.Read7BitEncodedInt()).Span;
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        return SharedStrings.Ids.Get(chars[..Encoding.UTF8.GetChars(bytes, chars)]);
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>Bytes kept as a part of the file read: ten thousand texts' HTML copied into arrays of their own was most of what reading the cache cost, and all of it for the collector to move.</summary>
    private static ReadOnlyMemory<byte> ReadBytes(BinaryReader reader) => CacheFile.ReadSlice(reader, Count(reader));

    /// <summary>A text as its record gives it, waiting for its HTML.</summary>
    private readonly record struct KeptText(MarkdownOutline Outline, MarkdownRefusal[] Refusals, int HtmlLength, ReadOnlyMemory<byte> Holes, int Images, UInt128 Identity)
    {
        public ParsedMarkdown With(ReadOnlyMemory<byte> html) => new(Outline, new MarkdownHtml(html, Holes, Images, Identity), Refusals);
    }
}
