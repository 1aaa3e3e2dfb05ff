using System.Globalization;
using System.Text;
using Briefing.Engine.Markdown;
using Briefing.Engine.Media;
using Briefing.Engine.Model;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>The markup of every image a text shows, made once for the whole site: for pages, and for feeds, whose readers get one plain image.</summary>
internal static class ImageTargets
{
    /// <summary>How wide an image is shown: the text's measure, or the screen's width below it.</summary>
    public const string Sizes = "(min-width: 42rem) 40rem, 100vw";

    /// <summary>The widest file of the fallback format no wider than this is the plain <c>src</c>, for browsers that read no <c>srcset</c>.</summary>
    private const int PlainWidth = 960;

    public static Dictionary<string, ImageTarget> ForPages(PagePlan plan, UiText text) =>
        plan.Images.ToDictionary(i => i.Image.Url, i => Target(i, text, feed: false), StringComparer.Ordinal);

    public static Dictionary<string, ImageTarget> ForFeeds(PagePlan plan, UiText text) =>
        plan.Images.ToDictionary(i => i.Image.Url, i => Target(i, text, feed: true), StringComparer.Ordinal);

    private static ImageTarget Target(PlannedImage planned, UiText text, bool feed)
    {
        var image = planned.Image;
        var html = new StringBuilder();
        var widest = planned.Variants.MaxBy(v => v.Width)!;
        var fallbackFormat = planned.Variants[^1].Format;
        var fallback = planned.Variants.Where(v => v.Format == fallbackFormat).ToList();
        var plain = fallback.Where(v => v.Width <= PlainWidth).DefaultIfEmpty(fallback[0]).MaxBy(v => v.Width)!;
        var picture = !feed && image.Format != MediaFormat.Svg;
        if (picture)
        {
            html.Append("<picture>");
            var webp = planned.Variants.Where(v => v.Format == MediaFormat.WebP).ToList();
            if (fallbackFormat != MediaFormat.WebP)
            {
                html.Append("<source type=\"image/webp\" srcset=\"").Append(SrcSet(webp)).Append("\" sizes=\"").Append(Sizes).Append("\">");
            }
        }

        html.Append("<img src=\"/").Append(plain.Path).Append('"');
        if (picture)
        {
            html.Append(" srcset=\"").Append(SrcSet(fallback)).Append("\" sizes=\"").Append(Sizes).Append('"');
        }

        html.Append(" width=\"").Append(Number(widest.Width)).Append("\" height=\"").Append(Number(widest.Height)).Append('"');
        var credit = image.Record is { } record
            ? $"<small class=\"credit\">{HtmlText.Encode(text.Format(UiKeys.ImageCredit, ("credit", record.Credit), ("license", record.License)))}</small>"
            : string.Empty;
        return new ImageTarget(
            Encoding.UTF8.GetBytes(html.ToString()),
            picture ? "</picture>"u8.ToArray() : [],
            image.Record is { Decorative: true } ? string.Empty : image.Record?.Alt,
            Encoding.UTF8.GetBytes(credit));
    }

    private static string SrcSet(IEnumerable<ImageVariant> variants) =>
        string.Join(", ", variants.Select(v => $"/{v.Path} {Number(v.Width)}w"));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
