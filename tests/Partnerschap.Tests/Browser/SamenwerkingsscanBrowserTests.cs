using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// The samenwerkingsscan in Chromium: filled in with the keyboard on a desktop, with taps on a 320 px phone and without
/// JavaScript; the result prints; axe-core finds nothing on the scan, its result and the researcher's pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SamenwerkingsscanBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private async Task AxeLeegAsync(IPage page, string wat)
    {
        var violations = await browser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{wat}:\n{string.Join("\n", violations)}");
    }

    private static Task<int> OverloopAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    [Fact]
    public async Task A_visitor_fills_in_the_scan_with_the_keyboard_and_prints_the_result()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/samenwerkingsscan");
        await AxeLeegAsync(page, "scan");

        // Each statement by keyboard: focus the group, Space chooses "Klopt niet", each arrow moves one step up the scale.
        var groepen = page.Locator("fieldset.scan-stelling");
        var aantal = await groepen.CountAsync();
        Assert.Equal(32, aantal);
        for (var i = 0; i < aantal; i++)
        {
            await groepen.Nth(i).Locator("input[type=radio]").First.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            for (var stap = 0; stap < 1 + (i % 3); stap++)
            {
                await page.Keyboard.PressAsync("ArrowRight");
            }
        }

        Assert.Equal(32, await page.Locator("input[type=radio]:checked").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon mijn resultaat" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Resultaat van je samenwerkingsscan");
        await Assertions.Expect(page.Locator("svg.scan-grafiek")).ToBeVisibleAsync();
        Assert.Equal(9, await page.Locator("table.scan-tabel tbody tr").CountAsync());
        // With the script the print button replaces the hint.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Druk het resultaat af" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-zonder-script]")).ToBeHiddenAsync();
        await AxeLeegAsync(page, "resultaat");
        // The README shows the top of the result: the chart and the table.
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("samenwerkingsscan-resultaat.png") });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".hoofdmenu").IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Pas je antwoorden aan" }).IsVisibleAsync());
        Assert.True(await page.Locator("svg.scan-grafiek").IsVisibleAsync());
        Assert.True(await page.Locator(".scan-antwoordenlijst").First.IsVisibleAsync());
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        var paginas = PdfPagina().Count(pdf);
        Assert.InRange(paginas, 2, 8);
    }

    [Fact]
    public async Task On_a_320_px_phone_the_scale_stacks_and_nothing_scrolls_sideways()
    {
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await page.GotoAsync("/samenwerkingsscan");
        Assert.True(await OverloopAsync(page) <= 0, "de scan schuift zijwaarts op 320 px");
        var eerste = page.Locator("fieldset.scan-stelling").First;
        var boven = await eerste.Locator(".keuze").Nth(0).BoundingBoxAsync();
        var onder = await eerste.Locator(".keuze").Nth(1).BoundingBoxAsync();
        Assert.True(onder!.Y > boven!.Y, "de keuzes staan niet onder elkaar");

        var groepen = page.Locator("fieldset.scan-stelling");
        for (var i = 0; i < await groepen.CountAsync(); i++)
        {
            await groepen.Nth(i).Locator("label").Nth(2 + (i % 2)).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Toon mijn resultaat" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Resultaat van je samenwerkingsscan");
        Assert.True(await OverloopAsync(page) <= 0, "het resultaat schuift zijwaarts op 320 px");
        await AxeLeegAsync(page, "resultaat op 320 px");
    }

    [Fact]
    public async Task Without_JavaScript_the_scan_the_result_and_changing_the_answers_all_work()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/samenwerkingsscan");
        var groepen = page.Locator("fieldset.scan-stelling");
        for (var i = 0; i < 8; i++)
        {
            await groepen.Nth(i).GetByLabel("Klopt eerder wel").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Toon mijn resultaat" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Resultaat van je samenwerkingsscan");
        await Assertions.Expect(page.Locator("[data-zonder-script]")).ToContainTextAsync("afdrukfunctie van je browser");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Druk het resultaat af" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table.scan-tabel tbody tr").First).ToContainTextAsync("Groeiend");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pas je antwoorden aan" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Samenwerkingsscan");
        Assert.Equal(8, await page.Locator("input[type=radio]:checked").CountAsync());
    }

    [Fact]
    public async Task The_researchers_pages_have_no_accessibility_problems()
    {
        await browser.Factory!.CreateUserAsync("scan-onderzoeker@example.org", Rollen.Onderzoeker);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync("scan-onderzoeker@example.org");
        await page.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();

        await page.GotoAsync("/samenwerkingsscan/beheer");
        await AxeLeegAsync(page, "beheer");
        await page.GotoAsync("/samenwerkingsscan/beheer/bewerken");
        await AxeLeegAsync(page, "bewerken");
        await page.GotoAsync("/samenwerkingsscan/beheer/versies/1");
        await AxeLeegAsync(page, "versie 1");

        // A save without a note: the error summary, also checked, and nothing saved.
        await page.GotoAsync("/samenwerkingsscan/beheer/bewerken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe versie bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutenoverzicht")).ToContainTextAsync("Schrijf kort wat er veranderde");
        await AxeLeegAsync(page, "bewerken met fouten");
    }

    /// <summary>A page object of a PDF (not the /Pages tree).</summary>
    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPagina();
}
