using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>"Download deze resultaten": the search's results as a CSV file that Excel in Belgium opens as it is.</summary>
public sealed class ResultatenDownloadTests
{
    [Fact]
    public async Task The_download_holds_every_result_of_the_search_in_its_order_for_Excel()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        using var client = factory.CreateClient();
        const string vraag = "?gemeente=Gent&sorteer=naam";
        var pagina = await Html.ParseAsync(await client.GetAsync("/sociale-kaart" + vraag));
        var link = pagina.QuerySelector("p.download a")?.GetAttribute("href");
        Assert.Equal("/sociale-kaart/export.csv" + vraag, link);
        var namen = pagina.QuerySelectorAll(".treffer h3 a .treffer-naam").Select(n => n.TextContent.Trim()).ToList();
        var totaal = int.Parse(pagina.QuerySelector("#resultaten-titel")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        using var download = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sociale-kaart.csv", download.Content.Headers.ContentDisposition?.ToString());
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        Assert.StartsWith("Naam;Soort;Type;Adres of werkingsgebied;Gemeente;Telefoon;", regels[0]);
        Assert.Contains(";Afstand (km);", regels[0]);
        Assert.Equal(totaal, regels.Count - 1);
        Assert.Equal(namen, regels.Skip(1).Take(namen.Count).Select(r => r.Split(';')[0].Trim('"')).ToList());
        Assert.All(regels.Skip(1), r => Assert.Matches(";https://partnerschap\\.test/organisaties/[a-z0-9-]+$", r));
    }

    [Fact]
    public async Task A_name_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        await factory.WithDbAsync(async db =>
        {
            var organisatie = await db.Organisaties.OrderBy(o => o.Slug).FirstAsync();
            organisatie.Naam = "=HYPERLINK(\"http://example.org\";\"Klik\") Zebrapadwerking";
            return await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/sociale-kaart/export.csv?q=zebrapadwerking");

        var rij = csv.Split('\n')[1];
        Assert.StartsWith("\"'=HYPERLINK(", rij);
    }

    [Fact]
    public async Task A_search_without_results_gives_a_file_with_only_its_column_titles()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/sociale-kaart/export.csv?q=xyzzyplugh");

        var regels = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Naam;Soort;Type;Adres of werkingsgebied;Gemeente;Telefoon;Aanspreekpunt voor scholen;Telefoon aanspreekpunt;"
            + "E-mail aanspreekpunt;Talen;Aanleidingen;Samenwerkingsvormen;Status;Laatst gecontroleerd;Profiel", Assert.Single(regels).TrimEnd('\r'));
    }

    [Theory]
    [InlineData("?gemeente=Atlantis", "Atlantis")]
    [InlineData("?aanleiding=bestaat-niet", "geen gekende aanleiding")]
    public async Task A_question_the_page_would_correct_is_refused_with_a_Dutch_message(string vraag, string melding)
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        using var client = factory.CreateClient();

        using var antwoord = await client.GetAsync("/sociale-kaart/export.csv" + vraag);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.StartsWith("Deze zoekvraag kan niet gedownload worden", tekst);
        Assert.Contains(melding, tekst);
    }
}
