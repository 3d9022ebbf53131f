using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

/// <summary>The fiche of an organisation prints on one A4 page, even when every field is as long as the forms allow.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FicheBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    [Fact]
    public async Task The_fullest_possible_profile_prints_as_one_A4_page_without_the_site_around_it()
    {
        // The width of an A4 page between the print margins (210 mm - 2 × 18 mm at 96 px per inch).
        var page = await browser.NewPageAsync(width: 658);
        var slug = await MaakVolsteProfielAsync();
        await page.GotoAsync($"/organisaties/{slug}/fiche");
        Assert.Empty(await browser.AxeViolationsAsync(page));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".hoofdmenu").IsVisibleAsync());
        Assert.False(await page.Locator(".fiche-uitleg").IsVisibleAsync());
        Assert.True(await page.Locator(".fiche h1").IsVisibleAsync());
        // A demo portal says so on paper too.
        Assert.True(await page.Locator(".fiche-demo").IsVisibleAsync());

        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("fiche-afdruk.png"), FullPage = true });
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        Assert.Equal(1, PdfPagina().Count(pdf));
    }

    /// <summary>An organisation with every text at its maximum length, ten addresses and twenty services.</summary>
    private async Task<string> MaakVolsteProfielAsync()
    {
        static string Tekst(int lengte) => string.Concat(Enumerable.Repeat("woord ", lengte / 6 + 1))[..lengte];
        var slug = "fiche-volste-profiel-" + Guid.NewGuid().ToString("N")[..8];
        await browser.Factory!.WithDbAsync(async db =>
        {
            var organisatie = new Organisatie
            {
                Id = Guid.NewGuid(),
                Naam = Tekst(Veldlengtes.Naam),
                Slug = slug,
                Type = "caw",
                Beschrijving = Tekst(Veldlengtes.Beschrijving),
                ToegangOuders = Tekst(Veldlengtes.LangeTekst),
                Kosten = Tekst(Veldlengtes.Kosten),
                Openingsuren = Tekst(Veldlengtes.Openingsuren),
                Telefoon = "09 123 45 67",
                Email = "fiche@example.org",
                Website = "https://example.org/" + Tekst(200).Replace(' ', '-'),
                Talen = ["nl", "fr", "en", "ar", "tr", "pl"],
                LaatstGewijzigd = DateTimeOffset.UtcNow,
                Locaties = [.. Enumerable.Range(1, 10).Select(i => new Locatie
                {
                    Naam = Tekst(Veldlengtes.Naam),
                    Straat = Tekst(Veldlengtes.Straat),
                    Postcode = "9000",
                    GemeenteNis = "44021",
                    Latitude = 51.05,
                    Longitude = 3.72,
                    Openingsuren = Tekst(Veldlengtes.Openingsuren),
                })],
            };
            organisatie.Aanbod = [.. Enumerable.Range(1, 20).Select(i => new Aanbod { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, Naam = Tekst(Veldlengtes.Naam) })];
            db.Organisaties.Add(organisatie);
            await db.SaveChangesAsync();
            return 0;
        });
        return slug;
    }

    /// <summary>A page object of a PDF (not the /Pages tree).</summary>
    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPagina();
}
