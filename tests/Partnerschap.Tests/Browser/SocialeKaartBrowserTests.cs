using Microsoft.Playwright;

namespace Partnerschap.Tests.Browser;

/// <summary>A zorgcoördinator with a parent waiting: search, filter, open a profile, build a referral sheet, print it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialeKaartBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test\'s windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    [Fact]
    public async Task Search_filter_profile_doorverwijslijst_and_print_with_the_keyboard_only()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sociale-kaart");

        // Type a question and a gemeente, submit with Enter.
        await page.FocusAsync("#q");
        await page.Keyboard.TypeAsync("huiswerk");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("gemeente", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("9050");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#resultaten-titel")).ToContainTextAsync("voor Gent");
        Assert.Contains("q=huiswerk", page.Url);
        Assert.Contains("gemeente=9050", page.Url);

        // Tick a filter with the space bar and apply it.
        await page.FocusAsync("#f-aanleiding-drempels-onderwijs");
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".gekozen")).ToContainTextAsync("Drempels in het onderwijs");
        Assert.Contains("aanleiding=drempels-onderwijs", page.Url);

        // Open the profile from the results.
        await page.GetByRole(AriaRole.Link, new() { Name = "Huiswerkklas De Sleutel" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Huiswerkklas De Sleutel");
        await Assertions.Expect(page.Locator(".aanspreekpunt")).ToContainTextAsync("scholen.desleutel@example.org");

        // Put it on the doorverwijslijst: the script does it without a page load and says so.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zet op mijn doorverwijslijst: Huiswerkklas De Sleutel", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#aankondiging")).ToContainTextAsync("Toegevoegd aan je doorverwijslijst");
        Assert.Equal("Haal weg: Huiswerkklas De Sleutel", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        // The same button takes it off again, and then offers to put it back on.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#aankondiging")).ToContainTextAsync("Weggehaald van je doorverwijslijst");
        Assert.Equal("Zet op mijn doorverwijslijst: Huiswerkklas De Sleutel", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await Assertions.Expect(page.Locator(".doorverwijs-knop .op-lijst-tekst").First).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#aankondiging")).ToContainTextAsync("Toegevoegd aan je doorverwijslijst");

        // The back button still brings back the search with its filters (everything is in the URL).
        await page.GoBackAsync();
        Assert.Contains("aanleiding=drempels-onderwijs", page.Url);

        await page.GotoAsync("/doorverwijslijst");
        await Assertions.Expect(page.Locator(".doorverwijzingen h2")).ToHaveTextAsync("Huiswerkklas De Sleutel");
        Assert.Empty(await browser.AxeViolationsAsync(page));

        // Print view: one clean page with the entry and without navigation or buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".hoofdmenu").IsVisibleAsync());
        Assert.False(await page.Locator("form").First.IsVisibleAsync());
        Assert.True(await page.Locator(".doorverwijzingen h2").IsVisibleAsync());
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);
        Assert.Empty(await browser.AxeViolationsAsync(page));
    }

    [Theory]
    [InlineData("/sociale-kaart")]
    [InlineData("/sociale-kaart?q=huiswerk&gemeente=Gent")]
    [InlineData("/sociale-kaart?q=bestaat-echt-niet-xyz")]
    [InlineData("/sociale-kaart?aanleiding=onbekend")]
    [InlineData("/sociale-kaart?gemeente=Deurne")]
    [InlineData("/sociale-kaart?q=huiswerk&gemeente=Kortijk")]
    [InlineData("/sociale-kaart?soort=scholen")]
    [InlineData("/organisaties/huiswerkklas-de-sleutel")]
    [InlineData("/organisaties/speelpleinwerking-zomerzon")]
    [InlineData("/organisaties/kinderarmoedelijn")]
    [InlineData("/scholen/basisschool-de-regenboog")]
    [InlineData("/doorverwijslijst")]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_sociale_kaart(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);

        Assert.Empty(await browser.AxeViolationsAsync(page));
    }

    [Fact]
    public async Task Screenshots_of_search_and_profile_for_the_README()
    {
        var page = await browser.NewPageAsync(1280, 1000);
        await page.GotoAsync("/sociale-kaart?q=uithuiszetting&gemeente=Sint-Amandsberg");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("zoeken.png") });
        // Taller than a phone screen, so the README shows the folded filters and the first cards.
        var telefoon = await browser.NewPageAsync(360, 1400);
        await telefoon.GotoAsync("/sociale-kaart?q=uithuiszetting&gemeente=Sint-Amandsberg");
        await telefoon.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("zoeken-telefoon.png") });
        await page.GotoAsync("/organisaties/huiswerkklas-de-sleutel");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("profiel.png"), FullPage = true });

        Assert.True(new FileInfo(BrowserFixture.Screenshot("zoeken.png")).Length > 10_000);
        Assert.True(new FileInfo(BrowserFixture.Screenshot("zoeken-telefoon.png")).Length > 10_000);
    }
}
