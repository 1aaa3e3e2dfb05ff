using System.Buffers;

namespace Briefing.Engine.Markdown.Images;

/// <summary>Fills an image's holes for a page: the picture with its alt text, and the credit line.</summary>
internal static class ImageMarkup
{
    /// <summary>
    /// Writes <c>&lt;picture&gt;&lt;source type="image/webp" srcset="…" sizes="…"&gt;&lt;img src="…" srcset="…" sizes="…"
    /// width="1600" height="1067" alt="…" loading="lazy" decoding="async"&gt;&lt;/picture&gt;</c>; for an image
    /// the site does not have (already an error) only its alt text.
    /// </summary>
    /// <param name="alt">The Markdown's alt text; null to use the record's, or none for a decorative image.</param>
    /// <param name="eager">The page's first image: loaded at once, since it is likely on the first screen.</param>
    public static void WritePicture(IBufferWriter<byte> html, ImageTarget? image, string? alt, bool eager)
    {
        if (image is null)
        {
            HtmlText.WriteUtf8(html, alt ?? string.Empty, HtmlText.EscapedLikeMarkdig);
            return;
        }

        html.Write(image.Start);
        html.Write(" alt=\""u8);
        HtmlText.WriteUtf8(html, alt ?? image.Alt ?? string.Empty, HtmlText.EscapedLikeMarkdig);
        html.Write(eager ? "\" decoding=\"async\">"u8 : "\" loading=\"lazy\" decoding=\"async\">"u8);
        html.Write(image.End);
    }

    /// <summary>Writes <c>&lt;small class="credit"&gt;Image: Jane Doe · CC BY 4.0&lt;/small&gt;</c>; nothing for an image the site does not have.</summary>
    public static void WriteCredit(IBufferWriter<byte> html, ImageTarget? image)
    {
        if (image is not null)
        {
            html.Write(image.Credit);
        }
    }
}
