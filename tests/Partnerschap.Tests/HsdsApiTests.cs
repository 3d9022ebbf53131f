using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>/api/hsds: the test map as Open Referral HSDS 3.1, checked against the compiled schemas of the reference.</summary>
public sealed class HsdsApiTests(HsdsApiTests.Fixture fixture) : IClassFixture<HsdsApiTests.Fixture>
{
    /// <summary>The test map, with one aanbod that has an address of its own (a service_at_location).</summary>
    public sealed class Fixture : KaartFixture
    {
        protected override Task SeedAsync() => MetAdresAsync(Factory);

        public static async Task MetAdresAsync(PortalFactory factory) =>
            await factory.WithDbAsync(async db =>
            {
                var aanbod = await db.Aanbod.Include(a => a.Organisatie).FirstAsync(a => a.Naam == "Budgetbegeleiding");
                aanbod.Locaties.Add(new Locatie
                {
                    Naam = "Zitdag budget", Straat = "Kortrijksesteenweg 10", Postcode = "9000", GemeenteNis = "44021", Plaats = "Gent",
                    Latitude = 51.04, Longitude = 3.71, Openingsuren = "dinsdag 9–12 uur",
                });
                aanbod.Organisatie!.LaatstGewijzigd = DateTimeOffset.UtcNow;
                return await db.SaveChangesAsync();
            });
    }

