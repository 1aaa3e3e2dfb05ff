using System.Security.Cryptography;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

/// <summary>
/// The images of <c>input/media/</c> and their records, <c>&lt;file&gt;.yml</c> beside each. An image is
/// recognised by its bytes, its extension checked against them, and its size and frames read from its
/// header; one that breaks a rule is reported and left out, so no later stage decodes it.
/// </summary>
internal static class MediaLoader
{
    public const string Folder = "media/";

    internal static readonly string[] Keys = ["credit", "license", "source", "alt", "decorative"];

    private static readonly Dictionary<string, string> Instead = new(StringComparer.Ordinal)
    {
        ["licence"] = "did you mean 'license'?",
        ["author"] = "did you mean 'credit'?",
        ["caption"] = "a caption is written in the Markdown, as the image's title: ![alt](/media/x.jpg \"Caption\")",
        ["title"] = "a caption is written in the Markdown, as the image's title: ![alt](/media/x.jpg \"Caption\")",
        ["url"] = "name the source it comes from with 'source' (a source id), and keep the address in sources.yml",
    };

    /// <param name="memo">Earlier reads of unchanged files, reused with their diagnostics.</param>
    public static IReadOnlyList<MediaFile> Load(SiteInput input, DiagnosticBag diagnostics, ILoadMemo memo)
    {
        var files = input.Content.Where(f => f.RelativePath.StartsWith(Folder, StringComparison.Ordinal)).ToList();
        var records = files.Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal)).ToDictionary(f => f.RelativePath[Folder.Length..^4], StringComparer.Ordinal);
        var images = files.Where(f => !f.RelativePath.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        var loaded = new MediaFile?[images.Count];
        Parallel.For(0, images.Count, i =>
        {
            var file = images[i];
            var name = file.RelativePath[Folder.Length..];
            var header = memo.Parse(file, diagnostics, bag => Header(file, name, bag));
            if (header is null)
            {
                return;
            }

            MediaRecord? record = null;
            if (records.TryGetValue(name, out var recordFile))
            {
                record = memo.Parse(recordFile, diagnostics, bag => Record(recordFile, bag));
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.ImageWithoutRecord, new SourceLocation(file.DisplayPath), $"'{name}' has no record; write {file.DisplayPath}.yml with 'credit' (who made it) and 'license' (on what terms the site may show it)");
            }

            loaded[i] = header with { Record = record };
        });

        var names = images.Select(f => f.RelativePath[Folder.Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, file) in records.Where(r => !names.Contains(r.Key)))
        {
            diagnostics.Report(DiagnosticCodes.RecordWithoutImage, new SourceLocation(file.DisplayPath), $"'{Path.GetFileName(file.RelativePath)}' is the record of '{name}', which is not in {Folder}{Suggestions.DidYouMean(name, names)}");
        }

        return loaded.OfType<MediaFile>().ToList();
    }

    /// <summary>The image as its header describes it, with no record yet; null once a problem is reported.</summary>
    private static MediaFile? Header(InputFile file, string name, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file.DisplayPath);
        if (name.Contains('/', StringComparison.Ordinal) || Ids.Problem(Path.GetFileNameWithoutExtension(name)) is not null)
        {
            diagnostics.Report(DiagnosticCodes.InvalidFileName, location, $"'{name}' cannot be published as an address; name images with lowercase letters, digits and hyphens, directly in {Folder}, e.g. plant-aerial.jpg");
            return null;
        }

        var extension = Path.GetExtension(name);
        if (!ImageHeader.Extensions.TryGetValue(extension, out var named))
        {
            diagnostics.Report(DiagnosticCodes.UnusableImage, location, $"'{name}' is not an image the site publishes; {Folder} holds PNG, JPEG, WebP, GIF and SVG files (.png, .jpg, .webp, .gif, .svg) and their .yml records");
            return null;
        }

        if (file.Content.Length == 0)
        {
            diagnostics.Report(DiagnosticCodes.UnusableImage, location, $"'{name}' is empty (0 bytes); copy the image again");
            return null;
        }

        var format = ImageHeader.Sniff(file.Content);
        if (format != named)
        {
            var actual = format is { } f ? $"{ImageHeader.Name(f)} data" : "not an image the site can read";
            diagnostics.Report(DiagnosticCodes.UnusableImage, location, $"'{name}' is named as {ImageHeader.Name(named)} but its content is {actual}; export it as {ImageHeader.Name(named)} or give it the extension its content has");
            return null;
        }

        var size = named == MediaFormat.Svg ? SvgCheck.Read(file, diagnostics) : ImageHeader.Read(file, named, diagnostics);
        if (size is not { } shown)
        {
            return null;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(file.Content));
        return new MediaFile(name, file.DisplayPath, file.Content, named, shown.Width, shown.Height, hash, null);
    }

    private static MediaRecord? Record(InputFile file, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlTreeReader.Read(text, file.DisplayPath, 0, diagnostics);
        var fields = new YamlFields(root, "an image's record", new SourceLocation(file.DisplayPath, 1, 1), Keys, diagnostics, Instead);
        var credit = fields.Text("credit", required: true);
        var license = fields.Text("license", required: true);
        var source = fields.Reference("source");
        var alt = fields.Text("alt");
        var decorative = fields.Bool("decorative") ?? false;
        return credit is null || license is null
            ? null
            : new MediaRecord(credit, license, source, alt, fields.ValueLocation("alt"), decorative, fields.Location);
    }
}
