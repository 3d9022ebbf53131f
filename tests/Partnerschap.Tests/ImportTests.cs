using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

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
}
