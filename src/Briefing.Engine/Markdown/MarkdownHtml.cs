using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Engine.Markdown.Charts;
using Briefing.Engine.Markdown.Citations;
using Briefing.Engine.Markdown.EntityLinks;
using Briefing.Engine.Markdown.Images;

namespace Briefing.Engine.Markdown;

/// <summary>A place in rendered Markdown whose HTML depends on the page showing it.</summary>
internal enum HoleKind : byte
{
    /// <summary>An entity link: the entity's name and address come from the site.</summary>
    EntityLink = 1,

    /// <summary>A citation: each source's number comes from the page's list of references.</summary>
    Citation = 2,

    /// <summary>A part of a chart: what it draws comes from the site.</summary>
    Chart = 3,
    /// <summary>An image: its published files, size and alt text come from its record and the page.</summary>
    Image = 4,

    /// <summary>An image's credit and license, from its record.</summary>
    ImageCredit = 5,

    /// <summary>The address of a link to a page of the site: the page's edition decides which page it leads to.</summary>
    SiteLink = 6,

    /// <summary>Inside the end of a site link: the language of the page it leads to, when that is not the page's own.</summary>
    SiteLinkLanguage = 7,
}

/// <summary>One hole as the renderer meets it, kept only until the document's HTML is packed.</summary>
/// <param name="EntityId">For an entity link, the entity; for an image or its credit, the image's address as written; for a site link, its address as written.</param>
/// <param name="Text">For an entity link, the writer's link text, or null to show the entity's name; for an image, its alt text, or null when the Markdown gives none.</param>
/// <param name="Link">For an entity link, whether a link may be written here.</param>
/// <param name="Items">For a citation, the sources cited.</param>
/// <param name="Part">For a chart, which part of it goes here; its <see cref="ChartSpec.Key"/> is the <paramref name="Text"/>.</param>
internal readonly record struct HtmlHole(HoleKind Kind, string? EntityId, string? Text, bool Link, IReadOnlyList<CitationItem>? Items, ChartPart Part = ChartPart.None);

/// <summary>Takes what a page fills into rendered Markdown and nothing else (<see cref="MarkdownHtml.WriteHoles"/>), told where each hole ends.</summary>
internal interface IHoleWriter : IBufferWriter<byte>
{
    /// <summary>The hole written since the last call (or the start) is complete; it may have written nothing.</summary>
    void EndHole();
}

/// <summary>
/// The HTML of one Markdown tree with a hole wherever the page decides what is written (entity links and
/// citations), filled for each page by <see cref="WriteTo"/>. It is rendered once from the tree, so a tree
/// can be dropped as soon as it is parsed and never parsed again.
/// </summary>
/// <remarks>
/// Everything is UTF-8 bytes: the HTML, then each hole's place and what it needs, in one array when parsed
/// (the build cache keeps the two parts apart). Ten thousand briefings keep theirs from loading to rendering,
/// and an object per hole and per cited source made most of what the collector had to trace and copy while a
/// site loaded.
/// </remarks>
internal sealed class MarkdownHtml
{
    private const int NoText = -1;

    /// <summary>The HTML with nothing written where the holes are.</summary>
    private readonly ReadOnlyMemory<byte> _html;

    /// <summary>Each hole: its place in <see cref="_html"/> and what it needs.</summary>
    private readonly ReadOnlyMemory<byte> _holes;

