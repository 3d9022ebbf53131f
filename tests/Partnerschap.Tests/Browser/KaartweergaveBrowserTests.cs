using Microsoft.Playwright;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// The map view of /sociale-kaart in a real browser: chosen with the keyboard, one pin per result with an address,
/// nothing the CSP blocks, axe-core clean, and the list whenever there is no script or no background map. The tile
/// server (the GRB basiskaart by default) is not reachable from a test: its requests are answered by the test with a
/// tiny PNG, or refused, so the CSP in force is the real one for that host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KaartweergaveBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    private const string Zoekvraag = "/sociale-kaart?gemeente=Gent";
    private const string Tegels = "https://geo.api.vlaanderen.be/**";

    // 1×1 transparent PNG.
    private static readonly byte[] Tegel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Closes this test's windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    [Fact]
    public async Task With_the_keyboard_the_map_shows_one_pin_per_result_with_an_address_and_a_pin_opens_the_profile_link()
    {
        var page = await browser.NewPageAsync();
        var (tegels, schendingen) = await BewaakAsync(page);
        await page.GotoAsync(Zoekvraag);
        var metAdres = await page.Locator(".treffer[data-lat]").CountAsync();
        var alle = await page.Locator(".treffer").CountAsync();
        Assert.InRange(metAdres, 1, alle - 1); // the query has results without address too

        // The toggle is there with script; the list is the starting view.
        var kaartKnop = page.GetByRole(AriaRole.Button, new() { Name = "Kaart", Exact = true });
        await Assertions.Expect(kaartKnop).ToHaveAttributeAsync("aria-pressed", "false");
        await kaartKnop.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var kaart = page.GetByRole(AriaRole.Region, new() { Name = "Kaart met de resultaten van deze pagina" });
        await Assertions.Expect(kaart).ToBeVisibleAsync();
        await Assertions.Expect(kaartKnop).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator(".leaflet-marker-icon")).ToHaveCountAsync(metAdres);
        await Assertions.Expect(page.Locator(".treffers")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-kaart-uitleg]")).ToContainTextAsync("geen adres");
        await Assertions.Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("© Digitaal Vlaanderen");
        Assert.True(tegels.Count > 0, "De kaart vroeg geen tegels aan de tegelserver.");

        // A pin is a button with the name of its result; Enter opens its popup with a link to the profile.
        var pin = page.Locator(".leaflet-marker-icon").First;
        Assert.Equal("0", await pin.GetAttributeAsync("tabindex"));
        Assert.Equal("button", await pin.GetAttributeAsync("role"));
        var naam = await pin.GetAttributeAsync("alt");
        Assert.False(string.IsNullOrWhiteSpace(naam));
        await pin.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var link = page.Locator(".leaflet-popup-content a");
        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.StartsWith(await link.TextContentAsync() ?? "-", naam);
        Assert.Matches("^/(organisaties|scholen|brugfiguren)/", await link.GetAttributeAsync("href"));

        Assert.Empty(await browser.AxeViolationsAsync(page));
        Assert.Empty(schendingen);

        // Back to the list with the other button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lijst", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".treffers")).ToBeVisibleAsync();
        await Assertions.Expect(kaart).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_chosen_map_view_stays_on_the_next_page_load_and_fits_a_320_pixel_screen()
    {
        var page = await browser.NewPageAsync(320, 640);
        var (_, schendingen) = await BewaakAsync(page);
        await page.GotoAsync(Zoekvraag);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kaart", Exact = true }).ClickAsync();

        await page.ReloadAsync();

        var kaart = page.Locator(".kaartweergave-kaart");
        await Assertions.Expect(kaart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".leaflet-marker-icon").First).ToBeVisibleAsync();
        var vak = await kaart.BoundingBoxAsync();
        Assert.NotNull(vak);
        Assert.True(vak.X >= 0 && vak.X + vak.Width <= 320, $"De kaart valt buiten het scherm: {vak.X} + {vak.Width}.");
        Assert.True(vak.Height >= 200, $"De kaart is maar {vak.Height} pixels hoog.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "De pagina schuift opzij op 320 pixels.");
        Assert.Empty(await browser.AxeViolationsAsync(page));
        Assert.Empty(schendingen);
    }

    [Fact]
    public async Task When_the_background_map_does_not_load_the_list_comes_back_with_a_message()
    {
        var page = await browser.NewPageAsync();
        await page.RouteAsync(Tegels, route => route.AbortAsync());
        await page.GotoAsync(Zoekvraag);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kaart", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-kaart-fout]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-kaart-fout]")).ToContainTextAsync("De achtergrondkaart laadt niet");
        await Assertions.Expect(page.Locator(".treffers")).ToBeVisibleAsync();
        Assert.Empty(await browser.AxeViolationsAsync(page));
    }

    [Fact]
    public async Task Without_JavaScript_the_list_is_there_and_there_is_no_toggle()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(Zoekvraag);

        await Assertions.Expect(page.Locator(".treffers")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".treffer").CountAsync() > 1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kaart", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".leaflet-container")).ToHaveCountAsync(0);
        // No axe here: page.Evaluate waits forever when scripts are off (the same page with script is checked above).
    }

    /// <summary>
    /// Answers tile requests with a PNG (and counts them) and collects every CSP violation the page reports, as event
    /// and as console message.
    /// </summary>
    private async Task<(List<string> Tegels, List<string> Schendingen)> BewaakAsync(IPage page)
    {
        var tegels = new List<string>();
        var schendingen = new List<string>();
        await page.RouteAsync(Tegels, async route =>
        {
            lock (tegels)
            {
                tegels.Add(route.Request.Url);
            }

            await route.FulfillAsync(new() { Status = 200, ContentType = "image/png", BodyBytes = Tegel });
        });
        page.Console += (_, bericht) =>
        {
            if (bericht.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (schendingen)
                {
                    schendingen.Add(bericht.Text);
                }
            }
        };
        await page.ExposeFunctionAsync("meldSchending", (string tekst) =>
        {
            lock (schendingen)
            {
                schendingen.Add(tekst);
            }
        });
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', function (e) { window.meldSchending(e.violatedDirective + ' ' + e.blockedURI); });");
        return (tegels, schendingen);
    }
}
