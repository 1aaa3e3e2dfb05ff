using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Markdown.Charts;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>A report's figure as a number, with the currency sign it was written with ("" for none).</summary>
internal readonly record struct ReportFigure(ClaimReport Report, Source Source, double? Value, string Currency);

/// <summary>
/// What each chart placed in prose draws, chosen once from the resolved site: the checks ask it whether a
/// chart has anything to draw, and the pictures draw what it gives them.
/// </summary>
internal sealed partial class ChartSubjects(ResolvedSite site)
{
    /// <summary>How far a report's figure may lie from the middle of the others, as a ratio, before a disputed claim's chart marks it as apart.</summary>
    public const double ApartRatio = 1.25;

    private readonly Dictionary<string, TopicPage> _topics = site.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedClaim> _claims = site.Claims.DistinctBy(c => c.Claim.Id).ToDictionary(c => c.Claim.Id, StringComparer.Ordinal);

    /// <summary>Every relation the entity has, either way; empty for an unknown entity.</summary>
    public IReadOnlyList<ResolvedRelation> Relations(string entityId) =>
        site.FindEntity(entityId) is { } page ? [.. page.Outgoing, .. page.Incoming] : [];

    /// <summary>The events a timeline chart draws, in date order: those that name the entity, or an entity the topic's briefings mention.</summary>
    public IReadOnlyList<ResolvedEvent> Events(ChartSpec spec)
    {
        if (spec.Kind == ChartKind.EntityTimeline)
        {
            return site.Timeline.Where(e => e.Entities.Any(x => x.Id == spec.Id)).ToList();
        }

        if (!_topics.TryGetValue(spec.Id, out var topic))
        {
            return [];
        }

        var named = topic.Briefings.SelectMany(b => b.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return site.Timeline.Where(e => e.Entities.Any(x => named.Contains(x.Id))).ToList();
    }

    public ResolvedClaim? Claim(string id) => _claims.GetValueOrDefault(id);

    /// <summary>Each report of the claim with the figure it gives, if it gives one in the currency most of them use.</summary>
    public static List<ReportFigure> Figures(ResolvedClaim claim)
    {
        var read = claim.Claim.Reports.Zip(claim.ReportSources, (report, source) => (report, source, Figure(report.Value))).ToList();
        var currency = read.Where(r => r.Item3 is not null).GroupBy(r => r.Item3!.Value.Currency, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? string.Empty;
        return read.Select(r => r.Item3 is { } f && f.Currency == currency
            ? new ReportFigure(r.report, r.source, f.Value, currency)
            : new ReportFigure(r.report, r.source, null, currency)).ToList();
    }

    /// <summary>Whether a disputed claim's report lies apart from the others; a claim the ledger finds consistent, or rests on one report, has none apart.</summary>
    public static bool IsApart(ResolvedClaim claim, IReadOnlyList<ReportFigure> figures, ReportFigure figure)
    {
        if (figure.Value is not { } value || claim.Claim.Status is not (ClaimStatuses.Contested or ClaimStatuses.Corrected))
        {
            return false;
        }

        var values = figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).Order().ToList();
        var middle = values.Count % 2 == 1 ? values[values.Count / 2] : Math.Sqrt(values[(values.Count / 2) - 1] * values[values.Count / 2]);
        var ratio = value / middle;
        return ratio > ApartRatio || ratio < 1 / ApartRatio;
    }

    /// <summary>Reports a chart that names something the site lacks, or something with nothing to draw.</summary>
    public void Check(ChartSpec spec, Func<SourceLocation> location, DiagnosticBag diagnostics)
    {
        switch (spec.Kind)
        {
            case ChartKind.Graph or ChartKind.EntityTimeline when site.FindEntity(spec.Id) is null:
                diagnostics.Report(DiagnosticCodes.UnknownChartSubject, location(), $"chart names unknown entity '{spec.Id}'{Hint(spec.Id, site.Entities.Select(e => e.Entity.Id), "each entity is a file in input/entities/")}");
                return;
            case ChartKind.TopicTimeline when !_topics.ContainsKey(spec.Id):
                diagnostics.Report(DiagnosticCodes.UnknownChartSubject, location(), $"chart names topic '{spec.Id}', which no briefing has{Hint(spec.Id, _topics.Keys, "a topic is named in a briefing's 'topics'")}");
                return;
            case ChartKind.Claim when Claim(spec.Id) is null:
                diagnostics.Report(DiagnosticCodes.UnknownChartSubject, location(), $"chart names unknown claim '{spec.Id}'{Hint(spec.Id, _claims.Keys, "claims and their ids are in input/claims.yml")}");
                return;
            case ChartKind.Graph when Relations(spec.Id).Count == 0:
                diagnostics.Report(DiagnosticCodes.EmptyChart, location(), $"entity '{spec.Id}' has no relations to draw; give it 'relations' in its file, or chart another entity");
                return;
            case ChartKind.EntityTimeline or ChartKind.TopicTimeline when Events(spec).Count == 0:
                diagnostics.Report(DiagnosticCodes.EmptyChart, location(), $"no timeline event names {(spec.Kind == ChartKind.EntityTimeline ? "entity" : "an entity of topic")} '{spec.Id}'; there is nothing to draw");
                return;
            case ChartKind.Claim when Figures(Claim(spec.Id)!).Count(f => f.Value is not null) < 2:
                diagnostics.Report(DiagnosticCodes.EmptyChart, location(), $"claim '{spec.Id}' has fewer than two reports that give a figure in the same currency, so there is nothing to compare; describe it in words instead");
                return;
        }
    }

    private static string Hint(string id, IEnumerable<string> known, string otherwise) =>
        Suggestions.DidYouMean(id, known) is { Length: > 0 } hint ? hint : "; " + otherwise;

    /// <summary>"About $6.16 billion" → 6.16e9 in "$"; "Roughly ¥1 trillion over five years" → 1e12 in "¥". The first number counts.</summary>
    public static (double Value, string Currency)? Figure(string text)
    {
        var match = FigurePattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var scale = match.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "thousand" or "k" => 1e3,
            "million" or "m" or "mn" => 1e6,
            "billion" or "bn" or "b" => 1e9,
            "trillion" or "tn" or "t" => 1e12,
            _ => 1,
        };
        return number * scale <= 0 ? null : (number * scale, match.Groups["currency"].Value);
    }

    [GeneratedRegex(@"(?<currency>[$¥€£])?\s?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion|trillion|bn|mn|tn|[kmbt])\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigurePattern();
}