    /// <param name="html">The HTML with nothing written where the holes are.</param>
    /// <param name="holes">Each hole and the character offset in <paramref name="html"/> where it goes, in order.</param>
    internal MarkdownHtml(StringBuilder html, IReadOnlyList<(int At, HtmlHole Hole)> holes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        var text = buffer.AsSpan(0, html.Length);
        html.CopyTo(0, text, html.Length);
        var htmlLength = Encoding.UTF8.GetByteCount(text);
        var size = htmlLength;
        foreach (var (_, hole) in holes)
        {
            size += PackedSize(hole);
        }

        var data = new byte[size];
        ImageCount = holes.Count(h => h.Hole.Kind == HoleKind.Image);
        Encoding.UTF8.GetBytes(text, data);
        var chars = 0;
        var bytes = 0;
        var at = htmlLength;
        foreach (var (offset, hole) in holes)
        {
            bytes += Encoding.UTF8.GetByteCount(text[chars..offset]);
            chars = offset;
            at = Pack(data, hole, bytes, at);
        }

        _html = data.AsMemory(0, htmlLength);
        _holes = data.AsMemory(htmlLength);
        Identity = XxHash128.HashToUInt128(data);
        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>HTML packed by an earlier build, as <see cref="Packed"/> gave it.</summary>
    /// <param name="html">Only these bytes: the build cache hands out parts of one file it read, so ten thousand texts are not each copied into an array of their own.</param>
    /// <param name="holes">The holes, kept apart from the HTML: see <see cref="Packed"/>.</param>
    /// <param name="identity">The <see cref="Identity"/> kept with them, so that the bytes are not read to know it.</param>
    internal MarkdownHtml(ReadOnlyMemory<byte> html, ReadOnlyMemory<byte> holes, int imageCount, UInt128 identity)
    {
        _html = html;
        _holes = holes;
        ImageCount = imageCount;
        Identity = identity;
    }

    /// <summary>How many images the text shows.</summary>
    public int ImageCount { get; }

    /// <summary>
    /// A 128-bit hash of the packed bytes, the HTML's and then the holes': two texts with the same identity write the
    /// same HTML wherever a page fills them in the same way (<see cref="WriteHoles"/>).
    /// </summary>
    public UInt128 Identity { get; }

    /// <summary>
    /// Everything this HTML is, for the build cache: the HTML's bytes and the holes', which the cache keeps apart. A
    /// build with the cache reads every text's holes to compare its pages, but the HTML only of the pages it renders.
    /// </summary>
    internal (ReadOnlyMemory<byte> Html, ReadOnlyMemory<byte> Holes) Packed => (_html, _holes);

    /// <summary>The HTML as <paramref name="page"/> shows it.</summary>
    /// <param name="marks">As for <see cref="WriteTo"/>.</param>
    /// <param name="eager">As for <see cref="WriteTo"/>.</param>
    public string Fill(IPageContext page, ReadOnlySpan<int> marks = default, bool eager = false)
    {
        var html = new ArrayBufferWriter<byte>(_html.Length + 256);
        WriteTo(html, page, marks, eager);
        return Encoding.UTF8.GetString(html.WrittenSpan);
    }

    /// <summary>
    /// The words a reader reads (<see cref="ReadableText"/>): each entity link shows its writer's text or the name
    /// <paramref name="entityName"/> gives (the id where it gives none); citation marks, pictures, image credits and
    /// charts are left out, as is the language a site link names.
    /// </summary>
    /// <param name="buffer">Written into, and made larger if it must be: search reads every page's text into one buffer per worker.</param>
    /// <param name="atLeast">Where reading may stop: once the text read is longer than this, only its last character may differ from the whole text's.</param>
    /// <returns>The part of <paramref name="buffer"/> written, valid until the buffer is written again.</returns>
    public ReadOnlyMemory<char> ReadText(EntityName entityName, ref char[] buffer, int atLeast = int.MaxValue)
    {
        var text = new ReadableText(buffer, atLeast);
        var html = _html.Span;
        Span<char> scratch = stackalloc char[IdChars];
        var written = 0;
        var at = 0;
        while (at < _holes.Length && !text.Full)
        {
            var hole = NextHole(ref at);
            text.Read(html[written..hole.Offset]);
            written = hole.Offset;
            if (text.Full)
            {
                break;
            }

            if (hole.Kind == HoleKind.Citation)
            {
                text.DropSpaceBefore();
            }
            else if (hole.Kind == HoleKind.EntityLink)
            {
                if (hole.HasText)
                {
                    text.AppendUtf8(hole.Text);
                }
                else
                {
                    text.Append(NameOf(entityName, hole.Id, scratch));
                }
            }
        }

        if (!text.Full)
        {
            text.Read(html[written..]);
        }

        var read = text.Finish();
        buffer = text.Buffer;
        return read;
    }

    /// <summary>
    /// A 128-bit hash of what <see cref="ReadText(EntityName, ref char[], int)"/> reads, without reading it: the
    /// <see cref="Identity"/> and each name <paramref name="entityName"/> fills in, so that only the holes are read.
    /// </summary>
    public UInt128 TextIdentity(EntityName entityName)
    {
        var hash = new XxHash128();
        Span<byte> head = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(head, Identity);
        hash.Append(head);
        Span<char> scratch = stackalloc char[IdChars];
        var at = 0;
        while (at < _holes.Length)
        {
            var hole = NextHole(ref at);
            if (hole.Kind == HoleKind.EntityLink && !hole.HasText)
            {
                // Each name with its length before it, so that no two lists of names run together into the same bytes.
                var name = NameOf(entityName, hole.Id, scratch);
                BinaryPrimitives.WriteInt32LittleEndian(head, name.Length);
                hash.Append(head[..4]);
                hash.Append(MemoryMarshal.AsBytes(name));
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The longest id looked up without a string made for it.</summary>
    private const int IdChars = 128;

    /// <summary>The name <paramref name="entityName"/> gives the entity, or its id; ids are looked up as spans, not made into a string for each link.</summary>
    private static ReadOnlySpan<char> NameOf(EntityName entityName, ReadOnlySpan<byte> id, Span<char> scratch)
    {
        var shown = id.Length <= scratch.Length ? scratch[..Encoding.UTF8.GetChars(id, scratch)] : Encoding.UTF8.GetString(id).AsSpan();
        return entityName(shown) is { } name ? name : shown;
    }

    /// <summary>A hole as it is packed (<see cref="Pack"/>), read by every reader of the holes through <see cref="NextHole"/>.</summary>
    private readonly ref struct PackedHole
    {
        /// <summary>Where the hole goes in the HTML, in bytes.</summary>
        public int Offset { get; init; }

        public HoleKind Kind { get; init; }

        /// <summary>For an entity link, whether a link may be written here.</summary>
        public bool Link { get; init; }

        /// <summary>For a chart, which part of it goes here.</summary>
        public ChartPart Part { get; init; }

        /// <summary>As UTF-8: the entity's id, or the image's or site link's address as written; empty for a citation or chart.</summary>
        public ReadOnlySpan<byte> Id { get; init; }

        /// <summary>As UTF-8: an entity link's writer's text, an image's alt text, or a chart's key.</summary>
        public ReadOnlySpan<byte> Text { get; init; }

        /// <summary>Whether the hole has a <see cref="Text"/>: an entity link without one shows the entity's name.</summary>
        public bool HasText { get; init; }

        /// <summary>For a citation, where its first item (a source's id, then its locator) is packed among the holes.</summary>
        public int ItemsAt { get; init; }

        public int ItemCount { get; init; }
    }

    /// <summary>The hole packed at <paramref name="at"/>, which is moved to the next.</summary>
    private PackedHole NextHole(ref int at)
    {
        var offset = ReadInt(ref at);
        var kind = (HoleKind)_holes.Span[at++];
        if (kind == HoleKind.Citation)
        {
            var count = ReadInt(ref at);
            var items = at;
            for (var i = 0; i < count; i++)
            {
                SkipText(ref at);
                SkipText(ref at);
            }

            return new PackedHole { Offset = offset, Kind = kind, ItemsAt = items, ItemCount = count };
        }

        var flag = _holes.Span[at++];
        if (kind == HoleKind.Chart)
        {
            var key = TextAt(ref at);
            return new PackedHole { Offset = offset, Kind = kind, Part = (ChartPart)flag, Text = key, HasText = true };
        }

        var id = TextAt(ref at);
        var textLength = BinaryPrimitives.ReadInt32LittleEndian(_holes.Span[at..]);
        var text = TextAt(ref at);
        return new PackedHole { Offset = offset, Kind = kind, Link = flag == 1, Id = id, Text = text, HasText = textLength != NoText };
    }

    /// <summary>The text packed at <paramref name="at"/> as UTF-8, empty when there is none; <paramref name="at"/> is moved past it.</summary>
    private ReadOnlySpan<byte> TextAt(ref int at)
    {
        var length = ReadInt(ref at);
        if (length == NoText)
        {
            return default;
        }

        var text = _holes.Span.Slice(at, length);
        at += length;
        return text;
    }

    /// <summary><see cref="ReadText(EntityName, ref char[], int)"/>, whole, as a string of its own.</summary>
    public string ReadText(EntityName entityName)
    {
        var buffer = Array.Empty<char>();
        return new string(ReadText(entityName, ref buffer).Span);
    }

    /// <summary>The source of every citation item, in the order they are written, known to the page or not.</summary>
    public IEnumerable<string> CitedSources()
    {
        var at = 0;
        while (at < _holes.Length)
        {
            var (items, count) = CitationItems(ref at);
            for (var i = 0; i < count; i++)
            {
                yield return ReadId(ref items);
                SkipText(ref items);
            }
        }
    }

    /// <summary>Where the citation items of the hole at <paramref name="at"/> are packed, and how many; none for a hole that is not a citation.</summary>
    /// <remarks>Apart from <see cref="CitedSources"/> because an iterator cannot keep a hole, which holds spans, across its yields.</remarks>
    private (int At, int Count) CitationItems(ref int at)
    {
        var hole = NextHole(ref at);
        return (hole.ItemsAt, hole.ItemCount);
    }

    /// <summary>Writes the HTML as <paramref name="page"/> shows it, as UTF-8, straight into a page being made.</summary>
    /// <param name="marks">For each citation item in <see cref="CitedSources"/> order, which of its source's marks on the page it is (from 1), so a reference can link back to it; none, or 0, writes no id.</param>
    /// <param name="eager">Whether the text's first image is the page's first, which the browser loads at once rather than when it nears the screen.</param>
    public void WriteTo(IBufferWriter<byte> output, IPageContext page, ReadOnlySpan<int> marks = default, bool eager = false)
    {
        if (_holes.IsEmpty)
        {
            output.Write(_html.Span);
            return;
        }

        Write(output, null, page, marks, eager);
    }

    /// <summary>
    /// Writes only what <paramref name="page"/> fills into the holes, as <see cref="WriteTo"/> would, ending each hole.
    /// With <see cref="Identity"/> that is the whole HTML: the bytes between the holes are the text's own, and are not read.
    /// </summary>
    /// <remarks>
    /// The build cache compares every page's views at every build; at 100,000 briefings reading each text's HTML whole
    /// to hash it brought gigabytes of the mapped cache into the process.
    /// </remarks>
    public void WriteHoles(IHoleWriter output, IPageContext page, ReadOnlySpan<int> marks = default, bool eager = false) =>
        Write(output, output, page, marks, eager);

    /// <param name="holesOnly">Set when only the holes are written, each ended on it.</param>
    private void Write(IBufferWriter<byte> output, IHoleWriter? holesOnly, IPageContext page, ReadOnlySpan<int> marks, bool eager)
    {
        var written = 0;
        var at = 0;
        var item = 0;
        while (at < _holes.Length)
        {
            var hole = NextHole(ref at);
            if (holesOnly is null)
            {
                output.Write(_html.Span[written..hole.Offset]);
            }

            written = hole.Offset;
            WriteHole(output, page, hole, marks, ref item, ref eager);
            holesOnly?.EndHole();
        }

        if (holesOnly is null)
        {
            output.Write(_html.Span[written..]);
        }
    }

    private static int PackedSize(HtmlHole hole)
    {
        if (hole.Kind is not (HoleKind.Citation or HoleKind.Chart))
        {
            return 4 + 1 + 1 + PackedSize(hole.EntityId) + PackedSize(hole.Text);
        }

        if (hole.Kind == HoleKind.Chart)
        {
            return 4 + 1 + 1 + PackedSize(hole.Text);
        }

        var size = 4 + 1 + 4;
        foreach (var item in hole.Items!)
        {
            size += PackedSize(item.SourceId) + PackedSize(item.Locator);
        }

        return size;
    }

    private static int PackedSize(string? text) => 4 + (text is null ? 0 : Encoding.UTF8.GetByteCount(text));

    /// <summary>Writes a hole's place and contents at <paramref name="at"/>; returns where the next hole goes.</summary>
    private static int Pack(byte[] data, HtmlHole hole, int offset, int at)
    {
        at = WriteInt(data, offset, at);
        data[at++] = (byte)hole.Kind;
        if (hole.Kind is not (HoleKind.Citation or HoleKind.Chart))
        {
            data[at++] = hole.Link ? (byte)1 : (byte)0;
            at = WriteText(data, hole.EntityId, at);
            return WriteText(data, hole.Text, at);
        }

        if (hole.Kind == HoleKind.Chart)
        {
            data[at++] = (byte)hole.Part;
            return WriteText(data, hole.Text, at);
        }

        at = WriteInt(data, hole.Items!.Count, at);
        foreach (var item in hole.Items)
        {
            at = WriteText(data, item.SourceId, at);
            at = WriteText(data, item.Locator, at);
        }

        return at;
    }

    /// <summary>Writes <paramref name="hole"/> as <paramref name="page"/> fills it.</summary>
    /// <param name="item">How many citation items were written before this hole; advanced past its own.</param>
    /// <param name="eager">Whether the next image loads at once; cleared once an image is written.</param>
    private void WriteHole(IBufferWriter<byte> output, IPageContext page, PackedHole hole, ReadOnlySpan<int> marks, ref int item, ref bool eager)
    {
        switch (hole.Kind)
        {
            case HoleKind.EntityLink:
                HtmlEntityLinkRenderer.WriteLink(output, SharedId(hole.Id), TextOf(hole), hole.Link, page);
                return;
            case HoleKind.Image:
                ImageMarkup.WritePicture(output, page.FindImage(SharedId(hole.Id)), TextOf(hole), eager);
                eager = false;
                return;
            case HoleKind.SiteLink:
                SiteLinks.HtmlSiteLinkRenderer.WriteAddress(output, SharedId(hole.Id), page);
                return;
            case HoleKind.SiteLinkLanguage:
                SiteLinks.HtmlSiteLinkRenderer.WriteLanguageLabel(output, SharedId(hole.Id), page);
                return;
            case HoleKind.ImageCredit:
                ImageMarkup.WriteCredit(output, page.FindImage(SharedId(hole.Id)));
                return;
            case HoleKind.Chart:
                if (page.Chart(Encoding.UTF8.GetString(hole.Text), hole.Part) is { } chart)
                {
                    output.Write(chart);
                }

                return;
        }

        var at = hole.ItemsAt;
        var first = true;
        for (var i = 0; i < hole.ItemCount; i++)
        {
            var source = ReadId(ref at);
            var locator = ReadText(ref at);
            var mark = item < marks.Length ? marks[item] : 0;
            item++;
            if (page.FindCitation(source) is { } target)
            {
                CitationMarkup.WriteItem(output, target, locator, mark, ref first);
            }
        }

        CitationMarkup.WriteEnd(output, first);

        static string? TextOf(PackedHole hole) => hole.HasText ? Encoding.UTF8.GetString(hole.Text) : null;
    }

    private static int WriteInt(byte[] data, int value, int at)
    {
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), value);
        return at + 4;
    }

    private static int WriteText(byte[] data, string? text, int at)
    {
        if (text is null)
        {
            return WriteInt(data, NoText, at);
        }

        var length = Encoding.UTF8.GetBytes(text, data.AsSpan(at + 4));
        WriteInt(data, length, at);
        return at + 4 + length;
    }

    private int ReadInt(ref int at)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(_holes.Span.Slice(at));
        at += 4;
        return value;
    }

    /// <summary>The id packed at <paramref name="at"/> (<see cref="SharedId"/>); <paramref name="at"/> is moved past it.</summary>
    private string ReadId(ref int at) => SharedId(TextAt(ref at));

    /// <summary>An id, as the one string the parser kept for it: every page fills the same few ids again and again.</summary>
    private static string SharedId(ReadOnlySpan<byte> utf8)
    {
        Span<char> id = stackalloc char[Math.Min(utf8.Length, IdChars)];
        return utf8.Length <= id.Length ? SharedStrings.Ids.Get(id[..Encoding.UTF8.GetChars(utf8, id)]) : Encoding.UTF8.GetString(utf8);
    }

    private void SkipText(ref int at)
    {
        var length = ReadInt(ref at);
        if (length != NoText)
        {
            at += length;
        }
    }

    private string? ReadText(ref int at)
    {
        var length = ReadInt(ref at);
        if (length == NoText)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(_holes.Span.Slice(at, length));
        at += length;
        return text;
    }
}
