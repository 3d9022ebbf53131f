using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>
/// The forms of issue 14, part 4 in a real browser with axe-core, also with their validation errors shown: a Beheerder
/// creates a school and a brugfiguur, edits the brugfiguur; a visitor suggests a new value; the member's queue shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrugfiguurBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test's windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private async Task AxeLeegAsync(IPage page, string wat)
    {
        var violations = await browser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{wat}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task Creating_editing_and_suggesting_are_axe_clean_with_their_validation_errors_shown()
    {
        var werkgever = await browser.Factory!.WithDbAsync(db => db.Organisaties.Where(o => o.Type == "buurtwerk").OrderBy(o => o.Slug).Skip(5).Select(o => new { o.Naam, o.Slug }).FirstAsync());
        await browser.Factory.CreateUserAsync("browser-brug-beheer@example.org", Rollen.Beheerder);
        var beheerder = await browser.NewPageAsync();
        await beheerder.GotoAsync("/aanmelden");
        await beheerder.GetByLabel("E-mailadres").FillAsync("browser-brug-beheer@example.org");
        await beheerder.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();

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
        await beheerder.GetByLabel("Naam van de werkgever").FillAsync($"/organisaties/{werkgever.Slug}");
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
        await bezoeker.GotoAsync($"/organisaties/{werkgever.Slug}/suggestie");
        await AxeLeegAsync(bezoeker, "suggestie: kies een gegeven");
        await bezoeker.GetByRole(AriaRole.Link, new() { Name = "Adres", Exact = true }).ClickAsync();
        await bezoeker.GetByLabel("Gemeente").FillAsync("Nergenshuizen");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Suggestie versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator(".foutenoverzicht")).ToContainTextAsync("Nergenshuizen");
        await AxeLeegAsync(bezoeker, "suggestie met fouten");
        await bezoeker.GotoAsync($"/organisaties/{werkgever.Slug}/suggestie?veld=telefoon");
        await bezoeker.GetByLabel("Nieuw telefoonnummer").FillAsync("09 876 54 32");
        await bezoeker.GetByRole(AriaRole.Button, new() { Name = "Suggestie versturen" }).ClickAsync();
        await Assertions.Expect(bezoeker.Locator("h1")).ToHaveTextAsync("Bedankt voor je melding");

        await beheerder.GotoAsync("/meldingen");
        await Assertions.Expect(beheerder.Locator(".suggestie").First).ToContainTextAsync("09 876 54 32");
        await AxeLeegAsync(beheerder, "meldingen met een suggestie");
    }
}
