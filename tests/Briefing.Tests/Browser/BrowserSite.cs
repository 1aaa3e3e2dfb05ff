using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading;
using Briefing.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Briefing.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>
/// The real site, built once into a temporary folder, served on 127.0.0.1 and opened in Debian's
/// chromium through Playwright. Nothing is started when the browser tests are skipped.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-browser-" + Guid.NewGuid().ToString("N"));
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built output folder.</summary>
    public string Folder => _folder;

    /// <summary>Where the screenshots go: TestResults/screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotFolder => Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    /// <summary>One page of each type, named for test output. Where a type has many pages, the largest stands for them.</summary>
    public IReadOnlyDictionary<string, string> PageTypes { get; private set; } = new Dictionary<string, string>();

    public static IReadOnlyList<string> PageTypeNames { get; } =
        ["home", "briefings", "briefing", "briefing-graph", "briefing-timeline", "briefing-claim", "entities", "entity", "sources", "source", "timeline", "claims", "search", "404", "page",
        "ja-home", "ja-briefing", "ja-briefing-graph", "ja-entity", "ja-timeline", "ja-claims", "ja-search", "ja-404", "ja-page"];

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null)
        {
            return;
        }

        if (!File.Exists(BrowserEnvironment.ChromiumPath))
        {
            throw new InvalidOperationException($"BRIEFING_REQUIRE_BROWSER=true, but {BrowserEnvironment.ChromiumPath} is missing; install Debian's chromium (apt-get install chromium fonts-noto-cjk)");
        }

        var result = Build(_folder);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        PageTypes = new Dictionary<string, string>
        {
            ["home"] = "/",
            ["briefings"] = "/briefings/",
            ["briefing"] = Largest("briefings"),

            // The briefings with a chart of each kind in their prose.
            ["briefing-graph"] = "/briefings/members-and-stakes/",
            ["briefing-timeline"] = "/briefings/overview/",
            ["briefing-claim"] = "/briefings/the-money/",
            ["entities"] = "/entities/",
            ["entity"] = Largest("entities"),
            ["sources"] = "/sources/",
            ["source"] = Largest("sources"),
            ["timeline"] = "/timeline/",
            ["claims"] = "/claims/",
            ["search"] = "/search/",
            ["404"] = "/no-such-page/",
            ["page"] = "/methodology/",
        };
        if (Directory.Exists(Path.Combine(_folder, "ja")))
        {
            PageTypes = new Dictionary<string, string>(PageTypes)
            {
                // The Japanese edition: the same kinds of page, with Japanese text in the pictures too.
                ["ja-home"] = "/ja/",
                ["ja-briefing"] = Largest("ja/briefings"),
                ["ja-briefing-graph"] = "/ja/briefings/members-and-stakes/",
                ["ja-briefing-claim"] = "/ja/briefings/the-money/",
                ["ja-entity"] = Largest("ja/entities"),
                ["ja-timeline"] = "/ja/timeline/",
                ["ja-claims"] = "/ja/claims/",
                ["ja-search"] = "/ja/search/",
                ["ja-404"] = "/ja/no-such-page/",
                ["ja-page"] = "/ja/methodology/",
            };
        }

        _server = await SiteServer.StartAsync(_folder);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Builds the site the browser opens into <paramref name="folder"/>: the real one.</summary>
    protected virtual WriteResult Build(string folder)
    {
        var input = InputReader.Read(RepoPaths.Input, RepoPaths.Theme, RepoPaths.Root, new DiagnosticBag());
        return SiteBuilder.BuildAndWrite(input, new BuildOptions(), folder, [RepoPaths.Input, RepoPaths.Theme]);
    }

    /// <summary>Opens <paramref name="path"/> in a fresh context; the page records console errors, failed and off-site requests.</summary>
    /// <param name="touch">A touch screen, as a phone's: Playwright's taps work, and the page sees touch pointers.</param>
    /// <param name="configure">Runs on the new page before it opens <paramref name="path"/>, to watch its first requests.</param>
    public async Task<BrowserPage> OpenAsync(string path, int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true, int height = 900, bool touch = false, Action<IPage>? configure = null)
    {
        var browser = _browser ?? throw new InvalidOperationException("the browser did not start");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            HasTouch = touch,
            BaseURL = _server!.Address.ToString(),
        });
        context.SetDefaultNavigationTimeout(2 * BrowserWaits.Milliseconds);
        context.SetDefaultTimeout(BrowserWaits.Milliseconds);
        var page = await context.NewPageAsync();
        configure?.Invoke(page);
        var browserPage = new BrowserPage(context, page, _server.Address);
        await browserPage.GotoAsync(path);
        return browserPage;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The page of a section with the most content, so the fullest page of its type is the one checked.</summary>
    private string Largest(string section) =>
        Directory.GetDirectories(Path.Combine(_folder, section))
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(d => (Dir: d, Size: new FileInfo(Path.Combine(d, "index.html")).Length))
            .OrderByDescending(d => d.Size)
            .ThenBy(d => d.Dir, StringComparer.Ordinal)
            .Select(d => $"/{section}/{Path.GetFileName(d.Dir)}/")
            .First();
}

/// <summary>A page in its own browser context, with every problem the browser reported while it was open.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _site;
    private readonly List<(string Text, string Location)> _console = [];
    private readonly List<string> _problems = [];
    private string? _notFound;

    public BrowserPage(IBrowserContext context, IPage page, Uri site)
    {
        _context = context;
        _site = site;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _console.Add((message.Text, message.Location));
            }
        };
        page.PageError += (_, error) => _problems.Add("script error: " + error);
        page.RequestFailed += (_, request) => _problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_site.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                _problems.Add("request to another host: " + request.Url);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>
    /// Console errors and warnings (a Content-Security-Policy violation is one), script errors, failed or
    /// off-site requests. The browser logs the 404 status of the not-found page itself; that status is the
    /// point of the page, so it is not a problem.
    /// </summary>
    public IReadOnlyList<string> Problems =>
        _console
            .Where(m => !(_notFound is not null && m.Location.StartsWith(_notFound, StringComparison.Ordinal) && m.Text.Contains("404", StringComparison.Ordinal)))
            .Select(m => $"console: {m.Text} at {m.Location}")
            .Concat(_problems)
            .ToList();

    public void AssertNoProblems() => Assert.True(Problems.Count == 0, string.Join('\n', Problems));

    /// <summary>Opens a page of the site; the server must answer 200, or 404 for the not-found page.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is { Status: 404 } && NotFoundTitles.Value.Contains(await Page.Locator("h1").TextContentAsync() ?? string.Empty))
        {
            _notFound = response.Url;
        }
        else if (response is not { Status: 200 })
        {
            _problems.Add($"{path} answered {response?.Status}");
        }
    }

    /// <summary>The not-found page's title in each language of the theme: a 404 with one of them is the page doing its job.</summary>
    private static readonly Lazy<HashSet<string>> NotFoundTitles = new(() => Directory.GetFiles(Path.Combine(RepoPaths.Theme, "i18n"), "*.yml")
        .Select(file => System.Text.RegularExpressions.Regex.Match(File.ReadAllText(file), @"\n  not_found:\n    title: (.+)\n").Groups[1].Value.Trim())
        .Where(title => title.Length > 0)
        .ToHashSet(StringComparer.Ordinal));

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
