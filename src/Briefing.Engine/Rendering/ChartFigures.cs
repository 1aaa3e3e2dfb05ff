using System.Collections.Concurrent;
using System.Text;
using Briefing.Engine.Markdown;
using Briefing.Engine.Markdown.Charts;
using Briefing.Engine.Model;
using Briefing.Engine.Rendering.Graphics;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>
/// The charts writers place in prose, each drawn once whichever page shows it: the picture in its layouts,
/// its legend for the caption, and the same in words (the graph's relations and the timeline's events as
/// lists, a claim's reports as a table). What each draws comes from <see cref="ChartSubjects"/>, which the
/// checks asked first; a chart they refused draws nothing.
/// </summary>
internal sealed class ChartFigures(ResolvedSite site, PictureViews pictures)
{
    private readonly ChartSubjects _subjects = new(site);
    private readonly ConcurrentDictionary<string, Lazy<Parts?>> _drawn = new(StringComparer.Ordinal);
    private readonly UiText _text = site.Text;

    public byte[]? Part(string key, ChartPart part)
    {
        var parts = _drawn.GetOrAdd(key, k => new Lazy<Parts?>(() => Draw(ChartSpec.FromKey(k)))).Value;
        return parts is null ? null : part switch
        {
            ChartPart.Picture => parts.Picture,
            ChartPart.Legend => parts.Legend,
            ChartPart.Words => parts.Words,
            _ => null,
        };
    }

    private Parts? Draw(ChartSpec spec) => spec.Kind switch
    {
        ChartKind.Graph => Graph(spec),
        ChartKind.EntityTimeline or ChartKind.TopicTimeline => Timeline(spec),
        _ => Claim(spec),
    };

    private Parts? Graph(ChartSpec spec)
    {
        if (site.FindEntity(spec.Id) is not { } page || pictures.NeighbourGraph(page, neighbours: 1, narrowOnly: false) is not { } graph)
        {
            return null;
        }

        var words = Details(UiKeys.ChartWordsGraph).Append("<ul class=\"relation-list\">");
        foreach (var entry in graph.Entries)
        {
            words.Append("<li>").Append(Link(entry.Entity.Url, entry.Entity.Name)).Append(_text.Mark("label"));
            for (var i = 0; i < entry.Relations.Count; i++)
            {
                var relation = entry.Relations[i];
                words.Append(i > 0 ? _text.Mark("group") : string.Empty).Append(HtmlText.Encode(relation.Label)).Append(' ');
                for (var j = 0; j < relation.Others.Count; j++)
                {
                    var other = relation.Others[j];
                    words.Append(j > 0 ? _text.Mark("list") : string.Empty).Append(Link(other.Url, other.Name)).Append(_text.Mark("open")).Append(HtmlText.Encode(other.Reports)).Append(_text.Mark("close"));
                }
            }

            words.Append("</li>");
        }

        words.Append("</ul></details>");
        return new Parts(Picture(UiKeys.ChartRegionGraph, graph.Svg, graph.Narrow), Bytes(graph.Legend.Value), Bytes(words.ToString()));
    }

    private Parts? Timeline(ChartSpec spec)
    {
        var events = _subjects.Events(spec);
        var label = spec.Kind == ChartKind.EntityTimeline
            ? _text.Format(UiKeys.ChartEntityTimeline, ("name", site.FindEntity(spec.Id)?.Entity.Name ?? spec.Id))
            : _text.Format(UiKeys.ChartTopicTimeline, ("topic", site.Topics.FirstOrDefault(t => t.Id == spec.Id)?.Title ?? spec.Id));
        if (pictures.Timeline(events, label) is not { } chart)
        {
            return null;
        }

        var words = Details(UiKeys.ChartWordsTimeline).Append("<ol class=\"relation-list\">");
        foreach (var resolved in events)
        {
            var ev = resolved.Event;
            words.Append("<li id=\"").Append(HtmlText.Encode(resolved.Anchor)).Append("\"><time datetime=\"").Append(HtmlText.Encode(ev.Date.Iso)).Append("\">")
                .Append(HtmlText.Encode(_text.Date(ev.Date))).Append("</time>").Append(_text.Mark("label"))
                .Append(Link(site.Plan.EventUrl(site.Urls, resolved.Anchor), ev.Title))
                .Append("<span class=\"reports\">").Append(_text.Mark("open")).Append(HtmlText.Encode(_text[UiKeys.EventStatusName(ev.Status)])).Append(_text.Mark("list"))
                .Append(HtmlText.Encode(Certainty.Words(_text, Certainty.Independent(site, resolved.Sources)))).Append(_text.Mark("close")).Append("</span></li>");
        }

        words.Append("</ol></details>");
        return new Parts(Picture(UiKeys.ChartRegionTimeline, chart.Svg, chart.Narrow), Bytes(chart.Legend.Value), Bytes(words.ToString()));
    }

