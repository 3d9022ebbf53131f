using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// Profielbeheer in a real browser: invitation to edit to search, the conflict screen, and axe-core on every form,
/// also with its validation errors shown. The organisations edited here come from the demo set, so the fixture
/// profiles other browser tests read stay as they are.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProfielbeheerBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test\'s windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private async Task<IPage> AangemeldAsync(string email, string? rol = null, string? lidVan = null)
    {
        if (rol is not null)
        {
            var user = await browser.Factory!.CreateUserAsync(email, rol);
            if (lidVan is not null)
            {
                await browser.Factory.AddMembershipAsync(user, lidVan);
            }
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
        return page;
    }

    private Task<string> DemoSlugAsync(int skip) =>
        browser.Factory!.WithDbAsync(db => db.Organisaties.Where(o => o.Type == "buurtwerk").OrderBy(o => o.Slug).Skip(skip).Select(o => o.Slug).FirstAsync());

    private async Task AxeLeegAsync(IPage page, string wat)
    {
        var violations = await browser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{wat}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_Beheerder_invites_the_welzijnswerker_accepts_edits_the_profile_and_searchers_find_the_change()
    {
        var slug = await DemoSlugAsync(0);
        var naam = await browser.Factory!.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == slug).Select(o => o.Naam).SingleAsync());
        var beheerder = await AangemeldAsync("browser-beheerder@example.org", Rollen.Beheerder);

        await beheerder.GotoAsync("/beheer/gebruikers/uitnodigen");
        await AxeLeegAsync(beheerder, "uitnodigen");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".foutenoverzicht")).ToContainTextAsync("Vul het e-mailadres in");
        await AxeLeegAsync(beheerder, "uitnodigen met fouten");

        await beheerder.GetByLabel("E-mailadres").FillAsync("browser-welzijn@example.org");
        await beheerder.GetByLabel("Welzijnswerker: beheert het profiel").CheckAsync();
        await beheerder.GetByLabel("Organisaties die deze persoon mag bewerken").FillAsync($"/organisaties/{slug}");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".melding")).ToContainTextAsync("De uitnodiging is verstuurd");
        await AxeLeegAsync(beheerder, "gebruiker");

        // The invited person reads the link in the development outbox and follows it in their own browser.
        await beheerder.GotoAsync("/ontwikkeling/outbox");
        var mail = beheerder.Locator("article.outbox-bericht", new() { Has = beheerder.Locator(".outbox-aan", new() { HasTextString = "browser-welzijn@example.org" }) });
        var link = await mail.Locator("a.outbox-link").First.GetAttributeAsync("href");
        var welzijnswerker = await browser.NewPageAsync();
        await welzijnswerker.GotoAsync(link!);
        await Assertions.Expect(welzijnswerker.Locator("main")).ToContainTextAsync(naam);
        await welzijnswerker.GetByLabel("Kies een wachtwoord").FillAsync("te kort");
        await welzijnswerker.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync();
        await Assertions.Expect(welzijnswerker.Locator(".foutenoverzicht")).ToBeVisibleAsync();
        await AxeLeegAsync(welzijnswerker, "uitnodiging met fouten");
        await welzijnswerker.GetByLabel("Kies een wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await welzijnswerker.GetByLabel("Herhaal het wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await welzijnswerker.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync();
        await Assertions.Expect(welzijnswerker.Locator(".melding")).ToContainTextAsync("Welkom!");

        await welzijnswerker.GetByLabel("E-mailadres").FillAsync("browser-welzijn@example.org");
        await welzijnswerker.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await welzijnswerker.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await welzijnswerker.GetByRole(AriaRole.Link, new() { Name = "Mijn organisatie" }).ClickAsync();
        await AxeLeegAsync(welzijnswerker, "mijn organisatie");
        await welzijnswerker.GetByRole(AriaRole.Link, new() { Name = "Bewerken", Exact = true }).ClickAsync();
        await AxeLeegAsync(welzijnswerker, "profiel bewerken");

        await welzijnswerker.GetByLabel("Wat doet de organisatie?").FillAsync("Buurtwerk met een zebrapadatelier voor kinderen en hun ouders.");
        await welzijnswerker.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await Assertions.Expect(welzijnswerker.Locator(".voorbeeld")).ToContainTextAsync("zebrapadatelier");
        await AxeLeegAsync(welzijnswerker, "voorbeeld");
        await welzijnswerker.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(welzijnswerker.Locator(".melding")).ToContainTextAsync("Het profiel is opgeslagen");

        var zoeker = await browser.NewPageAsync();
        await zoeker.GotoAsync("/sociale-kaart?q=zebrapadatelier");
        await Assertions.Expect(zoeker.Locator(".treffers")).ToContainTextAsync(naam);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_the_conflict_screen_and_can_save_again()
    {
        var slug = await DemoSlugAsync(1);
        var eerste = await AangemeldAsync("browser-eerste@example.org", Rollen.Welzijnswerker, slug);
        var tweede = await AangemeldAsync("browser-tweede@example.org", Rollen.Welzijnswerker, slug);
        await eerste.GotoAsync($"/organisaties/{slug}/bewerken");
        await tweede.GotoAsync($"/organisaties/{slug}/bewerken");

        await eerste.GetByLabel("Algemeen telefoonnummer").FillAsync("09 000 77 77");
        await eerste.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(eerste.Locator(".melding")).ToContainTextAsync("Het profiel is opgeslagen");
        await tweede.GetByLabel("Algemeen telefoonnummer").FillAsync("09 000 88 88");
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();

        var conflict = tweede.Locator(".conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Iemand anders heeft dit profiel intussen bewaard");
        await Assertions.Expect(conflict.Locator("table")).ToContainTextAsync("09 000 77 77");
        await Assertions.Expect(conflict.Locator("table")).ToContainTextAsync("09 000 88 88");
        await AxeLeegAsync(tweede, "conflictscherm");
        await conflict.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("conflict.png") });

        await tweede.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(tweede.Locator(".melding")).ToContainTextAsync("Het profiel is opgeslagen");
        Assert.Equal("09 000 88 88", await browser.Factory!.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == slug).Select(o => o.Telefoon).SingleAsync()));
    }

    [Fact]
    public async Task Every_profielbeheer_form_is_axe_clean_with_its_validation_errors_shown()
    {
        var slug = await DemoSlugAsync(2);
        var lid = await AangemeldAsync("browser-lid@example.org", Rollen.Welzijnswerker, slug);

        await lid.GotoAsync($"/organisaties/{slug}/bewerken");
        await lid.GetByLabel("Naam van de organisatie").FillAsync("");
        await lid.GetByLabel("Ondernemingsnummer (KBO)").FillAsync("1234");
        await lid.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(lid.Locator(".foutenoverzicht")).ToContainTextAsync("Vul de naam van de organisatie in.");
        await AxeLeegAsync(lid, "bewerken met fouten");

        await lid.GotoAsync($"/organisaties/{slug}/aanbod/nieuw");
        await AxeLeegAsync(lid, "aanbod nieuw");
        await lid.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(lid.Locator(".foutenoverzicht")).ToContainTextAsync("Vul de naam van het aanbod in.");
        await AxeLeegAsync(lid, "aanbod met fouten");

        await lid.GotoAsync($"/organisaties/{slug}/samenwerkingen/nieuw");
        await lid.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(lid.Locator(".foutenoverzicht")).ToContainTextAsync("Kies minstens één samenwerkingsvorm.");
        await AxeLeegAsync(lid, "samenwerking met fouten");

        await lid.GotoAsync($"/organisaties/{slug}/geschiedenis");
        await AxeLeegAsync(lid, "geschiedenis");
        await lid.GotoAsync("/meldingen");
        await AxeLeegAsync(lid, "meldingen");

        var bezoeker = await browser.NewPageAsync();
        await bezoeker.GotoAsync($"/organisaties/{slug}/meld-een-fout");
        await AxeLeegAsync(bezoeker, "meld een fout");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator(".foutenoverzicht")).ToContainTextAsync("Schrijf wat er niet klopt.");
        await AxeLeegAsync(bezoeker, "meld een fout met fouten");
        await bezoeker.GetByLabel("Wat klopt er niet?").FillAsync("Het adres is veranderd sinds de zomer.");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator("h1")).ToHaveTextAsync("Bedankt voor je melding");
        await AxeLeegAsync(bezoeker, "bedankt");

        var aanvrager = await AangemeldAsync("browser-aanvrager@example.org", Rollen.Welzijnswerker);
        await aanvrager.GotoAsync($"/organisaties/{slug}/ik-werk-hier");
        await aanvrager.GetByRole(AriaRole.Button, new() { Name = "Toegang vragen" }).ClickAsync();
        await Assertions.Expect(aanvrager.Locator(".foutenoverzicht")).ToBeVisibleAsync();
        await AxeLeegAsync(aanvrager, "ik werk hier met fouten");
    }

    [Fact]
    public async Task Creating_a_school_and_a_brugfiguur_editing_it_and_suggesting_a_value_are_axe_clean_with_errors_shown()
    {
        var werkgever = await DemoSlugAsync(5);
        var beheerder = await AangemeldAsync("browser-brug-beheer@example.org", Rollen.Beheerder);

        await beheerder.GotoAsync("/beheer/scholen/nieuw");
        await AxeLeegAsync(beheerder, "nieuwe school");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "School aanmaken" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".foutenoverzicht")).ToContainTextAsync("Vul de naam van de school in.");
        await AxeLeegAsync(beheerder, "nieuwe school met fouten");

        await beheerder.GotoAsync("/beheer/brugfiguren/nieuw");
        await AxeLeegAsync(beheerder, "nieuwe brugfiguur");
        await beheerder.GetByLabel("Functie", new() { Exact = true }).FillAsync("");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Brugfiguur aanmaken" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".foutenoverzicht")).ToContainTextAsync("Vul de functie in");
        await AxeLeegAsync(beheerder, "nieuwe brugfiguur met fouten");
        await beheerder.GetByLabel("Naam (niet verplicht)").FillAsync("Lotte Browser");
        await beheerder.GetByLabel("Functie", new() { Exact = true }).FillAsync("Brugfiguur");
        await beheerder.GetByLabel("Naam van de werkgever").FillAsync($"/organisaties/{werkgever}");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Brugfiguur aanmaken" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator("h1")).ToHaveTextAsync("Lotte Browser");

        await beheerder.GotoAsync("/brugfiguren/lotte-browser/bewerken");
        await beheerder.GetByLabel("Telefoonnummer").FillAsync("bel me");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(beheerder.Locator(".foutenoverzicht")).ToContainTextAsync("alleen cijfers");
        await AxeLeegAsync(beheerder, "brugfiguur bewerken met fouten");
        await beheerder.GotoAsync("/brugfiguren/lotte-browser/geschiedenis");
        await AxeLeegAsync(beheerder, "geschiedenis van de brugfiguur");

        var bezoeker = await browser.NewPageAsync();
        await bezoeker.GotoAsync($"/organisaties/{werkgever}/suggestie");
        await AxeLeegAsync(bezoeker, "suggestie: kies een gegeven");
        await bezoeker.GetByRole(AriaRole.Link, new() { Name = "Adres", Exact = true }).ClickAsync();
        await bezoeker.GetByLabel("Gemeente").FillAsync("Nergenshuizen");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Suggestie versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator(".foutenoverzicht")).ToContainTextAsync("Nergenshuizen");
        await AxeLeegAsync(bezoeker, "suggestie met fouten");
        await bezoeker.GotoAsync($"/organisaties/{werkgever}/suggestie?veld=telefoon");
        await bezoeker.GetByLabel("Nieuw telefoonnummer").FillAsync("09 876 54 32");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Suggestie versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator("h1")).ToHaveTextAsync("Bedankt voor je melding");

        await beheerder.GotoAsync("/meldingen");
        await Assertions.Expect(beheerder.Locator(".suggestie").First).ToContainTextAsync("09 876 54 32");
        await AxeLeegAsync(beheerder, "meldingen met een suggestie");
    }

    [Theory]
    [InlineData("/beheer")]
    [InlineData("/beheer/gebruikers")]
    [InlineData("/beheer/aanvragen")]
    [InlineData("/beheer/audit")]
    [InlineData("/beheer/actualiteit")]
    [InlineData("/beheer/hulpvragen")]
    [InlineData("/beheer/hulpvragen/uithuiszetting")]
    [InlineData("/beheer/hulpvragen/uithuiszetting/geschiedenis")]
    [InlineData("/beheer/zoekopdrachten")]
    [InlineData("/meldingen?status=Opgelost")]
    [InlineData("/mijn-organisatie")]
    [InlineData("/beheer/scholenlijst")]
    [InlineData("/beheer/voorstellen")]
    public async Task Beheer_pages_are_axe_clean(string pad)
    {
        var page = await BeheerderAsync();
        var response = await page.GotoAsync(pad);

        Assert.Equal(200, response!.Status);
        await AxeLeegAsync(page, pad);
    }

    [Fact]
    public async Task The_dry_run_of_the_official_school_list_is_axe_clean_on_a_phone()
    {
        var page = await BeheerderAsync(320);
        await page.GotoAsync("/beheer/scholenlijst");
        await page.SetInputFilesAsync("#bestand", Infrastructure.KaartFixture.Fixture("scholenlijst.csv"));
        // A test file, not a complete list: no school elsewhere may be marked as gone.
        await page.CheckAsync("#gedeeltelijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        await Assertions.Expect(page.Locator("#controle-titel")).ToHaveTextAsync("Resultaat van de controle");
        Assert.True(await page.Locator("#toepassen button").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "De pagina is breder dan 320 px.");
        await AxeLeegAsync(page, "controle van de scholenlijst");
    }

    /// <summary>A page of a Beheerder: one signs in once for all these tests; the others reuse the session's cookies.</summary>
    private async Task<IPage> BeheerderAsync(int breedte = 1280)
    {
        if (browser.BeheerderSessie is { } sessie)
        {
            return await browser.NewPageAsync(breedte, storageState: sessie);
        }

        var page = await AangemeldAsync("browser-beheer@example.org", Rollen.Beheerder);
        browser.BeheerderSessie = await page.Context.StorageStateAsync();
        return breedte == 1280 ? page : await browser.NewPageAsync(breedte, storageState: browser.BeheerderSessie);
    }
}
