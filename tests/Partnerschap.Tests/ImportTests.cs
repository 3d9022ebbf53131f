using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Import;

namespace Partnerschap.Tests;

public sealed class ImportTests
{
    [Fact]
    public async Task The_test_map_imports_with_every_mapping_in_place()
    {
        await using var factory = new PortalFactory();

        var result = await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        Assert.Equal(13, result.Organisaties);
        Assert.Equal(2, result.Scholen);
        var cawGent = await factory.WithDbAsync(db => db.Organisaties.Include(o => o.Aanbod).SingleAsync(o => o.Naam == "CAW Oost-Vlaanderen onthaal Gent"));
        Assert.Equal("caw", cawGent.Type);
        Assert.Equal("cawgent@example.org", cawGent.Email);
        Assert.Equal("09 000 00 01", cawGent.Telefoon);
        Assert.Equal("Contactpersoon scholen", cawGent.Aanspreekpunt?.Functie);
        Assert.Equal("scholen.cawgent@example.org", cawGent.Aanspreekpunt?.Email);
        Assert.Equal("44021", Assert.Single(cawGent.Locaties).GemeenteNis);
        Assert.Equal(new DateOnly(2026, 10, 1), cawGent.LaatstGecontroleerd);
        Assert.Equal("Kom langs zonder afspraak.", cawGent.ToegangOuders);
        Assert.Contains("opvoeding-gezinsondersteuning", cawGent.Aanleidingen);
        Assert.Equal("Zo doen wij uitwisseling-overleg met scholen.", Assert.Single(cawGent.Samenwerkingsvormen).Toelichting);
        Assert.Equal("Budgetbegeleiding", Assert.Single(cawGent.Aanbod).Naam);

        var lijn = await factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Naam == "Kinderarmoedelijn"));
        Assert.Empty(lijn.Locaties);
        Assert.Equal(GebiedSoort.Gewest, Assert.Single(lijn.Werkingsgebied).Soort);

        var sleutel = await factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Naam == "Huiswerkklas De Sleutel"));
        Assert.Equal("huiswerkklas-de-sleutel", sleutel.Slug);
        Assert.Equal(["nl", "ar"], sleutel.Talen);

        var school = await factory.WithDbAsync(db => db.Scholen.Include(s => s.Clb).SingleAsync(s => s.Naam == "Atheneum Demo Gent"));
        Assert.Equal("44021", school.GemeenteNis);
        Assert.Equal("CLB Gent Demo", school.Clb?.Naam);
        var brugfiguur = await factory.WithDbAsync(db => db.Brugfiguren.Include(b => b.Scholen).SingleAsync());
        Assert.Null(brugfiguur.Naam);
        Assert.Equal("Basisschool De Regenboog", Assert.Single(brugfiguur.Scholen).Naam);
    }

    [Theory]
    [InlineData("organization_full.json")]
    [InlineData("organization_list.json")]
    public async Task The_Open_Referral_examples_import(string example)
    {
        await using var factory = new PortalFactory();
        var file = Path.Combine(Repository.Root, "..", "shared", "data", "hsds", "examples", example);
        Assert.SkipUnless(File.Exists(file), $"{file} ontbreekt (shared/ staat niet naast de repository)");

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
    }

    [Fact]
    public async Task A_file_with_one_bad_record_changes_nothing_and_names_line_and_field()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        var before = await factory.WithDbAsync(db => db.Organisaties.AsNoTracking().OrderBy(o => o.Naam).Select(o => o.Naam + o.Beschrijving).ToListAsync());

        var json = JsonNode.Parse(await File.ReadAllTextAsync(KaartFixture.Fixture("kaart.hsds.json")))!.AsArray();
        json[0]!["description"] = "Gewijzigd, maar dit mag niet blijven staan.";
        json[4]!["attributes"]![0]!["taxonomy_term"]!["code"] = "bestaat-niet";
        var broken = Path.Combine(Path.GetTempPath(), $"kapot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var expectedLine = File.ReadAllLines(broken).Select((l, i) => (l, i)).First(x => x.l.Contains("\"bestaat-niet\"", StringComparison.Ordinal)).i + 1;

        var result = await KaartFixture.ImportAsync(factory, broken);

        Assert.False(result.Gelukt);
        var fout = Assert.Single(result.Fouten);
        Assert.Contains($"regel {expectedLine}:", fout);
        Assert.Contains("[4].attributes[0].taxonomy_term.code", fout);
        Assert.Contains("CAW Oost-Vlaanderen onthaal Gent", fout);
        Assert.Contains("'bestaat-niet' is geen geldige organisatietype", fout);
        var after = await factory.WithDbAsync(db => db.Organisaties.AsNoTracking().OrderBy(o => o.Naam).Select(o => o.Naam + o.Beschrijving).ToListAsync());
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("{ niet: json", "geen geldige JSON")]
    [InlineData("[{\"id\": \"x1\", \"name\": \"Test\", \"organization_identifiers\": [{\"identifier_type\": \"KBO\", \"identifier\": \"0123.456.789\"}], \"services\": [{\"id\": \"s1\", \"name\": \"A\", \"service_areas\": [{\"name\": \"Gent\"}]}]}]", "geen geldig KBO-nummer")]
    [InlineData("[{\"id\": \"x1\", \"name\": \"Test\", \"services\": [{\"id\": \"s1\", \"name\": \"A\", \"service_areas\": [{\"name\": \"Atlantis\"}]}]}]", "werkingsgebied 'Atlantis'")]
    [InlineData("[{\"id\": \"x1\", \"name\": \"Test\", \"email\": \"geen-adres\", \"services\": [{\"id\": \"s1\", \"name\": \"A\", \"service_areas\": [{\"name\": \"Gent\"}]}]}]", "geen geldig e-mailadres")]
    [InlineData("[{\"name\": \"Zonder id\"}]", "'id' ontbreekt")]
    [InlineData("[{\"id\": \"a\", \"name\": \"A\", \"services\": [{\"id\": \"s\", \"name\": \"S\", \"service_areas\": [{\"name\": \"Gent\"}]}]}, {\"id\": \"b\", \"name\": \"B\", \"services\": [{\"id\": \"s\", \"name\": \"S\", \"service_areas\": [{\"name\": \"Gent\"}]}]}]", "aanbod-id (service id)")]
    [InlineData("[{\"id\": \"x1\", \"name\": \"Test\", \"locations\": [{\"addresses\": [{\"postal_code\": \"1234\", \"city\": \"Nergensdorp\", \"country\": \"BE\"}]}]}]", "ligt niet in Vlaanderen of Brussel")]
    public async Task Bad_input_is_refused_with_a_Dutch_message(string content, string message)
    {
        await using var factory = new PortalFactory();
        var file = Path.Combine(Path.GetTempPath(), $"fout-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, content);

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.False(result.Gelukt);
        Assert.Contains(result.Fouten, f => f.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
    }

    [Fact]
    public async Task Importing_again_updates_by_id_and_keeps_the_address_of_the_page()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        var json = JsonNode.Parse(await File.ReadAllTextAsync(KaartFixture.Fixture("kaart.hsds.json")))!.AsArray();
        json[2]!["name"] = "Huiswerkklas De Sleutel – nieuwe naam";
        var file = Path.Combine(Path.GetTempPath(), $"update-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json.ToJsonString());

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        Assert.Equal(13, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
        var sleutel = await factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Slug == "huiswerkklas-de-sleutel"));
        Assert.Equal("Huiswerkklas De Sleutel – nieuwe naam", sleutel.Naam);
    }

    [Fact]
    public async Task A_service_area_Antwerpen_is_the_city_provincie_Antwerpen_the_province_and_a_deelgemeente_its_gemeente()
    {
        await using var factory = new PortalFactory();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(KaartFixture.Fixture("kaart.hsds.json")))!.AsArray();
        var aanbod = json[2]!["services"]![0]!;
        aanbod["service_areas"] = new JsonArray(
            new JsonObject { ["name"] = "Antwerpen" }, new JsonObject { ["name"] = "provincie Limburg" }, new JsonObject { ["name"] = "Ledeberg" });
        var file = Path.Combine(Path.GetTempPath(), $"gebied-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json.ToJsonString());

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        var id = (string)aanbod["name"]!;
        var gebied = await factory.WithDbAsync(db => db.Aanbod.AsNoTracking().Where(a => a.Naam == id).Select(a => a.Werkingsgebied).SingleAsync());
        Assert.Equal(
            ["Gemeente 11002", "Gemeente 11007", "Provincie Limburg", "Gemeente 44021"], // Antwerpen with Borsbeek since 2025
            gebied.Select(g => $"{g.Soort} {g.Code}").ToList());
    }

    [Fact]
    public async Task An_aanbod_id_cannot_move_to_another_organisation()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        var bestaand = JsonNode.Parse(await File.ReadAllTextAsync(KaartFixture.Fixture("kaart.hsds.json")))!.AsArray()[0]!["services"]![0]!["id"]!.GetValue<string>();
        var file = Path.Combine(Path.GetTempPath(), $"verhuis-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, $$"""[{"id": "nieuw", "name": "Nieuw", "services": [{"id": "{{bestaand}}", "name": "S", "service_areas": [{"name": "Gent"}]}]}]""");

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.False(result.Gelukt);
        Assert.Contains(result.Fouten, f => f.Contains("hoort al bij een andere organisatie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_school_file_that_points_to_an_unknown_organisation_is_refused()
    {
        await using var factory = new PortalFactory();
        var result = await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("scholen.json"));

        Assert.False(result.Gelukt);
        Assert.Contains(result.Fouten, f => f.Contains("scholen[0].clb", StringComparison.Ordinal) && f.Contains("bestaat niet", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Scholen.CountAsync()));
    }

    private const string Sleutel = "huiswerkklas-de-sleutel";

    [Fact]
    public async Task A_re_import_keeps_aanbod_made_in_the_portal_and_removes_imported_aanbod_that_left_the_file()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        await factory.WithDbAsync(async db =>
        {
            var organisatie = await db.Organisaties.SingleAsync(o => o.Slug == Sleutel);
            db.Aanbod.Add(new Aanbod { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, Naam = "Zomerschool uit het portaal" });
            return await db.SaveChangesAsync();
        });
        var json = HsdsFixture();
        json[2]!["services"] = new JsonArray();

        var result = await KaartFixture.ImportAsync(factory, Bestand(json.ToJsonString()));

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        var aanbod = await factory.WithDbAsync(db => db.Aanbod.Where(a => a.Organisatie!.Slug == Sleutel).Select(a => a.Naam).ToListAsync());
        Assert.Equal(["Zomerschool uit het portaal"], aanbod);
    }

    [Fact]
    public async Task A_re_import_skips_a_profile_changed_in_the_portal_and_overwrites_it_only_when_asked()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        await factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(factory, "beheerder@example.org");
        using var saved = await Html.SubmitFormAsync(beheerder, $"/organisaties/{Sleutel}/bewerken", "form.profielformulier",
            f => f.With("Formulier.Naam", "De Sleutel (naam uit het portaal)").With("actie", "opslaan"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var json = HsdsFixture();
        json[0]!["description"] = "Nieuwe beschrijving uit de import.";

        var result = await KaartFixture.ImportAsync(factory, Bestand(json.ToJsonString()));

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        var waarschuwing = Assert.Single(result.Waarschuwingen, w => w.Contains("overgeslagen", StringComparison.Ordinal));
        Assert.Contains("De Sleutel (naam uit het portaal)", waarschuwing);
        Assert.Contains("werd in het portaal gewijzigd sinds de vorige import", waarschuwing);
        Assert.Contains("--overschrijf", waarschuwing);
        Assert.Equal("De Sleutel (naam uit het portaal)", await NaamAsync(factory, Sleutel));
        Assert.Equal("Nieuwe beschrijving uit de import.", await factory.WithDbAsync(db => db.Organisaties.Where(o => o.Naam == "Sociaal Huis Gent").Select(o => o.Beschrijving).SingleAsync()));

        var overschreven = await ImportAsync(factory, overschrijf: true, Bestand(json.ToJsonString()));

        Assert.True(overschreven.Gelukt, string.Join("\n", overschreven.Fouten));
        Assert.DoesNotContain(overschreven.Waarschuwingen, w => w.Contains("overgeslagen", StringComparison.Ordinal));
        Assert.Equal("Huiswerkklas De Sleutel", await NaamAsync(factory, Sleutel));
        var geschiedenis = await Html.ParseAsync(await beheerder.GetAsync($"/organisaties/{Sleutel}/geschiedenis"));
        Assert.Contains("door import", geschiedenis.Text("#versie-3"));
    }

    [Fact]
    public async Task A_profile_imported_before_the_bookkeeping_existed_is_skipped_when_someone_changed_it_in_the_portal()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        await factory.WithDbAsync(async db =>
        {
            var organisatie = await db.Organisaties.SingleAsync(o => o.Slug == Sleutel);
            await db.Organisaties.ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatsteImport, (DateTimeOffset?)null));
            organisatie.Naam = "Oud portaalwerk";
            db.ProfielVersies.Add(new ProfielVersie
            {
                Soort = ProfielSoort.Organisatie, ProfielId = organisatie.Id, Nummer = 1, Tijdstip = DateTimeOffset.UtcNow,
                Door = "lid@example.org", Omschrijving = "Profiel gewijzigd", Wijzigingen = "[]", Momentopname = "{}",
            });
            return await db.SaveChangesAsync();
        });

        var result = await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        Assert.Single(result.Waarschuwingen, w => w.Contains("overgeslagen", StringComparison.Ordinal));
        Assert.Equal("Oud portaalwerk", await NaamAsync(factory, Sleutel));
    }

    [Fact]
    public async Task Every_change_an_import_makes_to_a_profile_is_a_version_by_import_that_a_Beheerder_can_undo()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProfielVersies.CountAsync())); // nothing changed, no version
        var json = HsdsFixture();
        json[2]!["name"] = "Huiswerkklas De Sleutel vzw";
        var scholen = JsonNode.Parse(await File.ReadAllTextAsync(KaartFixture.Fixture("scholen.json")))!;
        scholen["scholen"]![0]!["naam"] = "Basisschool De Regenboog (nieuwe naam)";

        var result = await KaartFixture.ImportAsync(factory, Bestand(json.ToJsonString()), Bestand(scholen.ToJsonString()));

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        var versies = await factory.WithDbAsync(db => db.ProfielVersies.OrderBy(v => v.Soort).ThenBy(v => v.Nummer).ToListAsync());
        Assert.Equal(["import of eerste invoer", "import", "import of eerste invoer", "import"], versies.Select(v => v.Door));
        Assert.Equal([ProfielSoort.Organisatie, ProfielSoort.School], versies.Where(v => v.Door == "import").Select(v => v.Soort));
        await factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(factory, "beheerder@example.org");
        var pagina = await Html.ParseAsync(await beheerder.GetAsync($"/organisaties/{Sleutel}/geschiedenis"));
        Assert.Contains("door import", pagina.Text("#versie-2"));
        Assert.Contains("Huiswerkklas De Sleutel vzw", pagina.Text("#versie-2"));
        var herstel = pagina.QuerySelector("form[action$='/geschiedenis/1/herstellen']")!;
        using var hersteld = await beheerder.PostAsync(herstel.GetAttribute("action"),
            new FormUrlEncodedContent(Html.HiddenFields(pagina).Where(f => f.Key == "__af").ToDictionary()));
        Assert.Equal(HttpStatusCode.Redirect, hersteld.StatusCode);
        Assert.Equal("Huiswerkklas De Sleutel", await NaamAsync(factory, Sleutel));
    }

    [Fact]
    public async Task An_import_with_more_ids_than_SQLite_takes_in_one_query_succeeds()
    {
        await using var factory = new PortalFactory();
        const int aantal = 33_000;
        var inhoud = new StringBuilder("[\n");
        for (var i = 0; i < aantal; i++)
        {
            inhoud.Append(i == 0 ? "" : ",\n").Append(CultureInfo.InvariantCulture,
                $$"""{"id": "o{{i}}", "name": "Organisatie {{i}}", "services": [{"id": "s{{i}}", "name": "Aanbod {{i}}", "service_areas": [{"name": "Gent"}]}]}""");
        }

        var result = await KaartFixture.ImportAsync(factory, Bestand(inhoud.Append("\n]").ToString()));

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten.Take(5)));
        Assert.Equal(aantal, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
        Assert.Equal(aantal, await factory.WithDbAsync(db => db.Aanbod.CountAsync()));
    }

    [Fact]
    public async Task A_database_failure_in_the_last_batch_leaves_everything_as_it_was()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER weiger_laatste BEFORE INSERT ON Organisaties WHEN NEW.Naam = 'De laatste' BEGIN SELECT RAISE(ABORT, 'de databank weigert'); END"));
        var json = HsdsFixture();
        json[0]!["description"] = "Deze wijziging mag niet blijven staan.";
        for (var i = 0; i < 2_500; i++)
        {
            json.Add(JsonNode.Parse($$"""{"id": "b{{i}}", "name": "{{(i == 2_499 ? "De laatste" : $"Batch {i}")}}", "services": [{"id": "bs{{i}}", "name": "S", "service_areas": [{"name": "Gent"}]}]}"""));
        }

        var result = await KaartFixture.ImportAsync(factory, Bestand(json.ToJsonString()));

        Assert.False(result.Gelukt);
        Assert.Contains(result.Fouten, f => f.Contains("er is niets gewijzigd", StringComparison.Ordinal));
        Assert.Equal(13, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
        Assert.NotEqual("Deze wijziging mag niet blijven staan.", await factory.WithDbAsync(db => db.Organisaties.Where(o => o.Naam == "Sociaal Huis Gent").Select(o => o.Beschrijving).SingleAsync()));
    }

    [Fact]
    public async Task A_file_changed_between_the_check_and_the_writes_leaves_everything_as_it_was()
    {
        await using var factory = new PortalFactory();
        await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"));
        var json = HsdsFixture();
        json[0]!["description"] = "Deze wijziging mag niet blijven staan.";
        for (var i = 0; i < 1_500; i++)
        {
            json.Add(JsonNode.Parse($$"""{"id": "w{{i}}", "name": "Wissel {{i}}", "services": [{"id": "ws{{i}}", "name": "S", "service_areas": [{"name": "Gent"}]}]}"""));
        }

        var file = Bestand(json.ToJsonString());
        using var scope = factory.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<SocialeKaartImporter>();
        // After the check, the last record gets an error: the writes find it only after the first batch is saved.
        importer.NaDeControle = token => File.WriteAllTextAsync(file, json.ToJsonString().Replace("\"Wissel 1499\"", "\"\"", StringComparison.Ordinal), token);

        var result = await importer.ImportAsync([file]);

        Assert.False(result.Gelukt);
        Assert.Contains(result.Fouten, f => f.Contains("veranderde tijdens de import; er is niets gewijzigd", StringComparison.Ordinal));
        Assert.Equal(13, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
        Assert.NotEqual("Deze wijziging mag niet blijven staan.", await factory.WithDbAsync(db => db.Organisaties.Where(o => o.Naam == "Sociaal Huis Gent").Select(o => o.Beschrijving).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProfielVersies.CountAsync(v => v.Door == SocialeKaartImporter.Door)));

        // Only one byte different, still valid: the hash of pass 2 differs from that of pass 1.
        importer.NaDeControle = token => File.WriteAllTextAsync(file, json.ToJsonString().Replace("\"Wissel 1499\"", "\"Wissel 1490\"", StringComparison.Ordinal), token);
        File.WriteAllText(file, json.ToJsonString());

        var weer = await importer.ImportAsync([file]);

        Assert.False(weer.Gelukt);
        Assert.Contains(weer.Fouten, f => f.Contains("veranderde tijdens de import", StringComparison.Ordinal));
        Assert.Equal(13, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
    }

    [Fact]
    public async Task A_file_that_starts_with_a_byte_order_mark_imports()
    {
        await using var factory = new PortalFactory();
        var file = Bestand("");
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. await File.ReadAllBytesAsync(KaartFixture.Fixture("kaart.hsds.json"))]);

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
        Assert.Equal(13, result.Organisaties);
    }

    [Theory]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\u001b[31m", "U+001B")]
    [InlineData("\u202E", "U+202E")]
    public async Task A_name_with_an_invisible_character_is_refused_with_file_line_and_field(string teken, string code)
    {
        await using var factory = new PortalFactory();
        var file = Bestand($$"""
            [
              {
                "id": "goed",
                "name": "Goed",
                "services": [{ "id": "s1", "name": "S", "service_areas": [{ "name": "Gent" }] }]
              },
              {
                "id": "slecht",
                "name": "Huiswerk{{teken}}klas",
                "services": [{ "id": "s2", "name": "S", "service_areas": [{ "name": "Gent" }] }]
              }
            ]
            """);

        var result = await KaartFixture.ImportAsync(factory, file);

        Assert.False(result.Gelukt);
        var fout = Assert.Single(result.Fouten);
        Assert.StartsWith($"{Path.GetFileName(file)}: regel 9: [1].name: bevat een onzichtbaar teken ({code})", fout);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Organisaties.CountAsync()));
    }

    private static JsonArray HsdsFixture() => JsonNode.Parse(File.ReadAllText(KaartFixture.Fixture("kaart.hsds.json")))!.AsArray();

    private static string Bestand(string inhoud)
    {
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, inhoud);
        return file;
    }

    private static Task<string> NaamAsync(PortalFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == slug).Select(o => o.Naam).SingleAsync());

    private static async Task<ImportResultaat> ImportAsync(PortalFactory factory, bool overschrijf, params string[] files)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SocialeKaartImporter>().ImportAsync(files, overschrijf);
    }
}
