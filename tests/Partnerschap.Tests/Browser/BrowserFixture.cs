using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// The portal on a real Kestrel port and Debian's Chromium driven by Playwright, shared by the browser tests.
/// Without Chromium (or axe-core) the browser tests are skipped with the reason; with CI=true they fail instead,
/// so CI can never pass without running them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly List<IBrowserContext> _open = [];

    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private IPlaywright? _playwright;

    public PortalFactory? Factory { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string? AxeSource { get; private set; }

    public string? Unavailable { get; private set; }

    /// <summary>
    /// Where the browser tests save their screenshots: tests/TestResults/screenshots, so a test run leaves the working
    /// tree clean; with PARTNERSCHAP_SCREENSHOTS=1 docs/screenshots, the ones README.md shows.
    /// </summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("PARTNERSCHAP_SCREENSHOTS") == "1"
            ? Path.Combine(Repository.Root, "docs", "screenshots")
            : Path.Combine(Repository.Root, "tests", "TestResults", "screenshots");

    /// <summary>The path for a screenshot with this file name, its folder created.</summary>
    public static string Screenshot(string name) => Path.Combine(Directory.CreateDirectory(ScreenshotFolder).FullName, name);

    public static string AxePath => Path.Combine(Repository.Root, "tests", "Partnerschap.Tests", "node_modules", "axe-core", "axe.min.js");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium ontbreekt op {ChromiumPath} (installeer het Debian-pakket 'chromium').";
            return;
        }

        AxeSource = File.Exists(AxePath) ? await File.ReadAllTextAsync(AxePath) : null;
        var port = FreePort();
        BaseUrl = $"http://localhost:{port}";
        // A demo environment, as a visitor of the demo would see it: the demo set loads on first start, with its notice.
        Factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Portal:PubliekeUrl"] = BaseUrl, ["Portal:DemoOmgeving"] = "true" });
        Factory.UseKestrel(port);
        Factory.StartServer();

        // Plus the small test map that the browser flows rely on, through the real import.
        var import = await KaartFixture.ImportAsync(Factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        if (!import.Gelukt)
        {
            throw new InvalidOperationException(string.Join("\n", import.Fouten));
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser window with its own cookies, or a skip (a failure on CI) when there is no browser;
    /// <paramref name="javaScript"/> false for a visitor whose browser runs no script.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true, string? storageState = null)
    {
        Require(Unavailable);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "nl-BE",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
        });
        lock (_open)
        {
            _open.Add(context);
        }

        return await context.NewPageAsync();
    }

    /// <summary>The cookies of a Beheerder who signed in once (Playwright storage state), for tests that only look.</summary>
    public string? BeheerderSessie { get; set; }

    /// <summary>
    /// Closes every window a test opened. The browser tests run one at a time in one browser; each test class calls
    /// this when its test ends, so that no page of an earlier test keeps running beside the next.
    /// </summary>
    public async Task SluitVenstersAsync()
    {
        IBrowserContext[] open;
        lock (_open)
        {
            open = [.. _open];
            _open.Clear();
        }

        foreach (var context in open)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Runs axe-core on the page and returns every WCAG 2.1 A/AA violation as a readable line.</summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        Require(AxeSource is null ? $"axe-core ontbreekt op {AxePath} (voer 'npm ci' uit in tests/Partnerschap.Tests)." : null);
        await page.EvaluateAsync(AxeSource!);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return [.. result.EnumerateArray().Select(v => v.GetString()!)];
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }
    }

    private static void Require(string? missing) =>
        Vereist.OfOverslaan(missing is null ? null : "Browsertest kan niet draaien: " + missing);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
