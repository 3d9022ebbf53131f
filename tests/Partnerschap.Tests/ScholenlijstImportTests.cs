using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Beheer;
using Partnerschap.Web.Features.SocialeKaart.Import.Scholenlijst;

namespace Partnerschap.Tests;

/// <summary>
/// The official list of vestigingsplaatsen (Fixtures/scholenlijst.csv: BOM, CR-only lines, every field quoted, one
/// field with a line break in it) through the command, the importer and the Beheerder's upload.
/// </summary>
public sealed class ScholenlijstImportTests
{
    private const string Beheerder = "beheerder.scholenlijst@example.org";

    private static readonly string Lijst = KaartFixture.Fixture("scholenlijst.csv");

    /// <summary>A Friday morning in Brussels; the closed school in the fixture closed in 2020.</summary>
    private static FakeTimeProvider Klok() => new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private static async Task<PortalFactory> PortaalAsync() => new(await TestDatabase.CopyAsync(Sjabloon.Kaart)) { Clock = Klok() };

    private static async Task<ScholenlijstResultaat> ImporteerAsync(PortalFactory factory, byte[] bestand, bool toepassen = true, bool volledig = true)
    {
        using var client = factory.CreateClient(); // starts the portal
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ScholenlijstImporter>().ImportAsync(new MemoryStream(bestand), toepassen, volledig);
    }

    private static Task<School> SchoolAsync(PortalFactory factory, string naam) =>
        factory.WithDbAsync(db => db.Scholen.AsNoTracking().Include(s => s.Clb).SingleAsync(s => s.Naam == naam));

