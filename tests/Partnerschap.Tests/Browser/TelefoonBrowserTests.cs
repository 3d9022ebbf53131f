using Microsoft.Playwright;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// A zorgcoördinator on a phone, a parent waiting: a family facing eviction in Sint-Amandsberg. The first result
/// must be on the first screens, the referral sheet must be built without losing the search, and it all works
/// without JavaScript too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TelefoonBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test\'s windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private const string Uithuiszetting = "/sociale-kaart?q=uithuiszetting&gemeente=Sint-Amandsberg";

    private static ILocator KaartMetTelefoon(IPage page) =>
        page.Locator(".treffer", new() { Has = page.Locator("a[href^='tel:']") }).First;

    private static async Task ZoekUithuiszettingAsync(IPage page)
    {
        await page.GotoAsync("/sociale-kaart");
        await page.FillAsync("#q", "uithuiszetting");
        await page.FillAsync("#gemeente", "Sint-Amandsberg");
        await page.PressAsync("#gemeente", "Enter");
        await Assertions.Expect(page.Locator("#resultaten-titel")).ToContainTextAsync("Sint-Amandsberg");
    }

    [Fact]
    public async Task Eviction_on_a_phone_first_result_on_screen_added_without_reload_note_kept_in_the_browser_and_printed()
    {
        var page = await browser.NewPageAsync(360, 740);
        var verzonden = new List<string>();
        page.Request += (_, request) => verzonden.Add(request.Url + "\n" + request.PostData);

        await ZoekUithuiszettingAsync(page);

        // The filters are one closed line; the first result starts within one and a half screens.
        Assert.False(await page.EvaluateAsync<bool>("() => document.querySelector('details.filters').open"));
        var eerste = await page.Locator(".treffer").First.BoundingBoxAsync();
        Assert.True(eerste!.Y < 740 * 1.5, $"Eerste resultaat begint op {eerste.Y} px.");
        Assert.Empty(await browser.AxeViolationsAsync(page));

        // A card with a phone number to call while the parent is there; add it to the list.
        var kaart = KaartMetTelefoon(page);
        var kaartId = await kaart.GetAttributeAsync("id");
        await page.EvaluateAsync("() => window.zelfdePagina = true");
        var zoekUrl = page.Url;
        await kaart.GetByRole(AriaRole.Button, new() { NameRegex = new("^Zet op mijn doorverwijslijst") }).ClickAsync();

        await Assertions.Expect(kaart.Locator(".op-lijst")).ToBeVisibleAsync();
        // The same button now takes it off again, and keeps the focus.
        await Assertions.Expect(kaart.GetByRole(AriaRole.Button, new() { NameRegex = new("^Haal weg: ") })).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".hoofdmenu")).ToContainTextAsync("Doorverwijslijst (1)");
        await Assertions.Expect(page.Locator("#aankondiging")).ToContainTextAsync("Toegevoegd aan je doorverwijslijst");
        Assert.True(await page.EvaluateAsync<bool>("() => window.zelfdePagina === true"), "De pagina werd opnieuw geladen.");
        Assert.Equal(zoekUrl, page.Url);
        Assert.Contains("gemeente=Sint-Amandsberg", page.Url);
        var naam = (await kaart.Locator(".treffer-naam").TextContentAsync())!.Trim();

        // The list: a note for the family, kept after a reload, never sent anywhere.
        await page.GotoAsync("/doorverwijslijst");
        await Assertions.Expect(page.Locator(".doorverwijzingen h2").First).ToHaveTextAsync(naam);
        const string notitie = "Bel maandag voor 10 uur, vraag naar Sarah.";
        await page.FillAsync("#notitie", notitie);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#notitie")).ToHaveValueAsync(notitie);
        Assert.DoesNotContain(verzonden, r => r.Contains("Sarah", StringComparison.Ordinal) || r.Contains("Bel%20maandag", StringComparison.Ordinal) || r.Contains("Bel+maandag", StringComparison.Ordinal));
        Assert.Empty(await browser.AxeViolationsAsync(page));

        // Printed: the entry, the date and the note; no buttons, no menu.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator(".doorverwijzingen h2").First.IsVisibleAsync());
        await Assertions.Expect(page.Locator(".afdruk-datum")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".afdruk-datum")).ToContainTextAsync("Lijst van ");
        await Assertions.Expect(page.Locator(".notitie-afdruk")).ToHaveTextAsync(notitie);
        Assert.Equal(0, await page.Locator("button:visible, textarea:visible, input:visible").CountAsync());
        Assert.False(await page.Locator(".hoofdmenu").IsVisibleAsync());
        Assert.NotNull(kaartId);
    }

    [Fact]
    public async Task Without_JavaScript_adding_returns_to_the_same_search_at_the_card_and_the_list_names_the_print_keys()
    {
        var page = await browser.NewPageAsync(360, 740, javaScript: false);
        page.SetDefaultTimeout(20_000);
        await ZoekUithuiszettingAsync(page);

        var kaart = KaartMetTelefoon(page);
        var kaartId = await kaart.GetAttributeAsync("id");
        await kaart.GetByRole(AriaRole.Button, new() { NameRegex = new("^Zet op mijn doorverwijslijst") }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains('#'));
        Assert.EndsWith("#" + kaartId, page.Url);
        Assert.Contains("gemeente=Sint-Amandsberg", page.Url);
        Assert.Contains("q=uithuiszetting", page.Url);
        await Assertions.Expect(page.Locator($"#{kaartId} .op-lijst")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hoofdmenu")).ToContainTextAsync("Doorverwijslijst (1)");
        // The card that was added is in view (no page.Evaluate here: it waits forever when scripts are off).
        var vak = await page.Locator($"#{kaartId}").BoundingBoxAsync();
        Assert.True(vak!.Y >= 0 && vak.Y < 740, $"De kaart staat op {vak.Y} px, buiten beeld.");

        await page.GotoAsync("/doorverwijslijst");
        await Assertions.Expect(page.GetByText("Ctrl+P")).ToBeVisibleAsync();
        Assert.False(await page.Locator("[data-afdrukken]").IsVisibleAsync());
        Assert.False(await page.Locator("#notitie").IsVisibleAsync());
    }

    [Theory]
    [InlineData(Uithuiszetting)]
    [InlineData("/doorverwijslijst")]
    [InlineData("/organisaties/huiswerkklas-de-sleutel")]
    [InlineData("/scholen/basisschool-de-regenboog")]
    [InlineData("/gids")]
    public async Task At_320_px_nothing_scrolls_sideways(string path)
    {
        var page = await browser.NewPageAsync(320, 640);
        // A list with an entry, so its addresses and the share link are on the page.
        await page.GotoAsync(Uithuiszetting);
        await KaartMetTelefoon(page).GetByRole(AriaRole.Button, new() { NameRegex = new("^Zet op mijn doorverwijslijst") }).ClickAsync();
        await Assertions.Expect(page.Locator(".hoofdmenu")).ToContainTextAsync("(1)");

        await page.GotoAsync(path);

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320, "De pagina scrolt zijwaarts op 320 px.");
        // No heading wider than its box (a word that does not fit would stick out).
        var teBreed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('h1, h2, h3')].filter(h => h.clientWidth > 1 && h.scrollWidth > h.clientWidth + 1).map(h => h.textContent.trim())");
        Assert.Empty(teBreed);
    }
}
