namespace Briefing.Engine.Diagnostics;

/// <summary>One entry of the catalogue: BRF1xxx load, 2xxx resolve, 3xxx template, 4xxx output.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Title);

public static class DiagnosticCodes
{
    public static readonly DiagnosticCode UnreadableFile = new("BRF1001", Severity.Error, "file cannot be read as UTF-8 text");
    public static readonly DiagnosticCode YamlSyntax = new("BRF1002", Severity.Error, "YAML syntax error");
    public static readonly DiagnosticCode FrontMatter = new("BRF1003", Severity.Error, "missing or unterminated front matter");
    public static readonly DiagnosticCode UnknownKey = new("BRF1004", Severity.Error, "unknown key");
    public static readonly DiagnosticCode MissingKey = new("BRF1005", Severity.Error, "missing required key");
    public static readonly DiagnosticCode WrongType = new("BRF1006", Severity.Error, "value has the wrong type");
    public static readonly DiagnosticCode InvalidDate = new("BRF1007", Severity.Error, "invalid date");
    public static readonly DiagnosticCode InvalidValue = new("BRF1008", Severity.Error, "value not allowed");
    public static readonly DiagnosticCode DuplicateKey = new("BRF1009", Severity.Error, "duplicate key");
    public static readonly DiagnosticCode YamlFeature = new("BRF1010", Severity.Error, "YAML feature not allowed (anchors, aliases, tags, several documents)");
    public static readonly DiagnosticCode TooDeep = new("BRF1011", Severity.Error, "nesting too deep");
    public static readonly DiagnosticCode InvalidFileName = new("BRF1012", Severity.Error, "file name is not a valid id or slug");
    public static readonly DiagnosticCode FileTooLarge = new("BRF1013", Severity.Error, "file too large");
    public static readonly DiagnosticCode MissingFile = new("BRF1014", Severity.Error, "required file missing");
    public static readonly DiagnosticCode Symlink = new("BRF1015", Severity.Error, "symbolic link refused");
    public static readonly DiagnosticCode MarkdownTooComplex = new("BRF1016", Severity.Error, "Markdown too long or too complex to process safely");
    public static readonly DiagnosticCode UnreadableInput = new("BRF1017", Severity.Error, "file or folder cannot be read");
    public static readonly DiagnosticCode UnclosedCitation = new("BRF1018", Severity.Error, "citation not closed");
    public static readonly DiagnosticCode CommentCutsValue = new("BRF1019", Severity.Warning, "a YAML comment cuts a value short");
    public static readonly DiagnosticCode UnknownEntityGroup = new("BRF1020", Severity.Error, "unknown entity group");
    public static readonly DiagnosticCode ImageWithoutRecord = new("BRF1021", Severity.Error, "image has no record of its credit and license");
    public static readonly DiagnosticCode UnusableImage = new("BRF1022", Severity.Error, "image file is empty, cut short, or not what its extension says");
    public static readonly DiagnosticCode ImageOverLimit = new("BRF1023", Severity.Error, "image over the pixel, side or frame limit");
    public static readonly DiagnosticCode UnsafeSvg = new("BRF1024", Severity.Error, "SVG with script, event attributes, foreignObject or external references");
    public static readonly DiagnosticCode RecordWithoutImage = new("BRF1025", Severity.Error, "media record without its image");

