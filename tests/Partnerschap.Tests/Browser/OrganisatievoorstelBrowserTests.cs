using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// "Zet je organisatie op de kaart" in a real browser, from the proposal to the published profile: a visitor proposes,
/// takes the confirmation link from the mail, a Beheerder approves in the queue, and searchers find the organisatie.
/// axe-core on every new page, also with its validation errors shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganisatievoorstelBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test's windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private async Task AxeLeegAsync(IPage page, string wat)
    {
        var violations = await browser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{wat}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_visitor_proposes_an_organisatie_confirms_by_mail_a_Beheerder_approves_and_searchers_find_it()
    {
        var bezoeker = await browser.NewPageAsync();
        await bezoeker.GotoAsync("/");
        await bezoeker.GetByRole(AriaRole.Link, new() { Name = "Zet je organisatie op de kaart" }).ClickAsync();
        await AxeLeegAsync(bezoeker, "stap 1");
        await bezoeker.GetByLabel("Gemeente of postcode van het adres").FillAsync("Gent");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Kijk of ze er al op staat" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator(".foutenoverzicht")).ToContainTextAsync("Vul de naam van de organisatie in");
        await AxeLeegAsync(bezoeker, "stap 1 met fouten");

        // A name like one on the map in Gent: that one is offered first, with "Ik werk hier".
        await bezoeker.GetByLabel("Naam van de organisatie").FillAsync("Huiswerkklas Sleutelbos");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Kijk of ze er al op staat" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator(".gelijkaardig-lijst")).ToContainTextAsync(TestKaart.Sleutel);
        await Assertions.Expect(bezoeker.GetByRole(AriaRole.Link, new() { Name = $"Ik werk hier ({TestKaart.Sleutel})" })).ToBeVisibleAsync();
        await AxeLeegAsync(bezoeker, "gelijkaardige organisaties");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Mijn organisatie staat er niet bij, ga verder" }).ClickAsync();

        await Assertions.Expect(bezoeker.GetByLabel("Naam van de organisatie")).ToHaveValueAsync("Huiswerkklas Sleutelbos");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Voorstel versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator(".foutenoverzicht")).ToContainTextAsync("Beschrijf kort wat de organisatie doet");
        await AxeLeegAsync(bezoeker, "stap 2 met fouten");
        await bezoeker.GetByLabel("Je naam").FillAsync("Bram Browser");
        await bezoeker.GetByLabel("Je e-mailadres op het werk").FillAsync("browser-indiener@example.org");
        await bezoeker.GetByLabel("Wat doet de organisatie?").FillAsync("Huiswerkbegeleiding met een boomhutatelier voor kinderen van 6 tot 12 jaar.");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Voorstel versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator("h1")).ToHaveTextAsync("Bevestig je e-mailadres");

        // The proposer reads the link in the development outbox and follows it.
        await bezoeker.GotoAsync("/ontwikkeling/outbox");
        var mail = bezoeker.Locator("article.outbox-bericht", new() { Has = bezoeker.Locator(".outbox-aan", new() { HasTextString = "browser-indiener@example.org" }) });
        var link = await mail.Locator("a.outbox-link").First.GetAttributeAsync("href");
        await bezoeker.GotoAsync(link!);
        await AxeLeegAsync(bezoeker, "bevestigen");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Ja, bevestig mijn voorstel" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator("h1")).ToHaveTextAsync("Bedankt, we bekijken je voorstel");

        await browser.Factory!.CreateUserAsync("browser-moderator@example.org", Rollen.Beheerder);
        var beheerder = await browser.NewPageAsync();
        await beheerder.GotoAsync("/aanmelden");
        await beheerder.GetByLabel("E-mailadres").FillAsync("browser-moderator@example.org");
        await beheerder.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await beheerder.GotoAsync("/beheer");
        await beheerder.GetByRole(AriaRole.Link, new() { Name = "Voorstellen van organisaties" }).ClickAsync();
        await AxeLeegAsync(beheerder, "wachtrij");
        await beheerder.GetByRole(AriaRole.Link, new() { Name = "Huiswerkklas Sleutelbos" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".voorbeeld-profiel")).ToContainTextAsync("boomhutatelier");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Weigeren" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".foutenoverzicht")).ToContainTextAsync("Schrijf waarom je het voorstel weigert");
        await AxeLeegAsync(beheerder, "voorstel met fouten");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();

        await Assertions.Expect(beheerder.Locator("h1")).ToHaveTextAsync("Huiswerkklas Sleutelbos");
        await Assertions.Expect(beheerder.Locator(".melding")).ToContainTextAsync("staat op de kaart");
        var zoeker = await browser.NewPageAsync();
        await zoeker.GotoAsync("/sociale-kaart?q=boomhutatelier");
        await Assertions.Expect(zoeker.Locator(".treffers")).ToContainTextAsync("Huiswerkklas Sleutelbos");
    }

    [Fact]
    public async Task A_Beheerders_new_organisatie_form_is_axe_clean_with_and_without_errors()
    {
        await browser.Factory!.CreateUserAsync("browser-nieuw@example.org", Rollen.Beheerder);
        var page = await browser.NewPageAsync(width: 320, height: 800);
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync("browser-nieuw@example.org");
        await page.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();

        await page.GotoAsync("/beheer/organisaties/nieuw");
        await AxeLeegAsync(page, "nieuwe organisatie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie aanmaken" }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutenoverzicht")).ToContainTextAsync("Vul de naam van de organisatie in");
        await AxeLeegAsync(page, "nieuwe organisatie met fouten");
        var breedte = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(breedte <= 320, $"De pagina is {breedte} px breed op een scherm van 320 px.");
    }
}
