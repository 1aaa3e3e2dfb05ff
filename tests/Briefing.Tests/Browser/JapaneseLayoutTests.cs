using System.Text;
using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class JapaneseBrowserTests : ICollectionFixture<JapaneseBrowserSite>
{
    public const string Name = "browser-ja";
}

/// <summary>
/// The real site with <c>language: ja</c>, its companies named by their native names where they have one: English
/// content, a Japanese interface and Japanese labels in the pictures.
/// </summary>
public sealed partial class JapaneseBrowserSite : BrowserSite
{
    protected override WriteResult Build(string folder)
    {
        var input = InputReader.Read(RepoPaths.Input, RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag());
        var content = input.Content.Select(file => file.RelativePath switch
        {
            "site.yml" => file with { Content = Edit(file.Content, text => text.Replace("language: en", "language: ja", StringComparison.Ordinal)) },
            _ when file.RelativePath.StartsWith("entities/", StringComparison.Ordinal) => file with { Content = Edit(file.Content, NativeName) },
            _ => file,
        }).ToList();
        return SiteBuilder.BuildAndWrite(input with { Content = content }, new BuildOptions(), folder, [RepoPaths.Input, RepoPaths.Theme]);
    }

    private static byte[] Edit(byte[] content, Func<string, string> edit) => Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(content)));

    private static string NativeName(string entity) =>
        Native().Match(entity) is { Success: true } native ? Name().Replace(entity, "name: " + native.Groups[1].Value, 1) : entity;

    [GeneratedRegex("^native_name: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Native();

    [GeneratedRegex("^name: .+$", RegexOptions.Multiline)]
    private static partial Regex Name();
}

/// <summary>A Japanese page on a phone and a wide screen: nothing scrolls sideways, and every label stays inside its box.</summary>
[Collection(JapaneseBrowserTests.Name)]
public sealed class JapaneseLayoutTests(JapaneseBrowserSite site)
{
    public static TheoryData<string, int> Pages() => new()
    {
        { "home", 360 }, { "home", 1280 }, { "entity", 360 }, { "entity", 1280 }, { "timeline", 360 }, { "timeline", 1280 },
        { "briefing-graph", 360 }, { "briefing-claim", 360 }, { "claims", 360 },
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Render_JapanesePage_NoSidewaysScrollAndLabelsWithinTheirBoxes(string pageType, int width)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType], width: width, height: 900);
        await page.ScreenshotAsync($"ja-{pageType}-{width}");

        var scrollWidth = await page.Page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        var language = await page.Page.EvaluateAsync<string>("() => document.documentElement.lang");
        var overflowing = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('svg.chart')].filter(svg => svg.getBoundingClientRect().width > 0).flatMap(svg => [
              ...[...svg.querySelectorAll('a.node')].flatMap(node => {
                const box = node.querySelector('rect').getBBox();
                return [...node.querySelectorAll('tspan')].filter(t => t.getComputedTextLength() > box.width - 4).map(t => `${t.textContent} (${t.getComputedTextLength().toFixed(1)} px in a ${box.width} px box)`);
              }),
              ...[...svg.querySelectorAll('text')].filter(t => { const b = t.getBBox(); return b.x < -0.5 || b.x + b.width > svg.viewBox.baseVal.width + 0.5; }).map(t => `${t.textContent} leaves the picture`),
            ])
            """);
        // A Japanese name that fits two lines of a wide box is shown as it is, not cut and not replaced by an English alias.
        var renamed = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('svg.chart-wide a.node')].filter(n => n.getBoundingClientRect().width > 0)
              .map(n => [n.querySelector('title').textContent, n.querySelector('text').textContent])
              .filter(([name, shown]) => /^[\u3000-\u9fff\uff00-\uffef]{1,20}$/.test(name) && shown !== name).map(([name, shown]) => `${name} shown as ${shown}`)
            """);
        var fonts = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('nav ul, svg.chart')].map(e => getComputedStyle(e).fontFamily)");

        Assert.Equal("ja", language);
        Assert.True(scrollWidth <= width, $"{site.PageTypes[pageType]} is {scrollWidth} px wide on a {width} px screen");
        Assert.Empty(overflowing);
        Assert.Empty(renamed);
        Assert.All(fonts, font => Assert.StartsWith("\"Hiragino Sans\", \"Noto Sans CJK JP\"", font, StringComparison.Ordinal));
        page.AssertNoProblems();
    }

    [BrowserTheory]
    [InlineData("home", "light")]
    [InlineData("home", "dark")]
    [InlineData("timeline", "light")]
    [InlineData("timeline", "dark")]
    [InlineData("claims", "light")]
    [InlineData("claims", "dark")]
    [InlineData("entity", "dark")]
    public async Task Axe_JapanesePage_NoViolations(string pageType, string scheme)
    {
        await using var page = await site.OpenAsync(site.PageTypes[pageType], scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        var result = await page.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            ResultTypes = [ResultType.Violations],
        });

        Assert.True(result.Violations.Length == 0, $"{site.PageTypes[pageType]} ({scheme}): " + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