    public static readonly DiagnosticCode UnknownEntity = new("BRF2001", Severity.Error, "unknown entity");
    public static readonly DiagnosticCode UnknownSource = new("BRF2002", Severity.Error, "unknown source");
    public static readonly DiagnosticCode DuplicateId = new("BRF2003", Severity.Error, "duplicate id or slug");
    public static readonly DiagnosticCode RawHtml = new("BRF2004", Severity.Error, "raw HTML in Markdown");
    public static readonly DiagnosticCode UnsafeUrl = new("BRF2005", Severity.Error, "URL is not https or a site-relative path");
    public static readonly DiagnosticCode UpdatedBeforeDate = new("BRF2006", Severity.Error, "updated before date");
    public static readonly DiagnosticCode BrokenLink = new("BRF2007", Severity.Error, "internal link does not resolve");
    public static readonly DiagnosticCode BrokenFragment = new("BRF2008", Severity.Error, "#fragment does not resolve");
    public static readonly DiagnosticCode UncitedParagraph = new("BRF2009", Severity.Warning, "paragraph, list item or table cites no source");
    public static readonly DiagnosticCode UnusedSource = new("BRF2010", Severity.Warning, "source is never cited");
    public static readonly DiagnosticCode OrphanEntity = new("BRF2011", Severity.Warning, "entity is never mentioned or related");
    public static readonly DiagnosticCode UnsupportedConsistency = new("BRF2012", Severity.Error, "claim marked consistent without two independent reports");
    public static readonly DiagnosticCode UnknownRelatedBriefing = new("BRF2013", Severity.Error, "unknown briefing in related");
    public static readonly DiagnosticCode UnknownTopic = new("BRF2014", Severity.Error, "topic not in topics.yml");
    public static readonly DiagnosticCode UnusedTopic = new("BRF2015", Severity.Warning, "topic no briefing uses");
    public static readonly DiagnosticCode ReservedPageSlug = new("BRF2016", Severity.Error, "page address already used by the site");
    public static readonly DiagnosticCode MissingImage = new("BRF2020", Severity.Error, "image not in input/media/");
    public static readonly DiagnosticCode MissingAlt = new("BRF2021", Severity.Error, "image without alt text");
    public static readonly DiagnosticCode AltIsFileName = new("BRF2022", Severity.Error, "alt text is the file name");
    public static readonly DiagnosticCode AltTooLong = new("BRF2023", Severity.Error, "alt text too long");
    public static readonly DiagnosticCode UnusedImage = new("BRF2024", Severity.Warning, "image no text shows");
    public static readonly DiagnosticCode RemoteImage = new("BRF2025", Severity.Error, "image from another site");
    public static readonly DiagnosticCode UnknownChartKind = new("BRF2030", Severity.Error, "chart names no kind the site can draw");
    public static readonly DiagnosticCode UnknownChartSubject = new("BRF2031", Severity.Error, "chart names an unknown entity, topic or claim");
    public static readonly DiagnosticCode ChartCaption = new("BRF2032", Severity.Error, "chart without a one-paragraph caption");
    public static readonly DiagnosticCode EmptyChart = new("BRF2033", Severity.Error, "chart with nothing to draw");
    public static readonly DiagnosticCode OrphanTranslation = new("BRF2040", Severity.Error, "translation without its original");
    public static readonly DiagnosticCode Untranslated = new("BRF2041", Severity.Warning, "field without its translation");
    public static readonly DiagnosticCode UnpublishedLanguage = new("BRF2042", Severity.Error, "translation into a language the site does not publish");

    public static readonly DiagnosticCode TemplateSyntax = new("BRF3001", Severity.Error, "template syntax error");
    public static readonly DiagnosticCode TemplateRuntime = new("BRF3002", Severity.Error, "template runtime error");
    public static readonly DiagnosticCode RenderedBrokenLink = new("BRF3003", Severity.Error, "rendered page links to a path the site does not have");
    public static readonly DiagnosticCode MissingTemplate = new("BRF3004", Severity.Error, "theme lacks a required template");
    public static readonly DiagnosticCode MissingText = new("BRF3005", Severity.Error, "theme lacks a text a reader sees");

    public static readonly DiagnosticCode WriteFailed = new("BRF4001", Severity.Error, "output could not be written");
    public static readonly DiagnosticCode OutputPlacement = new("BRF4002", Severity.Error, "output folder not allowed there");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        UnreadableFile, YamlSyntax, FrontMatter, UnknownKey, MissingKey, WrongType, InvalidDate, InvalidValue,
        DuplicateKey, YamlFeature, TooDeep, InvalidFileName, FileTooLarge, MissingFile, Symlink, MarkdownTooComplex, UnreadableInput, UnclosedCitation, CommentCutsValue, UnknownEntityGroup,
        ImageWithoutRecord, UnusableImage, ImageOverLimit, UnsafeSvg, RecordWithoutImage,
        UnknownEntity, UnknownSource, DuplicateId, RawHtml, UnsafeUrl, UpdatedBeforeDate, BrokenLink,
        BrokenFragment, UncitedParagraph, UnusedSource, OrphanEntity, UnsupportedConsistency, UnknownRelatedBriefing, UnknownTopic, UnusedTopic, ReservedPageSlug,
        MissingImage, MissingAlt, AltIsFileName, AltTooLong, UnusedImage, RemoteImage,
        UnknownChartKind, UnknownChartSubject, ChartCaption, EmptyChart,
        OrphanTranslation, Untranslated, UnpublishedLanguage,
        TemplateSyntax, TemplateRuntime, RenderedBrokenLink, MissingTemplate, MissingText,
        WriteFailed, OutputPlacement,
    ];
}
