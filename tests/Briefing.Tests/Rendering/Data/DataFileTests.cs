using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Engine.Model;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Rendering.Data;

/// <summary>The ledger, timeline and graph as data: every claim, report, event, entity and relation of the input, with its sources, linked from its page.</summary>
public sealed class DataFileTests
{
    public static TheoryData<string> Sites => new() { "fixture", "real" };

    private static readonly string[] DataFiles = ["claims.json", "claims.csv", "timeline.json", "timeline.ics", "graph.json"];

    private static readonly Dictionary<string, Lazy<LoadedSite>> LoadedSites = new()
    {
        ["fixture"] = new(() => Load(RepoPaths.Fixture)),
        ["real"] = new(() => Load(RepoPaths.Input)),
    };

    private static LoadedSite Load(string folder)
    {
        var bag = new DiagnosticBag();
        return SiteLoader.Load(InputReader.Read(folder, RepoPaths.Theme, RepoPaths.Root, bag), bag);
    }

    private static BuildResult Built(string site) => site == "fixture" ? BuiltSites.Fixture : BuiltSites.Real;

    private static JsonElement Json(string site, string path) => JsonDocument.Parse(Built(site).Site!.Files[path]).RootElement;

    private static string? Text(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    [Theory]
    [MemberData(nameof(Sites))]
    public void ClaimsJson_EveryClaimAndReport_AsTheLedgerHasThem(string site)
    {
        var loaded = LoadedSites[site].Value;
        var sources = loaded.Sources.ToDictionary(s => s.Id);
        var json = Json(site, "claims.json");

        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(loaded.Config.Title, json.GetProperty("site").GetString());
        Assert.Equal(loaded.Config.BaseUrl.TrimEnd('/'), json.GetProperty("base_url").GetString());
        var claims = json.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(loaded.Claims.Select(c => c.Id), claims.Select(c => c.GetProperty("id").GetString()));
        foreach (var (claim, written) in loaded.Claims.Zip(claims))
        {
            Assert.Equal(claim.Question, written.GetProperty("question").GetString());
            Assert.Equal(claim.Status, written.GetProperty("status").GetString());
            Assert.Equal(claim.Figure, Text(written.GetProperty("figure")));
            Assert.Equal($"{loaded.Config.BaseUrl.TrimEnd('/')}/claims/#{claim.Id}", written.GetProperty("url").GetString());
            var reports = written.GetProperty("reports").EnumerateArray().ToList();
            Assert.Equal(claim.Reports.Count, reports.Count);
            foreach (var (report, writtenReport) in claim.Reports.Zip(reports))
            {
                var source = sources[report.Source.Id];
                var writtenSource = writtenReport.GetProperty("source");
                Assert.Equal(report.Value, writtenReport.GetProperty("value").GetString());
                Assert.Equal(report.Note, Text(writtenReport.GetProperty("note")));
                Assert.Equal(source.Id, writtenSource.GetProperty("id").GetString());
                Assert.Equal(source.Publisher, writtenSource.GetProperty("publisher").GetString());
                Assert.Equal(source.Url, Text(writtenSource.GetProperty("url")));
                Assert.Equal(source.Untitled ? null : source.Title, Text(writtenSource.GetProperty("title")));
                Assert.Equal(source.Untitled ? source.Title : null, Text(writtenSource.GetProperty("description")));
                Assert.Equal(source.Via?.Id, Text(writtenSource.GetProperty("via")));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void ClaimsCsv_OneRowPerReport_WithItsClaimAndSource(string site)
    {
        var loaded = LoadedSites[site].Value;
        var sources = loaded.Sources.ToDictionary(s => s.Id);
        var bytes = Built(site).Site!.Files["claims.csv"];
        var rows = StrictCsv.Read(new UTF8Encoding(false, true).GetString(bytes));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(["claim_id", "question", "status", "value", "source_id", "source_publisher", "source_title", "source_url", "note"], rows[0]);
        var expected = loaded.Claims
            .SelectMany(c => c.Reports.Select(r => (Claim: c, Report: r, Source: sources[r.Source.Id])))
            .Select(x => new[]
            {
                x.Claim.Id, x.Claim.Question, x.Claim.Status, x.Report.Value, x.Source.Id, x.Source.Publisher,
                x.Source.Untitled ? "Untitled report: " + x.Source.Title : x.Source.Title, x.Source.Url ?? string.Empty, x.Report.Note ?? string.Empty,
            });
        Assert.Equal(expected, rows.Skip(1));
    }

    [Fact]
    public void ClaimsCsv_ValueWithCommaQuoteAndLineBreak_RoundTrips()
    {
        const string value = "He said \"3, maybe 4\";\nthen 5";
        var site = MiniSite.Build(MiniSite.Basics + """
            -- input/claims.yml --
            - id: count
              question: How many, "really"?
              status: single-source
              reports:
                - value: |-
                    He said "3, maybe 4";
                    then 5
                  source: wire-2026
                  note: Plain note
            """);

        var csv = site.Page("claims.csv");
        var rows = StrictCsv.Read(csv);

        Assert.Contains("\"He said \"\"3, maybe 4\"\";\nthen 5\"", csv, StringComparison.Ordinal);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["count", "How many, \"really\"?", "single-source", value, "wire-2026", "Wire", "A wire report", "https://wire.test/report", "Plain note"], rows[1]);
        var json = JsonDocument.Parse(site.Page("claims.json")).RootElement;
        Assert.Equal(value, json.GetProperty("claims")[0].GetProperty("reports")[0].GetProperty("value").GetString());
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void TimelineJson_EveryEvent_WithItsDatePrecisionAndSources(string site)
    {
        var loaded = LoadedSites[site].Value;
        var events = Json(site, "timeline.json").GetProperty("events").EnumerateArray().ToList();
        var expected = loaded.Timeline.OrderBy(e => e.Date).ToList();

        Assert.Equal(expected.Count, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        foreach (var (ev, written) in expected.Zip(events))
        {
            Assert.Equal(ev.Title, written.GetProperty("title").GetString());
            Assert.Equal(ev.Date.ToString(), written.GetProperty("date").GetString());
            Assert.Equal(ev.Date.KnownTo, written.GetProperty("precision").GetString());
            Assert.Equal(ev.Date.Start.ToString("yyyy-MM-dd"), written.GetProperty("start").GetString());
            Assert.Equal(ev.Date.End.ToString("yyyy-MM-dd"), written.GetProperty("end").GetString());
            Assert.Equal(ev.Status, written.GetProperty("status").GetString());
            Assert.Equal(ev.Sources.Select(s => s.Id).Order(), written.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order());
            Assert.Equal(ev.Entities.Select(e => e.Id).Order(), written.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order());
            Assert.Equal(ev.Body is null, written.GetProperty("body").ValueKind == JsonValueKind.Null);
            Assert.EndsWith("/timeline/#" + written.GetProperty("id").GetString(), written.GetProperty("url").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TimelineJson_Body_IsPlainTextWithEntityNamesAndNoCitationMarks()
    {
        var events = Json("fixture", "timeline.json").GetProperty("events").EnumerateArray();
        var lender = events.Single(e => e.GetProperty("title").GetString() == "Tokyo Daily names the lender");

        Assert.Equal("The lender is Beta Bank.", lender.GetProperty("body").GetString());
        Assert.Equal("month", lender.GetProperty("precision").GetString());
        Assert.Equal("2026-02-28", lender.GetProperty("end").GetString());
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void GraphJson_EveryEntityAndRelation_WithItsSources(string site)
    {
        var loaded = LoadedSites[site].Value;
        var json = Json(site, "graph.json");
        var entities = json.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var relations = json.GetProperty("relations").EnumerateArray()
            .Select(r => (From: r.GetProperty("from").GetString(), To: r.GetProperty("to").GetString(), Type: r.GetProperty("type").GetString(),
                Sources: string.Join(' ', r.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()))))
            .ToList();

        Assert.Equal(loaded.Entities.Select(e => e.Id).Order(), entities.Keys.Order());
        foreach (var entity in loaded.Entities)
        {
            var written = entities[entity.Id];
            Assert.Equal(entity.Name, written.GetProperty("name").GetString());
            Assert.Equal(entity.NativeName, Text(written.GetProperty("native_name")));
            Assert.Equal(entity.Kind, written.GetProperty("kind").GetString());
            Assert.Equal(entity.Group, written.GetProperty("group").GetString());
            Assert.Equal(entity.Sector, Text(written.GetProperty("sector")));
            Assert.EndsWith($"/entities/{entity.Id}/", written.GetProperty("url").GetString(), StringComparison.Ordinal);
        }

        var expected = loaded.Entities
            .SelectMany(e => e.Relations.Select(r => (From: (string?)e.Id, To: (string?)r.To.Id, Type: (string?)r.Type, Sources: string.Join(' ', r.Sources.Select(s => s.Id)))))
            .ToList();
        Assert.Equal(expected.Order(), relations.Order());
        Assert.NotEmpty(relations);
    }

    [Theory]
    [InlineData("claims/index.html", new[] { "/claims.json", "/claims.csv" })]
    [InlineData("timeline/index.html", new[] { "/timeline.json", "/timeline.ics" })]
    [InlineData("entities/index.html", new[] { "/graph.json" })]
    public void Page_LinksItsDataFiles_WhichTheSiteHas(string page, string[] files)
    {
        var document = new HtmlParser().ParseDocument(BuiltSites.Fixture.Page(page));
        var links = document.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(files, links);
        Assert.All(files, f => Assert.True(BuiltSites.Fixture.Site!.Files.ContainsKey(f.TrimStart('/')), f));
        Assert.StartsWith("Download the data:", document.QuerySelector(".downloads")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/claims.csv", 0)]
    [InlineData("/timeline.ics", 0)]
    [InlineData("/graph.json", 0)]
    [InlineData("/claims.xlsx", 1)]
    public void Build_BriefingLinkingADataFile_ResolvesAgainstThePlan(string link, int errors)
    {
        var site = MiniSite.Build(MiniSite.Basics + $"""
            -- input/briefings/one.md --
            ---
            title: One
            date: 2026-03-05
            summary: The one briefing.
            ---
            The [ledger's data]({link}) [@wire-2026].
            """);

        Assert.Equal(errors, site.ErrorCount);
    }

    [Fact]
    public void Build_Twice_WritesTheSameDataBytes()
    {
        var again = BuiltSites.BuildFolder(RepoPaths.Fixture, strict: true);

        Assert.All(
            DataFiles,
            path => Assert.Equal(BuiltSites.Fixture.Site!.Files[path], again.Site!.Files[path]));
    }
}