    private Parts? Claim(ChartSpec spec)
    {
        if (_subjects.Claim(spec.Id) is not { } claim)
        {
            return null;
        }

        var figures = ChartSubjects.Figures(claim);
        if (figures.Count(f => f.Value is not null) < 2)
        {
            return null;
        }

        var status = claim.Claim.Status;
        var marks = figures.Select(f => new ClaimMark(f.Source.Publisher, f.Report.Value, f.Value, ChartSubjects.IsApart(claim, figures, f))).ToList();
        var label = _text.Format(UiKeys.ChartClaim, ("question", claim.Claim.Question), ("status", _text[UiKeys.ClaimStatusLabel(status)]));
        var currency = figures[0].Currency;
        var picture = Picture(
            UiKeys.ChartRegionClaim,
            ClaimChartSvg.Render(marks, status, currency, label, _text),
            ClaimChartSvg.Render(marks, status, currency, label, _text, narrow: true));

        var words = Details(UiKeys.ChartWordsClaim).Append("<table class=\"claim-figures\"><thead><tr><th scope=\"col\">")
            .Append(HtmlText.Encode(_text[UiKeys.ChartClaimSource])).Append("</th><th scope=\"col\">")
            .Append(HtmlText.Encode(_text[UiKeys.ChartClaimValue])).Append("</th><th scope=\"col\">")
            .Append(HtmlText.Encode(_text[UiKeys.ChartClaimNote])).Append("</th></tr></thead><tbody>");
        for (var i = 0; i < figures.Count; i++)
        {
            words.Append("<tr").Append(marks[i].Apart ? " class=\"apart\"" : string.Empty).Append("><td>")
                .Append(Link(site.Urls.Source(figures[i].Source.Id), figures[i].Source.Publisher)).Append("</td><td>")
                .Append(HtmlText.Encode(figures[i].Report.Value));
            if (marks[i].Apart)
            {
                words.Append(" <span class=\"reports\">(").Append(HtmlText.Encode(_text[UiKeys.ChartClaimApart])).Append(")</span>");
            }

            words.Append("</td><td>").Append(HtmlText.Encode(figures[i].Report.Note ?? string.Empty)).Append("</td></tr>");
        }

        words.Append("</tbody></table><p>").Append(Link(site.Plan.ClaimUrl(site.Urls, claim.Claim.Id), _text[UiKeys.ChartClaimLedger])).Append("</p></details>");
        return new Parts(picture, Bytes(ClaimChartSvg.Legend(marks, status, _text).Value), Bytes(words.ToString()));
    }

    private StringBuilder Details(string summaryKey) =>
        new StringBuilder("<details class=\"text-equivalent\"><summary>").Append(HtmlText.Encode(_text[summaryKey])).Append("</summary>");

    /// <summary>The picture's layouts in the box that scrolls, should enlarged text make it wider than the screen.</summary>
    private byte[] Picture(string regionKey, TrustedHtml wide, TrustedHtml narrow) =>
        Bytes(new StringBuilder("<div class=\"chart-scroll\" role=\"region\" aria-label=\"").Append(HtmlText.Encode(_text[regionKey])).Append("\" tabindex=\"0\">\n")
            .Append(wide.Value).Append('\n').Append(narrow.Value).Append("\n</div>\n").ToString());

    private static string Link(string url, string text) => $"<a href=\"{HtmlText.Encode(url)}\">{HtmlText.Encode(text)}</a>";

    private static byte[] Bytes(string html) => Encoding.UTF8.GetBytes(html);

    private sealed record Parts(byte[] Picture, byte[] Legend, byte[] Words);
}
