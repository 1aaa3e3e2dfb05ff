using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Markdown;
using Briefing.Engine.Media;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>An image some text shows, with the files it is published as.</summary>
internal sealed record PlannedImage(MediaFile Image, IReadOnlyList<ImageVariant> Variants);

/// <summary>The images of <c>input/media/</c> by address: checks each image a text shows and remembers which are shown.</summary>
internal sealed class MediaIndex
{
    private const string Prefix = "/media/";

    private readonly Dictionary<string, MediaFile> _byUrl;
    private readonly IReadOnlySet<string> _names;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    public MediaIndex(IReadOnlyList<MediaFile> media, IReadOnlySet<string> allFiles, SiteIndex index, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _byUrl = media.ToDictionary(m => m.Url, StringComparer.Ordinal);

        // Refused files are named too, so a link to one is not also reported as missing.
        _names = allFiles;
        foreach (var record in media.Select(m => m.Record).OfType<MediaRecord>().Where(r => r.Source is not null))
        {
            index.Cite(record.Source!, null);
        }
    }

    /// <summary>Checks an image a text shows: that it is one of the site's, and that a reader who cannot see it is told what it shows.</summary>
    public void Check(MarkdownText text, MarkdownMark mark)
    {
        var url = mark.Value;
        var location = text.LocationOf(mark);
        if (!UrlPolicy.IsAllowedInMarkdown(url))
        {
            _diagnostics.Report(DiagnosticCodes.UnsafeUrl, location, $"link '{url}' must be an https:// address or a path on this site starting with '/'");
            return;
        }

        if (UrlPolicy.IsHttps(url))
        {
            _diagnostics.Report(DiagnosticCodes.RemoteImage, location, $"image '{url}' is on another site, and the site's Content-Security-Policy (img-src 'self' data:) stops browsers loading it; download it into input/media/, write its record, and show it as /media/<file>");
            return;
        }

        var name = url.StartsWith(Prefix, StringComparison.Ordinal) ? url[Prefix.Length..] : null;
        if (name is null || !_byUrl.TryGetValue(url, out var image))
        {
            if (name is null || !_names.Contains(name))
            {
                var hint = Suggestions.DidYouMean(name ?? url.TrimStart('/'), _names);
                _diagnostics.Report(DiagnosticCodes.MissingImage, location, $"image '{url}' is not in input/media/{(hint.Length > 0 ? hint : "; images are shown as /media/<file>, with the file in input/media/")}");
            }

            return;
        }

        _used.TryAdd(url, 0);
        var record = image.Record;
        var alt = mark.Alt is { Length: > 0 } written ? written : record?.Alt;
        var altLocation = mark.Alt is { Length: > 0 } ? location : record?.AltLocation ?? location;
        if (string.IsNullOrWhiteSpace(alt))
        {
            if (record is not { Decorative: true })
            {
                _diagnostics.Report(DiagnosticCodes.MissingAlt, location, $"image '{url}' has no alt text; describe what it shows, ![A welder at the Sakai plant](…) or 'alt' in its record, or write 'decorative: true' in its record if it adds nothing a reader needs");
            }

            return;
        }

        var stem = Path.GetFileNameWithoutExtension(image.Name);
        if (alt.Equals(image.Name, StringComparison.OrdinalIgnoreCase) || alt.Equals(stem, StringComparison.OrdinalIgnoreCase) || alt.Replace(' ', '-').Equals(stem, StringComparison.OrdinalIgnoreCase))
        {
            _diagnostics.Report(DiagnosticCodes.AltIsFileName, altLocation, $"alt text '{alt}' is the file's name, which tells a reader nothing; describe what the image shows");
        }
        else if (alt.Length > MediaLimits.MaxAltLength)
        {
            _diagnostics.Report(DiagnosticCodes.AltTooLong, altLocation, $"alt text is {alt.Length} characters; keep it under {MediaLimits.MaxAltLength} and put the rest in the caption or the text");
        }
    }

    /// <summary>Every image some text shows, in path order, with its files; reports each image none shows.</summary>
    public IReadOnlyList<PlannedImage> Plan()
    {
        foreach (var image in _byUrl.Values.Where(m => !_used.ContainsKey(m.Url)).OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            _diagnostics.Report(DiagnosticCodes.UnusedImage, image.Location, $"image '{image.Name}' is shown by no text; show it with ![alt]({image.Url}) or remove it");
        }

        return _byUrl.Values
            .Where(m => _used.ContainsKey(m.Url))
            .OrderBy(m => m.Path, StringComparer.Ordinal)
            .Select(m => new PlannedImage(m, ImageVariants.Of(m)))
            .ToList();
    }
}