    [Fact]
    public async Task Every_kind_of_answer_matches_the_compiled_HSDS_schemas()
    {
        using var client = fixture.Factory.CreateClient();
        var service = Service(await JsonAsync(client, "/api/hsds/services?per_page=1"));
        var organisatie = Service(await JsonAsync(client, "/api/hsds/organizations?per_page=1"));
        var plek = Service(await JsonAsync(client, "/api/hsds/service_at_locations?per_page=1"));
        var taxonomie = Service(await JsonAsync(client, "/api/hsds/taxonomies?per_page=1"));
        var term = Service(await JsonAsync(client, "/api/hsds/taxonomy_terms?per_page=1"));

        var info = await JsonAsync(client, "/api/hsds/");
        Assert.Equal("3.1", info["version"]!.GetValue<string>());
        Assert.Equal("https://partnerschap.test/api/hsds/openapi.json", info["openapi_url"]!.GetValue<string>());
        using var openapi = await client.GetAsync(info["openapi_url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, openapi.StatusCode);

        await Lijst(client, "/api/hsds/services", Schemas.ServiceLijst);
        await Lijst(client, "/api/hsds/services?full=true", Schemas.Service);
        await Lijst(client, "/api/hsds/organizations", Schemas.OrganisatieLijst);
        await Lijst(client, "/api/hsds/organizations?full=true&full_service=true", Schemas.Organisatie);
        await Lijst(client, "/api/hsds/service_at_locations", Schemas.PlekLijst);
        await Lijst(client, "/api/hsds/service_at_locations?full=true", Schemas.Plek);
        await Lijst(client, "/api/hsds/taxonomies", Schemas.Taxonomie);
        await Lijst(client, "/api/hsds/taxonomy_terms", Schemas.Term);
        Schemas.Valideer(Schemas.Service, await JsonAsync(client, $"/api/hsds/services/{service}"));
        Schemas.Valideer(Schemas.Organisatie, await JsonAsync(client, $"/api/hsds/organizations/{organisatie}"));
        Schemas.Valideer(Schemas.Organisatie, await JsonAsync(client, $"/api/hsds/organizations/{organisatie}?full_service=true"));
        Schemas.Valideer(Schemas.Plek, await JsonAsync(client, $"/api/hsds/service_at_locations/{plek}"));
        Schemas.Valideer(Schemas.Taxonomie, await JsonAsync(client, $"/api/hsds/taxonomies/{taxonomie}"));
        Schemas.Valideer(Schemas.Term, await JsonAsync(client, $"/api/hsds/taxonomy_terms/{term}"));
        var regels = await NdjsonAsync(client, "/api/hsds/services?format=ndjson");
        Assert.Equal((await JsonAsync(client, "/api/hsds/services"))["total_items"]!.GetValue<int>(), regels.Count);
        Assert.All(regels, r => Schemas.Valideer(Schemas.Service, r));
        Assert.All(await NdjsonAsync(client, "/api/hsds/organizations?format=ndjson&full_service=true"), r => Schemas.Valideer(Schemas.Organisatie, r));

        static string Service(JsonNode pagina) => pagina["contents"]![0]!["id"]!.GetValue<string>();
    }

    [Fact]
    public void The_schema_check_refuses_a_service_that_breaks_the_reference()
    {
        var zonderStatus = JsonNode.Parse("{\"id\":\"3f7b145d-84af-42d7-8fae-eaca714b02b2\",\"name\":\"x\"}")!;
        var lijstAlsTekst = JsonNode.Parse("{\"id\":\"3f7b145d-84af-42d7-8fae-eaca714b02b2\",\"name\":\"x\",\"status\":\"active\",\"languages\":\"nl\"}")!;

        Assert.ThrowsAny<Exception>(() => Schemas.Valideer(Schemas.Service, zonderStatus));
        Assert.ThrowsAny<Exception>(() => Schemas.Valideer(Schemas.Service, lijstAlsTekst));
    }

    [Fact]
    public async Task An_organisation_says_what_its_public_profile_says_in_our_taxonomies()
    {
        using var client = fixture.Factory.CreateClient();
        var caw = await fixture.Factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Naam == "CAW Oost-Vlaanderen onthaal Gent"));

        var json = await JsonAsync(client, $"/api/hsds/organizations/{caw.Id}");

        Assert.Equal("cawgent@example.org", json["email"]!.GetValue<string>());
        Assert.Equal($"https://partnerschap.test/organisaties/{caw.Slug}", json["uri"]!.GetValue<string>());
        Assert.Equal("09 000 00 01", json["phones"]![0]!["number"]!.GetValue<string>());
        Assert.Equal("scholen.cawgent@example.org", json["contacts"]![0]!["email"]!.GetValue<string>());
        Assert.Equal("9000", json["locations"]![0]!["addresses"]![0]!["postal_code"]!.GetValue<string>());
        var attributen = json["attributes"]!.AsArray().Select(a => (Taxonomie: a!["taxonomy_term"]!["taxonomy"]!.GetValue<string>(), Code: a["taxonomy_term"]!["code"]!.GetValue<string>(), Waarde: a["value"]?.GetValue<string>())).ToList();
        Assert.Contains(("organisatietype", "caw", null), attributen);
        Assert.Contains(("profiel", "toegang-ouders", "Kom langs zonder afspraak."), attributen);
        Assert.Contains(("profiel", "laatst-gecontroleerd", "2026-10-01"), attributen);
        Assert.Contains(("samenwerkingsvorm", "uitwisseling-overleg", "Zo doen wij uitwisseling-overleg met scholen."), attributen);
        Assert.Equal("Budgetbegeleiding", json["services"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nothing_of_members_accounts_or_meldingen_leaves_the_portal()
    {
        var lid = await fixture.Factory.CreateUserAsync("lid.geheim.api@example.org");
        var slug = await fixture.Factory.WithDbAsync(db => db.Organisaties.OrderBy(o => o.Slug).Select(o => o.Slug).FirstAsync());
        await fixture.Factory.AddMembershipAsync(lid, slug);
        using var client = fixture.Factory.CreateClient();

        var alles = string.Join("\n", (await NdjsonAsync(client, "/api/hsds/organizations?format=ndjson&full_service=true")).Select(r => r.ToJsonString()));

        Assert.DoesNotContain("lid.geheim.api@example.org", alles);
        Assert.DoesNotContain("\"versie\"", alles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LaatsteImport", alles, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_finds_the_organisations_of_the_sociale_kaart_in_its_order()
    {
        using var client = fixture.Factory.CreateClient();
        var (_, _, namen) = await fixture.ZoekAsync("?q=schoolrekening");

        var json = await JsonAsync(client, "/api/hsds/organizations?search=schoolrekening");

        Assert.NotEmpty(namen);
        Assert.Equal(namen, json["contents"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList());
        var diensten = await JsonAsync(client, "/api/hsds/services?search=schoolrekening&per_page=100");
        Assert.All(diensten["contents"]!.AsArray(), s => Assert.Contains(s!["organization"]!["name"]!.GetValue<string>(), namen));
    }

    [Fact]
    public async Task Pages_cover_every_service_exactly_once()
    {
        using var client = fixture.Factory.CreateClient();
        var totaal = await fixture.Factory.WithDbAsync(db => db.Aanbod.CountAsync());
        var ids = new List<string>();
        JsonNode pagina;
        var nummer = 1;
        do
        {
            pagina = await JsonAsync(client, $"/api/hsds/services?per_page=2&page={nummer++}");
            ids.AddRange(pagina["contents"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
            Assert.Equal(totaal, pagina["total_items"]!.GetValue<int>());
        }
        while (!pagina["last_page"]!.GetValue<bool>());

        Assert.Equal(totaal, ids.Distinct().Count());
        Assert.Equal((totaal + 1) / 2, pagina["total_pages"]!.GetValue<int>());
        var voorbij = await JsonAsync(client, $"/api/hsds/services?per_page=2&page={nummer + 5}");
        Assert.True(voorbij["empty"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Filters_by_term_taxonomy_organisation_date_and_place_keep_only_what_matches()
    {
        using var client = fixture.Factory.CreateClient();
        var termen = await JsonAsync(client, "/api/hsds/taxonomy_terms?per_page=100");
        var term = termen["contents"]!.AsArray().First(t => t!["code"]!.GetValue<string>() == "financieel-materieel-administratief")!;
        var aanbod = await fixture.Factory.WithDbAsync(db => db.Aanbod.Include(a => a.Organisatie).ToListAsync());

        var metTerm = Ids(await JsonAsync(client, $"/api/hsds/services?per_page=100&taxonomy_term_id={term["id"]}"));
        var metTaxonomie = Ids(await JsonAsync(client, $"/api/hsds/services?per_page=100&taxonomy_id={term["taxonomy_id"]}"));
        var organisatie = aanbod[0].OrganisatieId;
        var vanOrganisatie = Ids(await JsonAsync(client, $"/api/hsds/services?per_page=100&organization_id={organisatie}"));
        var nieuw = Ids(await JsonAsync(client, "/api/hsds/services?per_page=100&modified_after=2999-01-01"));
        var inGent = await JsonAsync(client, "/api/hsds/service_at_locations?per_page=100&postcode=9000&proximity=5000");

        Assert.Equal(aanbod.Where(a => a.Aanleidingen.Contains("financieel-materieel-administratief")).Select(a => a.Id.ToString()).Order(), metTerm.Order());
        Assert.Equal(aanbod.Where(a => a.Aanleidingen.Count > 0).Select(a => a.Id.ToString()).Order(), metTaxonomie.Order());
        Assert.Equal(aanbod.Where(a => a.OrganisatieId == organisatie).Select(a => a.Id.ToString()).Order(), vanOrganisatie.Order());
        Assert.Empty(nieuw);
        Assert.All(inGent["contents"]!.AsArray(), p => Assert.True(
            GemeenteLookup.DistanceKm(p!["location"]!["latitude"]!.GetValue<double>(), p["location"]!["longitude"]!.GetValue<double>(), 51.05, 3.72) < 8));

        static List<string> Ids(JsonNode pagina) => [.. pagina["contents"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())];
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("page=-1")]
    [InlineData("per_page=100000")]
    [InlineData("per_page=0")]
    [InlineData("proximity=foo&postcode=9000")]
    [InlineData("proximity=5000")]
    [InlineData("modified_after=notadate")]
    [InlineData("taxonomy_term_id=not-a-guid")]
    [InlineData("taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2")]
    [InlineData("taxonomy_id=abc")]
    [InlineData("organization_id=abc")]
    [InlineData("full=misschien")]
    [InlineData("minimal=2")]
    [InlineData("format=xml")]
    [InlineData("postcode=Atlantis")]
    [InlineData("page=1&page=2")]
    public async Task A_bad_parameter_on_any_list_is_a_Dutch_400_in_JSON_and_never_a_500(string parameter)
    {
        using var client = fixture.Factory.CreateClient();
        foreach (var lijst in new[] { "services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms" })
        {
            using var antwoord = await client.GetAsync($"/api/hsds/{lijst}?{parameter}");
            var status = (int)antwoord.StatusCode;

            Assert.True(status is 200 or 400, $"{lijst}?{parameter}: {status}");
            Assert.Equal("*", antwoord.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
            if (status == 400)
            {
                var fout = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
                Assert.Equal(400, fout["status"]!.GetValue<int>());
                Assert.False(string.IsNullOrWhiteSpace(fout["message"]!.GetValue<string>()));
            }
        }

        // The lists that have the parameter refuse a bad value of it.
        using var services = await client.GetAsync($"/api/hsds/service_at_locations?{parameter}");
        Assert.Equal(HttpStatusCode.BadRequest, services.StatusCode);
    }

    [Theory]
    [InlineData("services")]
    [InlineData("organizations")]
    [InlineData("service_at_locations")]
    [InlineData("taxonomies")]
    [InlineData("taxonomy_terms")]
    public async Task An_unknown_or_malformed_id_is_a_JSON_404(string lijst)
    {
        using var client = fixture.Factory.CreateClient();
        foreach (var id in new[] { Guid.NewGuid().ToString(), "abc", "1' OR '1'='1", new string('x', 500) })
        {
            using var antwoord = await client.GetAsync($"/api/hsds/{lijst}/{Uri.EscapeDataString(id)}");

            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            var fout = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
            Assert.Equal(404, fout["status"]!.GetValue<int>());
            Assert.Contains(id.Length > 60 ? id[..60] : id, fout["message"]!.GetValue<string>());
        }

        using var onbekend = await client.GetAsync("/api/hsds/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Equal("application/json", onbekend.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_client_with_the_current_copy_gets_304_until_the_map_changes()
    {
        using var client = fixture.Factory.CreateClient();
        const string adres = "/api/hsds/organizations?per_page=3";
        using var eerste = await client.GetAsync(adres);
        var etag = eerste.Headers.ETag!;
        var gewijzigd = eerste.Content.Headers.LastModified!.Value;

        using var metEtag = new HttpRequestMessage(HttpMethod.Get, adres) { Headers = { IfNoneMatch = { etag } } };
        using var nogGoed = await client.SendAsync(metEtag);
        using var metDatum = new HttpRequestMessage(HttpMethod.Get, adres) { Headers = { IfModifiedSince = gewijzigd } };
        using var nogGoedVolgensDatum = await client.SendAsync(metDatum);
        using var andereVraag = new HttpRequestMessage(HttpMethod.Get, adres + "&page=2") { Headers = { IfNoneMatch = { etag } } };
        using var anderAntwoord = await client.SendAsync(andereVraag);

        Assert.Equal(HttpStatusCode.NotModified, nogGoed.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, nogGoedVolgensDatum.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anderAntwoord.StatusCode);

        await fixture.Factory.WithDbAsync(async db =>
        {
            var organisatie = await db.Organisaties.OrderBy(o => o.Naam).FirstAsync();
            organisatie.Beschrijving += " Gewijzigd.";
            return await db.SaveChangesAsync();
        });
        using var naWijziging = new HttpRequestMessage(HttpMethod.Get, adres) { Headers = { IfNoneMatch = { etag } } };
        using var nieuw = await client.SendAsync(naWijziging);
        Assert.Equal(HttpStatusCode.OK, nieuw.StatusCode);
        Assert.NotEqual(etag, nieuw.Headers.ETag);
    }

    [Fact]
    public async Task Too_many_requests_get_a_429_in_JSON()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), new Dictionary<string, string?> { ["RateLimits:ApiPerMinuut"] = "3" })
        {
            RemoteIp = IPAddress.Parse("203.0.113.9"),
        };
        using var client = factory.CreateClient();
        var statussen = new List<HttpStatusCode>();
        HttpResponseMessage? laatste = null;
        for (var i = 0; i < 4; i++)
        {
            laatste?.Dispose();
            laatste = await client.GetAsync("/api/hsds/taxonomies");
            statussen.Add(laatste.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statussen);
        Assert.Equal("application/json", laatste!.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, JsonNode.Parse(await laatste.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
        Assert.Equal("*", laatste.Headers.GetValues("Access-Control-Allow-Origin").Single());
        laatste.Dispose();
    }

    private static async Task Lijst(HttpClient client, string adres, JsonSchema schema)
    {
        var pagina = await JsonAsync(client, adres);
        Schemas.Valideer(Schemas.Pagina, pagina);
        var contents = pagina["contents"]!.AsArray();
        Assert.NotEmpty(contents);
        Assert.All(contents, item => Schemas.Valideer(schema, item!));
    }

    public static async Task<JsonNode> JsonAsync(HttpClient client, string adres)
    {
        using var antwoord = await client.GetAsync(adres);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{adres}: {(int)antwoord.StatusCode} {tekst}");
        Assert.Equal("*", antwoord.Headers.GetValues("Access-Control-Allow-Origin").Single());
        return JsonNode.Parse(tekst)!;
    }

    public static async Task<List<JsonNode>> NdjsonAsync(HttpClient client, string adres)
    {
        using var antwoord = await client.GetAsync(adres);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/x-ndjson", antwoord.Content.Headers.ContentType?.MediaType);
        return [.. (await antwoord.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => JsonNode.Parse(r)!)];
    }
}

/// <summary>The compiled schemas of HSDS 3.1 (Fixtures/hsds, copied from the reference; see docs/api.md).</summary>
public static class Schemas
{
    public static readonly JsonSchema Organisatie = Laad("organization.json");
    public static readonly JsonSchema OrganisatieLijst = Laad("organization_list.json");
    public static readonly JsonSchema Service = Laad("service.json");
    public static readonly JsonSchema ServiceLijst = Laad("service_list.json");
    public static readonly JsonSchema Plek = Laad("service_at_location.json");
    public static readonly JsonSchema PlekLijst = Laad("service_at_location_list.json");

    /// <summary>The reference has no compiled file of its own for these: they are the nested definitions in service.json.</summary>
    public static readonly JsonSchema Term = Bouw(Bestand("service.json")["properties"]!["attributes"]!["items"]!["properties"]!["taxonomy_term"]!);
    public static readonly JsonSchema Taxonomie = Bouw(Bestand("service.json")["properties"]!["attributes"]!["items"]!["properties"]!["taxonomy_term"]!["properties"]!["taxonomy_detail"]!);

    /// <summary>The Page object of openapi.json, with every field required.</summary>
    public static readonly JsonSchema Pagina = Bouw(Pagina2());

    public static void Valideer(JsonSchema schema, JsonNode json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        var resultaat = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(resultaat.IsValid, string.Join("\n", (resultaat.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}").Prepend(json.ToJsonString()[..Math.Min(400, json.ToJsonString().Length)])));
    }

    private static JsonNode Pagina2()
    {
        var pagina = JsonNode.Parse(File.ReadAllText(Pad("openapi.json")))!["components"]!["schemas"]!["Page"]!.DeepClone();
        pagina["required"] = new JsonArray([.. pagina["properties"]!.AsObject().Select(p => (JsonNode)p.Key)]);
        return pagina;
    }

    private static JsonNode Bestand(string naam) => JsonNode.Parse(File.ReadAllText(Pad(naam)))!;

    private static JsonSchema Laad(string naam) => Bouw(Bestand(naam));

    private static JsonSchema Bouw(JsonNode schema)
    {
        using var document = JsonDocument.Parse(schema.ToJsonString());
        // The compiled schemas carry Table Schema keywords (name, constraints, datapackage_metadata) besides JSON Schema's.
        var dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true);
        return JsonSchema.Build(document.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = dialect });
    }

    private static string Pad(string naam) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "hsds", naam);
}
