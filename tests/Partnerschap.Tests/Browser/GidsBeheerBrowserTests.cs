using Microsoft.Playwright;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>An Onderzoeker edits, previews, publishes, compares and restores a chapter; axe-core on every editor page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GidsBeheerBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test\'s windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    private async Task AxeLeegAsync(IPage page, string wat)
    {
        var violations = await browser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{wat}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task An_Onderzoeker_edits_previews_publishes_compares_and_restores_a_chapter()
    {
        await browser.Factory!.CreateUserAsync("browser-onderzoeker@example.org", Rollen.Onderzoeker);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync("browser-onderzoeker@example.org");
        await page.GetByLabel("Wachtwoord").FillAsync(PortalFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();

        await page.GotoAsync("/gids/beheer");
        await AxeLeegAsync(page, "hoofdstukken");
        await page.GotoAsync("/gids/beheer/samen-op-school");
        await AxeLeegAsync(page, "bewerken");

        var tekst = page.GetByLabel("Tekst (Markdown)");
        var origineel = await tekst.InputValueAsync();
        await tekst.FillAsync(origineel + "\n\n## Een nieuw slot\n\nDit stuk schreef de browsertest over het CLB.\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Dit stuk schreef de browsertest");
        await AxeLeegAsync(page, "voorbeeld");

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutenoverzicht")).ToBeVisibleAsync(); // the change note is required
        await AxeLeegAsync(page, "bewerken met fouten");
        await page.GetByLabel("Wat heb je gewijzigd?").FillAsync("Slot toegevoegd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Assertions.Expect(page.Locator(".melding")).ToBeVisibleAsync();

        var lezer = await browser.NewPageAsync();
        await lezer.GotoAsync("/gids/samen-op-school");
        await Assertions.Expect(lezer.Locator("main")).Not.ToContainTextAsync("Dit stuk schreef de browsertest");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("nu publiceren") }).ClickAsync();
        await Assertions.Expect(page.Locator(".melding")).ToBeVisibleAsync();
        await lezer.ReloadAsync();
        await Assertions.Expect(lezer.Locator("main")).ToContainTextAsync("Dit stuk schreef de browsertest");

        await page.GotoAsync("/gids/beheer/samen-op-school/geschiedenis");
        await AxeLeegAsync(page, "geschiedenis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();
        await Assertions.Expect(page.Locator("ins").First).ToBeVisibleAsync();
        await AxeLeegAsync(page, "vergelijken");

        await page.GotoAsync("/gids/beheer/samen-op-school/geschiedenis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deze versie terugzetten (versie 1)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".melding")).ToBeVisibleAsync();
        await page.GotoAsync("/gids/beheer/samen-op-school");
        var teruggezet = await page.GetByLabel("Tekst (Markdown)").InputValueAsync();
        Assert.Equal(origineel.Trim(), teruggezet.Trim()); // the concept is version 1's text again
        await lezer.ReloadAsync(); // restoring makes a concept: readers keep the published version until it is published
        await Assertions.Expect(lezer.Locator("main")).ToContainTextAsync("Dit stuk schreef de browsertest");
    }
}