    /// <summary>The fixture's text, changed by <paramref name="wijzig"/>, back in the published format.</summary>
    private static byte[] Variant(Func<string, string> wijzig)
    {
        var tekst = Encoding.UTF8.GetString(File.ReadAllBytes(Lijst)).TrimStart('\uFEFF');
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(wijzig(tekst))];
    }

    [Fact]
    public void The_fixture_is_in_the_published_format()
    {
        var bytes = File.ReadAllBytes(Lijst);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.DoesNotContain((byte)'\n', bytes);
        Assert.Contains((byte)'\r', bytes);
        Assert.StartsWith("\"schoolnummer\";\"intern_vplnummer\";\"net\";", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_imports_the_list_and_a_second_run_changes_nothing()
    {
        var database = await TestDatabase.CopyAsync(Sjabloon.Kaart);

        var (exit, output, error) = await PortalCommand.RunAsync(database, "import-scholen", Lijst);

        Assert.True(exit == 0, output + error);
        Assert.Contains("7 vestigingsplaatsen, 6 nieuw, 1 gewijzigd", output, StringComparison.Ordinal);
        Assert.Contains("Let op: CLB 'Vrij CLB Voorbeeld' staat niet op de kaart (5 scholen)", output, StringComparison.Ordinal);
        var tweede = await PortalCommand.RunAsync(database, "import-scholen", Lijst);
        Assert.True(tweede.ExitCode == 0, tweede.Output + tweede.Error);
        Assert.Contains("0 nieuw, 0 gewijzigd, 7 ongewijzigd", tweede.Output, StringComparison.Ordinal);
        var fout = await PortalCommand.RunAsync(database, "import-scholen", "bestaat-niet.csv");
        Assert.Equal(1, fout.ExitCode);
        Assert.Contains("bestaat-niet.csv: bestand niet gevonden.", fout.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lambert_72_lands_on_the_example_within_a_few_metres_and_the_datum_shift_is_applied()
    {
        var (lat, lon) = Lambert72.NaarWgs84(105030.62, 193008.64);
        Assert.True(GemeenteLookup.DistanceKm(lat, lon, 51.0455, 3.7275) < 0.005, $"{lat}, {lon}");

        // Without the BD72 → WGS84 shift the same point is about 90 m off: the shift is really applied.
        var (latZonder, lonZonder) = Lambert72.ZonderDatumverschuiving(105030.62, 193008.64);
        var verschil = GemeenteLookup.DistanceKm(latZonder, lonZonder, 51.0455, 3.7275);
        Assert.InRange(verschil, 0.07, 0.15);
    }

    [Fact]
    public async Task The_list_becomes_schools_with_their_fields_positions_and_CLB()
    {
        await using var factory = await PortaalAsync();

        var resultaat = await ImporteerAsync(factory, File.ReadAllBytes(Lijst));

        Assert.True(resultaat.Gelukt, string.Join("\n", resultaat.Fouten));
        Assert.Equal((6, 1, 0, 1), (resultaat.Nieuw, resultaat.Gewijzigd, resultaat.Ongewijzigd, resultaat.Gesloten));

        // The issue's example row, to the metre.
        var voorbeeld = await SchoolAsync(factory, "Basisschool Voorbeeld");
        Assert.True(GemeenteLookup.DistanceKm(voorbeeld.Latitude, voorbeeld.Longitude, 51.0455, 3.7275) < 0.005);
        Assert.Equal(("99999", "1", true), (voorbeeld.Instellingsnummer, voorbeeld.Vestigingsplaatsnummer, voorbeeld.Hoofdzetel));
        Assert.Equal(("vrij-gesubsidieerd", Onderwijsniveau.Basis), (voorbeeld.Net, voorbeeld.Onderwijsniveau));
        Assert.Equal(("Voorbeeldstraat 1 bus 3", "9000", "44021", "Gent"), (voorbeeld.Straat, voorbeeld.Postcode, voorbeeld.GemeenteNis, voorbeeld.Plaats));
        Assert.Equal("Gewoon Lager Onderwijs", voorbeeld.Onderwijsaanbod);
        Assert.Null(voorbeeld.ClbId);
        Assert.Equal("Vrij CLB Voorbeeld", voorbeeld.ClbNaam);

        // lx/ly 0: the deelgemeente of the address; the field with a line break did not shift anything.
        var wondelgem = await SchoolAsync(factory, "Basisschool Voorbeeld Wondelgem");
        Assert.False(wondelgem.Hoofdzetel);
        Assert.True(GemeenteLookup.DistanceKm(wondelgem.Latitude, wondelgem.Longitude, 51.09350, 3.70346) < 0.005);

        // A 2025 NIS code our 2019 gemeenten do not know: found by postcode; no position: the deelgemeente Eke.
        var eke = await SchoolAsync(factory, "Basisschool Eke Voorbeeld");
        Assert.Equal("44048", eke.GemeenteNis);
        Assert.True(GemeenteLookup.DistanceKm(eke.Latitude, eke.Longitude, 50.95694, 3.64180) < 0.005);

        var lyceum = await SchoolAsync(factory, "Stedelijk Lyceum Voorbeeld");
        Assert.Equal(("officieel-gesubsidieerd", Onderwijsniveau.Secundair, "11002"), (lyceum.Net, lyceum.Onderwijsniveau, lyceum.GemeenteNis));
        Assert.Equal(("03 000 00 20", "lyceum@example.org"), (lyceum.Telefoon, lyceum.Email));
        Assert.True(GemeenteLookup.DistanceKm(lyceum.Latitude, lyceum.Longitude, 51.2100, 4.4200) < 0.005);

        Assert.Equal(Onderwijsniveau.Buitengewoon, (await SchoolAsync(factory, "Buitengewone Basisschool Voorbeeld")).Onderwijsniveau);
        Assert.Equal(new DateOnly(2020, 6, 30), (await SchoolAsync(factory, "Basisschool De Gesloten Deur")).Einddatum);

        // "clb  GENT demo" is the CLB on the map; "Vrij CLB Voorbeeld" is not, once as a warning with its count.
        var atheneum = await SchoolAsync(factory, "Atheneum Demo Gent");
        Assert.Equal("CLB Gent Demo", atheneum.Clb?.Naam);
        Assert.Equal("https://www.atheneum-demo.example.org", atheneum.Website);
        Assert.Equal("Eerste graad; Tweede graad", atheneum.Onderwijsaanbod);
        Assert.Contains("CLB 'Vrij CLB Voorbeeld' staat niet op de kaart (5 scholen); de naam staat als tekst bij de school.", resultaat.Waarschuwingen);
        Assert.Contains("CLB 'Stedelijk CLB Voorbeeld' staat niet op de kaart (1 school); de naam staat als tekst bij de school.", resultaat.Waarschuwingen);
    }

    [Fact]
    public async Task A_second_run_changes_nothing_not_even_a_version_or_a_date()
    {
        await using var factory = await PortaalAsync();
        Assert.True((await ImporteerAsync(factory, File.ReadAllBytes(Lijst))).Gelukt);
        var voor = await factory.WithDbAsync(db => db.Scholen.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Versie, s.LaatstGewijzigd, s.LaatsteImport }).ToListAsync());
        var versies = await factory.WithDbAsync(db => db.ProfielVersies.CountAsync());
        var stempel = await factory.WithDbAsync(db => db.KaartVersies.Select(v => v.Stempel).SingleAsync());
        factory.Clock!.Advance(TimeSpan.FromDays(1));

        var tweede = await ImporteerAsync(factory, File.ReadAllBytes(Lijst));

        Assert.Equal((0, 0, 7), (tweede.Nieuw, tweede.Gewijzigd, tweede.Ongewijzigd));
        Assert.True(tweede.NietsTeDoen);
        var na = await factory.WithDbAsync(db => db.Scholen.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Versie, s.LaatstGewijzigd, s.LaatsteImport }).ToListAsync());
        Assert.Equal(voor, na);
        Assert.Equal(versies, await factory.WithDbAsync(db => db.ProfielVersies.CountAsync()));
        Assert.Equal(stempel, await factory.WithDbAsync(db => db.KaartVersies.Select(v => v.Stempel).SingleAsync()));
    }

    [Fact]
    public async Task What_members_maintain_stays_and_a_change_of_the_list_is_a_version_by_the_import()
    {
        await using var factory = await PortaalAsync();
        var atheneumId = await factory.WithDbAsync(async db =>
        {
            var school = await db.Scholen.SingleAsync(s => s.Naam == "Atheneum Demo Gent");
            school.Zorgcoordinator = new Aanspreekpunt { Naam = "Zorg Persoon", Functie = "Zorgcoördinator", Email = "zorg.atheneum@example.org" };
            school.LaatstGecontroleerd = new DateOnly(2026, 11, 1);
            await db.SaveChangesAsync();
            return school.Id;
        });
        var samenwerkingen = await factory.WithDbAsync(db => db.Samenwerkingen.CountAsync(s => s.SchoolId == atheneumId));

        Assert.True((await ImporteerAsync(factory, File.ReadAllBytes(Lijst))).Gelukt);

        // The school in the portal without vestigingsplaats became the hoofdzetel of its number, not a duplicate.
        var atheneum = await SchoolAsync(factory, "Atheneum Demo Gent");
        Assert.Equal(atheneumId, atheneum.Id);
        Assert.Equal("1", atheneum.Vestigingsplaatsnummer);
        Assert.Equal("zorg.atheneum@example.org", atheneum.Zorgcoordinator?.Email);
        Assert.Equal(new DateOnly(2026, 11, 1), atheneum.LaatstGecontroleerd);
        Assert.Equal(samenwerkingen, await factory.WithDbAsync(db => db.Samenwerkingen.CountAsync(s => s.SchoolId == atheneumId)));
        var versie = await factory.WithDbAsync(db => db.ProfielVersies.Where(v => v.ProfielId == atheneumId).OrderByDescending(v => v.Nummer).FirstAsync());
        Assert.Equal("import", versie.Door);
        Assert.Contains("Telefoon", versie.Wijzigingen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_missing_from_a_complete_list_is_marked_and_cleared_when_it_returns()
    {
        await using var factory = await PortaalAsync();
        Assert.True((await ImporteerAsync(factory, File.ReadAllBytes(Lijst))).Gelukt);
        var zonderLyceum = Variant(t => string.Join('\r', t.Split('\r').Where(r => !r.StartsWith("\"88888\"", StringComparison.Ordinal))));

        // A part of the list marks nothing.
        var deel = await ImporteerAsync(factory, zonderLyceum, volledig: false);
        Assert.Equal(0, deel.NietMeerInLijst);

        var zonder = await ImporteerAsync(factory, zonderLyceum);

        Assert.Equal(1, zonder.NietMeerInLijst);
        var lyceum = await SchoolAsync(factory, "Stedelijk Lyceum Voorbeeld");
        Assert.NotNull(lyceum.NietInOfficieleLijstSinds);
        Assert.Null((await SchoolAsync(factory, "Basisschool De Regenboog")).NietInOfficieleLijstSinds); // never on a list
        using var client = factory.CreateClient();
        var profiel = await Html.ParseAsync(await client.GetAsync($"/scholen/{lyceum.Slug}"));
        Assert.Contains("Deze school staat niet meer in de officiële lijst van het onderwijs", profiel.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Stedelijk Lyceum Voorbeeld", await NamenAsync(client, "/sociale-kaart?soort=scholen&q=lyceum"));

        var terug = await ImporteerAsync(factory, File.ReadAllBytes(Lijst));

        Assert.Equal(1, terug.TerugInLijst);
        Assert.Null((await SchoolAsync(factory, "Stedelijk Lyceum Voorbeeld")).NietInOfficieleLijstSinds);
        Assert.Contains("Stedelijk Lyceum Voorbeeld", await NamenAsync(client, "/sociale-kaart?soort=scholen&q=lyceum"));
    }

    [Fact]
    public async Task Imported_schools_are_found_on_their_street_and_a_closed_one_is_not_but_keeps_its_page()
    {
        await using var factory = await PortaalAsync();
        Assert.True((await ImporteerAsync(factory, File.ReadAllBytes(Lijst))).Gelukt);
        using var client = factory.CreateClient();

        // Within 1 km of Wondelgem only the school placed there; the one in the centre of Gent is 5 km away.
        var wondelgem = await NamenAsync(client, "/sociale-kaart?soort=scholen&gemeente=Wondelgem&bereik=1&sorteer=afstand");
        Assert.Contains("Basisschool Voorbeeld Wondelgem", wondelgem);
        Assert.DoesNotContain("Basisschool Voorbeeld", wondelgem.Where(n => n != "Basisschool Voorbeeld Wondelgem"));
        var gent = await NamenAsync(client, "/sociale-kaart?soort=scholen&gemeente=Gent&bereik=3&sorteer=afstand");
        Assert.Contains("Basisschool Voorbeeld", gent);
        Assert.DoesNotContain("Basisschool De Gesloten Deur", gent);

        var gesloten = await SchoolAsync(factory, "Basisschool De Gesloten Deur");
        var profiel = await Html.ParseAsync(await client.GetAsync($"/scholen/{gesloten.Slug}"));
        Assert.Contains("Deze vestigingsplaats is gesloten sinds 30 juni 2020", profiel.Body!.TextContent, StringComparison.Ordinal);
        var voorbeeld = await Html.ParseAsync(await client.GetAsync($"/scholen/{(await SchoolAsync(factory, "Basisschool Voorbeeld")).Slug}"));
        Assert.Contains("Vrij CLB Voorbeeld", voorbeeld.Text("dl.gegevens"), StringComparison.Ordinal);
        Assert.Contains("Hoofdzetel van de school", voorbeeld.Text("dl.gegevens"), StringComparison.Ordinal);
        Assert.Contains("Gewoon Lager Onderwijs", voorbeeld.Text("dl.gegevens"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_columns_are_ignored_and_a_missing_column_is_refused_by_name()
    {
        await using var factory = await PortaalAsync();
        var extra = Variant(t => string.Join('\r', t.Split('\r').Select((r, i) =>
            r.Length == 0 ? r : r.StartsWith("afdeling", StringComparison.Ordinal) ? r + ";\"\";\"\"" : i == 0 ? r + ";\"leersteuncentrum\";\"aanmelden\"" : r.Contains("VZW Voorbeeldscholen", StringComparison.Ordinal) ? r : r + ";\"LSC Voorbeeld\";\"ja\"")));
        var zonderNet = Variant(t => t.Replace("\"net\";", "\"netwerk\";", StringComparison.Ordinal));

        var metExtra = await ImporteerAsync(factory, extra, toepassen: false);
        var zonder = await ImporteerAsync(factory, zonderNet, toepassen: false);

        Assert.True(metExtra.Gelukt, string.Join("\n", metExtra.Fouten));
        Assert.Equal(7, metExtra.Totaal);
        Assert.False(zonder.Gelukt);
        Assert.Equal("regel 1: (kop): de kolom 'net' ontbreekt. Gebruik de lijst zoals het onderwijs ze publiceert.", Assert.Single(zonder.Fouten));
    }

    [Fact]
    public async Task A_bad_row_is_refused_with_its_line_and_nothing_changes()
    {
        await using var factory = await PortaalAsync();
        var fout = Variant(t => t
            .Replace("\"Officieel gesubsidieerd onderwijs\"", "\"Privéonderwijs\"", StringComparison.Ordinal)
            .Replace("\"30/06/2020\"", "\"2020-06-30\"", StringComparison.Ordinal)
            .Replace("\"106279.95\"", "\"106279,95\"", StringComparison.Ordinal));
        var aantal = await factory.WithDbAsync(db => db.Scholen.CountAsync());

        var resultaat = await ImporteerAsync(factory, fout);

        Assert.False(resultaat.Gelukt);
        Assert.Equal(
        [
            "regel 6: net: net 'Privéonderwijs' kennen we niet (\"Stedelijk Lyceum Voorbeeld\"). Verwacht: Gemeenschapsonderwijs, Officieel gesubsidieerd onderwijs of Vrij gesubsidieerd onderwijs.",
            "regel 7: lx: '106279,95' is geen getal (een punt voor de decimalen, zoals 105030.62).",
            "regel 8: einddatum: '2020-06-30' is geen datum (dd/mm/jjjj).",
        ], resultaat.Fouten);
        Assert.Equal(aantal, await factory.WithDbAsync(db => db.Scholen.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Scholen.AnyAsync(s => s.Vestigingsplaatsnummer != null)));
    }

    [Fact]
    public async Task A_Beheerder_uploads_the_list_sees_the_dry_run_and_applies_exactly_that()
    {
        await using var factory = await PortaalAsync();
        await factory.CreateUserAsync(Beheerder, Rollen.Beheerder);
        using var client = await Html.SignedInClientAsync(factory, Beheerder);
        var aantal = await factory.WithDbAsync(db => db.Scholen.CountAsync());

        using var controle = await client.PostAsync("/beheer/scholenlijst/controle",
            Upload(File.ReadAllBytes(Lijst), [new("__af", await Html.AntiforgeryTokenAsync(client, "/beheer/scholenlijst"))]));

        Assert.Equal(HttpStatusCode.OK, controle.StatusCode);
        var pagina = await Html.ParseAsync(controle);
        var tellingen = pagina.QuerySelectorAll("dl.tellingen dt").Zip(pagina.QuerySelectorAll("dl.tellingen dd"))
            .ToDictionary(p => p.First.TextContent.Trim(), p => p.Second.TextContent.Trim());
        Assert.Equal(("7", "6", "1", "0", "1"), (tellingen["Vestigingsplaatsen in de lijst"], tellingen["Nieuw"], tellingen["Gewijzigd"], tellingen["Ongewijzigd"], tellingen["Gesloten (einddatum voorbij)"]));
        Assert.Contains("CLB 'Vrij CLB Voorbeeld' staat niet op de kaart (5 scholen)", pagina.Text("ul.waarschuwingen"), StringComparison.Ordinal);
        Assert.Equal(aantal, await factory.WithDbAsync(db => db.Scholen.CountAsync())); // a dry run saves nothing

        var velden = pagina.QuerySelectorAll("form#toepassen input").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        var toepassen = new MultipartFormDataContent();
        foreach (var (naam, waarde) in velden)
        {
            toepassen.Add(new StringContent(waarde), naam);
        }

        using var toegepast = await client.PostAsync("/beheer/scholenlijst/toepassen", toepassen);

        Assert.Equal(HttpStatusCode.Redirect, toegepast.StatusCode);
        Assert.Equal(aantal + 6, await factory.WithDbAsync(db => db.Scholen.CountAsync()));
        var bevestiging = await Html.ParseAsync(await client.GetAsync("/beheer/scholenlijst"));
        Assert.Contains("De lijst is ingelezen: 6 nieuw, 1 gewijzigd", bevestiging.Body!.TextContent, StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.Soort == AuditSoorten.ScholenlijstGeimporteerd));
        Assert.Equal(Beheerder, audit.Actor);

        // The same form again: the portal already follows the list, so the dry run it was made from no longer holds.
        var opnieuw = new MultipartFormDataContent();
        foreach (var (naam, waarde) in velden)
        {
            opnieuw.Add(new StringContent(waarde), naam);
        }

        using var verouderd = await client.PostAsync("/beheer/scholenlijst/toepassen", opnieuw);
        Assert.Equal(HttpStatusCode.Conflict, verouderd.StatusCode);
        Assert.Contains("Er veranderde iets sinds de controle", (await Html.ParseAsync(verouderd)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Soort == AuditSoorten.ScholenlijstGeimporteerd)));
    }

    [Fact]
    public async Task An_upload_with_errors_shows_them_with_their_lines_and_cannot_be_applied()
    {
        await using var factory = await PortaalAsync();
        await factory.CreateUserAsync(Beheerder, Rollen.Beheerder);
        using var client = await Html.SignedInClientAsync(factory, Beheerder);
        var fout = Variant(t => t.Replace("\"30/06/2020\"", "\"31/06/2020\"", StringComparison.Ordinal));

        using var controle = await client.PostAsync("/beheer/scholenlijst/controle",
            Upload(fout, [new("__af", await Html.AntiforgeryTokenAsync(client, "/beheer/scholenlijst"))]));
        using var leeg = await client.PostAsync("/beheer/scholenlijst/controle",
            new MultipartFormDataContent { { new StringContent(await Html.AntiforgeryTokenAsync(client, "/beheer/scholenlijst")), "__af" } });

        Assert.Equal(HttpStatusCode.BadRequest, controle.StatusCode);
        var pagina = await Html.ParseAsync(controle);
        Assert.Contains("regel 8: einddatum: '31/06/2020' is geen datum (dd/mm/jjjj).", pagina.Text("ul.fouten"), StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("form#toepassen"));
        Assert.Equal(HttpStatusCode.BadRequest, leeg.StatusCode);
        Assert.Contains("Kies het CSV-bestand", (await Html.ParseAsync(leeg)).Text(".foutenoverzicht"), StringComparison.Ordinal);

        using var groot = await client.PostAsync("/beheer/scholenlijst/controle",
            Upload(new byte[ScholenlijstController.MaxBytes + 100_000], [new("__af", await Html.AntiforgeryTokenAsync(client, "/beheer/scholenlijst"))]));
        Assert.Equal(HttpStatusCode.BadRequest, groot.StatusCode);
        Assert.Contains("Het bestand is 20,1 MB groot; hoogstens 20 MB.", (await Html.ParseAsync(groot)).Text(".foutenoverzicht"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_Beheerder_may_load_the_list()
    {
        await using var factory = await PortaalAsync();
        await factory.CreateUserAsync("werker.scholenlijst@example.org", Rollen.Welzijnswerker);
        using var client = await Html.SignedInClientAsync(factory, "werker.scholenlijst@example.org");

        using var pagina = await client.GetAsync("/beheer/scholenlijst");
        using var controle = await client.PostAsync("/beheer/scholenlijst/controle",
            Upload(File.ReadAllBytes(Lijst), [new("__af", await Html.AntiforgeryTokenAsync(client, "/"))]));

        Assert.Equal(HttpStatusCode.Redirect, pagina.StatusCode);
        Assert.StartsWith("/geen-toegang", pagina.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, controle.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Scholen.AnyAsync(s => s.Vestigingsplaatsnummer != null)));
    }

    private static async Task<List<string>> NamenAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        return [.. page.QuerySelectorAll(".treffer h3 a .treffer-naam").Select(a => a.TextContent.Trim())];
    }

    internal static MultipartFormDataContent Upload(byte[] bestand, IEnumerable<KeyValuePair<string, string>> velden)
    {
        var inhoud = new MultipartFormDataContent();
        foreach (var (naam, waarde) in velden)
        {
            inhoud.Add(new StringContent(waarde), naam);
        }

        var file = new ByteArrayContent(bestand);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        inhoud.Add(file, "bestand", "vestigingsplaatsen.csv");
        return inhoud;
    }
}
