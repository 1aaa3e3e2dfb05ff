using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Model;

/// <summary>The kinds of image <c>input/media/</c> may hold, told apart by their bytes, never by the name alone.</summary>
internal enum MediaFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,
}

/// <summary>An image's record, <c>input/media/&lt;file&gt;.yml</c>: who made it and on what terms, and how a reader who cannot see it is told what it shows.</summary>
/// <param name="Source">The source the image comes from, checked like a citation; null when it names none.</param>
/// <param name="Alt">The text equivalent used where the Markdown gives none.</param>
/// <param name="Decorative">The image adds nothing a reader needs, so it has empty alt text on purpose.</param>
/// <param name="Location">The record's first line, for problems of the record as a whole.</param>
internal sealed record MediaRecord(string Credit, string License, Reference? Source, string? Alt, SourceLocation? AltLocation, bool Decorative, SourceLocation Location);

/// <summary>One image of <c>input/media/</c> as its header describes it; its pixels are decoded only when it is published.</summary>
/// <param name="Name">The file's name inside <c>input/media/</c>, which Markdown writes as <c>/media/&lt;name&gt;</c>.</param>
/// <param name="Width">Width as shown, after the rotation its metadata asks for.</param>
/// <param name="Height">Height as shown, after that rotation.</param>
/// <param name="Hash">The SHA-256 of the file's bytes, in hex.</param>
/// <param name="Record">Null when the record is missing or unusable (already reported).</param>
internal sealed record MediaFile(string Name, string Path, byte[] Content, MediaFormat Format, int Width, int Height, string Hash, MediaRecord? Record)
{
    public string Url => "/media/" + Name;

    public SourceLocation Location => new(Path);
}
