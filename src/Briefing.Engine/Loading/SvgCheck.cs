using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Loading;

/// <summary>
/// Refuses an SVG that could run code or reach outside the site when it is opened on its own: scripts, event
/// attributes, <c>foreignObject</c>, and references to anything but its own <c>#ids</c>. Nothing is removed
/// and the file is published as written, so what passes is exactly what the writer checked.
/// </summary>
internal static partial class SvgCheck
{
    /// <summary>The size an SVG declares, from its <c>width</c> and <c>height</c> or else its <c>viewBox</c>; null once a problem is reported.</summary>
    public static ImageSize? Read(InputFile file, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersInDocument = MediaLimits.MaxFileBytes,
        };

        ImageSize? size = null;
        IXmlLineInfo? lines = null;
        var root = true;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Content, writable: false), settings);
            lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Text || reader.NodeType == XmlNodeType.CDATA)
                {
                    if (ExternalUrl().IsMatch(reader.Value))
                    {
                        return Refuse("a stylesheet that loads something from outside the file (url() or @import)");
                    }

                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var element = reader.LocalName;
                if (root && element != "svg")
                {
                    return Refuse($"a root element <{element}>; an SVG starts with <svg>");
                }

                if (element.Equals("script", StringComparison.OrdinalIgnoreCase) || element.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
                {
                    return Refuse($"a <{element}> element");
                }

                string? width = null, height = null, viewBox = null;
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var name = reader.LocalName;
                    if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return Refuse($"an event attribute '{reader.Name}'");
                    }

                    if (name == "href" && !reader.Value.TrimStart().StartsWith('#'))
                    {
                        return Refuse($"a reference to '{Shorten(reader.Value)}' outside the file; only '#id' references are allowed");
                    }

                    if (ExternalUrl().IsMatch(reader.Value))
                    {
                        return Refuse($"an attribute '{reader.Name}' that loads something from outside the file");
                    }

                    if (root)
                    {
                        (width, height, viewBox) = name switch
                        {
                            "width" => (reader.Value, height, viewBox),
                            "height" => (width, reader.Value, viewBox),
                            "viewBox" => (width, height, reader.Value),
                            _ => (width, height, viewBox),
                        };
                    }
                }

                reader.MoveToElement();
                if (root)
                {
                    root = false;
                    size = Size(width, height, viewBox);
                    if (size is null)
                    {
                        diagnostics.Report(DiagnosticCodes.UnusableImage, At(), $"'{file.DisplayPath}' gives no size; give its <svg> a viewBox (or width and height in pixels) so the page can reserve its space");
                        return null;
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            diagnostics.Report(ex.Message.Contains("DTD", StringComparison.Ordinal) ? DiagnosticCodes.UnsafeSvg : DiagnosticCodes.UnusableImage, new SourceLocation(file.DisplayPath, ex.LineNumber, ex.LinePosition), $"'{file.DisplayPath}' is not well-formed XML without a DTD: {ex.Message.Split(" Line ")[0].TrimEnd('.', ' ')}");
            return null;
        }

        if (size is null)
        {
            diagnostics.Report(DiagnosticCodes.UnusableImage, new SourceLocation(file.DisplayPath), $"'{file.DisplayPath}' has no <svg> element");
        }

        return size;

        SourceLocation At() => new(file.DisplayPath, lines!.LineNumber, lines.LinePosition);

        ImageSize? Refuse(string what)
        {
            diagnostics.Report(DiagnosticCodes.UnsafeSvg, At(), $"'{file.DisplayPath}' has {what}; an SVG that could run code or load other files is refused, not cleaned: remove it, or export the picture as PNG");
            return null;
        }
    }

    private static ImageSize? Size(string? width, string? height, string? viewBox)
    {
        if (Pixels(width) is { } w && Pixels(height) is { } h)
        {
            return new ImageSize(w, h);
        }

        var box = viewBox?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (box is { Length: 4 }
            && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var vw) && vw >= 1 && vw <= MediaLimits.MaxSide
            && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var vh) && vh >= 1 && vh <= MediaLimits.MaxSide)
        {
            return new ImageSize((int)Math.Round(vw), (int)Math.Round(vh));
        }

        return null;
    }

    private static int? Pixels(string? value)
    {
        var text = value?.Trim();
        if (text is null)
        {
            return null;
        }

        text = text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= MediaLimits.MaxSide ? (int)Math.Round(n) : null;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    /// <summary>A CSS url() that is not a #fragment, or an @import.</summary>
    [GeneratedRegex(@"url\(\s*['""]?\s*(?!#)[^)\s]|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
