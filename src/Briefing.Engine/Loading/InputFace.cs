using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>
/// A hash of what every page of a site can be made from but the words of its texts: every input file's bytes, except
/// that a file of Markdown with front matter (a briefing, page or translation) counts only by its front matter and what
/// its text shows other pages (each entity link, citation, link, chart and image, in order, and its headings). A text's
/// own words and HTML reach only the page made from it; every other page reads the site through what this hash covers.
/// So while the hash is unchanged, a page whose own text is unchanged is made from unchanged inputs.
/// </summary>
/// <remarks>
/// Lines and columns are left out: a text edited above a mark moves it without changing any page but its own.
/// </remarks>
internal sealed class InputFace
{
    // One per thread, reset for each text: a new hasher for each of ten thousand texts, its state cleared as it was
    // made, was most of what making their faces cost.
    [ThreadStatic]
    private static InputFace? _idle;

    private readonly XxHash128 _hash = new();

    /// <summary>A text's face: its front matter and its marks and headings, not its words.</summary>
    public static UInt128 OfText(string frontMatter, MarkdownText body)
    {
        var face = _idle ?? new InputFace();
        _idle = null;
        face._hash.Reset();
        face.Add(frontMatter);
        var outline = body.Outline;
        face.Add(outline.Marks.Count);
        foreach (var mark in outline.Marks)
        {
            face.Add((int)mark.Kind);
            face.Add(mark.Value);
            face.Add(mark.Alt);
        }

        face.Add(outline.Headings.Count);
        foreach (var heading in outline.Headings)
        {
            face.Add(heading.Id);
            face.Add(heading.Parts.Count);
            foreach (var part in heading.Parts)
            {
                face.Add(part.Text);
                face.Add(part.EntityId);
            }
        }

        var result = face._hash.GetCurrentHashAsUInt128();
        _idle = face;
        return result;
    }

    /// <summary>The site's face: each file's bytes, by path, or the face of the text it was loaded as.</summary>
    /// <param name="texts">The files loaded as texts with front matter, with their faces; any other file read with its folder is counted whole.</param>
    public static UInt128 OfSite(SiteInput input, IReadOnlyDictionary<InputFile, UInt128> texts)
    {
        var face = new InputFace();
        Span<byte> bytes = stackalloc byte[16];
        foreach (var file in input.Content)
        {
            face.Add(file.RelativePath);
            if (texts.TryGetValue(file, out var text))
            {
                face.Add(1);
                BinaryPrimitives.WriteUInt128LittleEndian(bytes, text);
                face._hash.Append(bytes);
                continue;
            }

            // A file of Markdown left to be read when loaded that did not load as a text reaches no page: it was
            // reported, or it is not one of the site's texts. It counts by its name alone and is not read again.
            if (file.Bytes is not { } content)
            {
                face.Add(2);
                continue;
            }

            face.Add(0);
            face.Add(content.Length);
            face._hash.Append(content);
        }

        return face._hash.GetCurrentHashAsUInt128();
    }

    // Every value with its length, so that two different sequences never hash alike.
    private void Add(string? text)
    {
        if (text is null)
        {
            Add(-1);
            return;
        }

        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private void Add(int number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        _hash.Append(bytes);
    }
}
