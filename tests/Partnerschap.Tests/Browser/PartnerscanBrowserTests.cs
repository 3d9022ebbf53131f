using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// "Done when" of the partner scan: a school member (on a 320 px phone) and an organisation member (on a laptop), each in
/// their own browser, fill in the scan, see their answers side by side, make an action plan and find it again after
/// signing in later; axe-core finds nothing on the scan page, the form and the result.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerscanBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private async Task<IPage> AanmeldenAsync(string email, int breedte = 1280)
    {
        var page = await browser.NewPageAsync(breedte, 800);
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
        return page;
    }

    private async Task AxeLeegAsync(IPage page, string wat)
    {
        var violations = await browser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{wat}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Nothing sticks out of a 320 px screen; the message names what does.</summary>
    private static async Task NietZijwaartsAsync(IPage page, string wat) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320, $"{wat} scrolt zijwaarts op 320 px: " +
            await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));

    private static async Task VulInAsync(IPage page, string antwoord, string toestemming)
    {
        var stellingen = page.Locator("fieldset.scan-stelling");
        for (var i = 0; i < await stellingen.CountAsync(); i++)
        {
            await stellingen.Nth(i).GetByLabel(antwoord, new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel(toestemming).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoorden bewaren" }).ClickAsync();
    }

    [Fact]
    public async Task A_school_and_its_partner_fill_in_the_scan_see_both_side_by_side_and_find_their_action_plan_later()
    {
        var factory = browser.Factory!;
        var school = new School { Id = Guid.NewGuid(), Naam = "Basisschool Het Gesprek", Slug = "basisschool-het-gesprek", Net = "vrij-gesubsidieerd", GemeenteNis = "44021" };
        var organisatieId = await factory.WithDbAsync(db => db.Organisaties.OrderBy(o => o.Slug).Select(o => o.Id).FirstAsync());
        var schoolLid = await factory.CreateUserAsync("scan-school@example.org", Rollen.Schoolmedewerker);
        var organisatieLid = await factory.CreateUserAsync("scan-organisatie@example.org", Rollen.Welzijnswerker);
        await factory.WithDbAsync(db =>
        {
            db.Scholen.Add(school);
            db.Samenwerkingen.Add(new Samenwerking { Id = Guid.NewGuid(), SchoolId = school.Id, OrganisatieId = organisatieId, Samenwerkingsvormen = ["toeleiding"] });
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = schoolLid.Id, SchoolId = school.Id, Sinds = DateTimeOffset.UtcNow });
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = organisatieLid.Id, OrganisatieId = organisatieId, Sinds = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        // The school member, on a phone, finds the scan from "Mijn organisatie" and answers first.
        var telefoon = await AanmeldenAsync("scan-school@example.org", 320);
        await telefoon.GotoAsync("/mijn-organisatie");
        await telefoon.GetByRole(AriaRole.Link, new() { Name = "Samenwerkingsscan van Basisschool Het Gesprek" }).ClickAsync();
        await Assertions.Expect(telefoon.Locator("h1")).ToContainTextAsync("Basisschool Het Gesprek");
        await AxeLeegAsync(telefoon, "scanpagina");
        await telefoon.GetByRole(AriaRole.Link, new() { Name = "Scan invullen voor Basisschool Het Gesprek" }).ClickAsync();
        await AxeLeegAsync(telefoon, "formulier");
        await NietZijwaartsAsync(telefoon, "het formulier");
        await VulInAsync(telefoon, "Klopt helemaal", "Ja, dat mag");
        await Assertions.Expect(telefoon.Locator("main")).ToContainTextAsync("vulde deze ronde nog niet in");

        // The organisation member, in another browser, answers next and sees both sides.
        var laptop = await AanmeldenAsync("scan-organisatie@example.org");
        await laptop.GotoAsync("/mijn-organisatie");
        await laptop.GetByRole(AriaRole.Link, new() { Name = "Samenwerkingsscan van Basisschool Het Gesprek" }).ClickAsync();
        await Assertions.Expect(laptop.Locator("main")).ToContainTextAsync("pas als jullie kant ook heeft ingevuld");
        await laptop.Locator("#stand-organisatie a").ClickAsync();
        await VulInAsync(laptop, "Klopt eerder niet", "Nee, liever niet");
        await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "Waar jullie het meest verschillen" })).ToBeVisibleAsync();
        await Assertions.Expect(laptop.Locator(".scan-legende")).ToContainTextAsync("School");
        await Assertions.Expect(laptop.Locator(".scan-legende")).ToContainTextAsync("Organisatie");
        await AxeLeegAsync(laptop, "uitslag naast elkaar");

        // They agree on an action.
        await laptop.GetByRole(AriaRole.Link, new() { Name = "Naar het actieplan" }).ClickAsync();
        await laptop.GetByLabel("Wat gaan jullie doen?").FillAsync("Samen een infomoment voor ouders plannen");
        await laptop.GetByLabel("Wie doet het?").FillAsync("De brugfiguur");
        await laptop.GetByLabel("Over welk thema van de scan? (niet verplicht)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await Assertions.Expect(laptop.Locator("table.actieplan")).ToContainTextAsync("Samen een infomoment voor ouders plannen");
        await AxeLeegAsync(laptop, "actieplan");

        // Later the school member signs in again, sees both sides and finds the action.
        var later = await AanmeldenAsync("scan-school@example.org", 320);
        await later.GotoAsync("/mijn-organisatie");
        await later.GetByRole(AriaRole.Link, new() { Name = "Samenwerkingsscan van Basisschool Het Gesprek" }).ClickAsync();
        await Assertions.Expect(later.Locator(".scan-verschillen-lijst")).ToContainTextAsync("Organisatie: Klopt eerder niet");
        await AxeLeegAsync(later, "uitslag op de telefoon");
        await later.GetByRole(AriaRole.Link, new() { Name = "Naar het actieplan" }).ClickAsync();
        await Assertions.Expect(later.Locator("table.actieplan")).ToContainTextAsync("De brugfiguur");
        await NietZijwaartsAsync(later, "het actieplan");
    }
}
