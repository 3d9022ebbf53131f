using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using nietras.SeparatedValues;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>/open-data: what is offered, under which licence, and the HSDS datapackage built from the API's mapping.</summary>
public sealed class OpenDataTests(OpenDataTests.Fixture fixture) : IClassFixture<OpenDataTests.Fixture>
{
    public sealed class Fixture : KaartFixture
    {
        protected override PortalFactory CreateFactory(string databasePath) => new(databasePath, new Dictionary<string, string?>
        {
            ["OpenData:Eigenaar"] = "Stad Voorbeeldstad",
            ["OpenData:Licentie"] = "CC BY 4.0",
        });

        protected override Task SeedAsync() => HsdsApiTests.Fixture.MetAdresAsync(Factory);
    }

    [Fact]
    public async Task The_page_says_what_is_offered_under_which_licence_and_whose_data_it_is()
    {
        using var client = fixture.Factory.CreateClient();

        var thuis = await Html.ParseAsync(await client.GetAsync("/"));
        var pagina = await Html.ParseAsync(await client.GetAsync(thuis.QuerySelector("footer a[href='/open-data']")!.GetAttribute("href")));

        Assert.Equal("nl", pagina.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Open data", pagina.QuerySelector("h1")!.TextContent.Trim());
        var tekst = pagina.QuerySelector("main")?.TextContent ?? pagina.Body!.TextContent;
        Assert.Contains("Stad Voorbeeldstad", tekst);
        Assert.Contains("https://partnerschap.test/api/hsds/", tekst);
        Assert.NotNull(pagina.QuerySelector("a[rel~=license][href='https://creativecommons.org/licenses/by/4.0/deed.nl']"));
        Assert.NotNull(pagina.QuerySelector("a[href='/open-data/hsds-datapackage.zip']"));
        Assert.Contains("OpenStreetMap", tekst);
        Assert.Contains("aanleiding", pagina.QuerySelector("#profiel")!.ParentElement!.TextContent);
        using var licentie = await client.GetAsync("/api/hsds/HSDS-LICENSE.txt");
        Assert.Equal(HttpStatusCode.OK, licentie.StatusCode);
    }

    [Fact]
    public async Task The_datapackage_lists_the_CSVs_it_holds_and_their_rows_are_what_the_API_gives()
    {
        using var client = fixture.Factory.CreateClient();

        using var antwoord = await client.GetAsync("/open-data/hsds-datapackage.zip");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/zip", antwoord.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await antwoord.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var descriptor = JsonNode.Parse(Lees(zip, "datapackage.json"))!;
        Assert.Equal("tabular-data-package", descriptor["profile"]!.GetValue<string>());
        Assert.Equal("CC BY 4.0", descriptor["licenses"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Stad Voorbeeldstad", descriptor["contributors"]![0]!["title"]!.GetValue<string>());
        var resources = descriptor["resources"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(zip.Entries.Select(e => e.FullName).Where(n => n != "datapackage.json").Order(), resources.Select(r => r["path"]!.GetValue<string>()).Order());
        foreach (var resource in resources)
        {
            var velden = resource["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
            Assert.Equal(velden, Lees(zip, resource["path"]!.GetValue<string>()).Split('\n')[0].TrimEnd('\r').Split(','));
        }

        Assert.Contains("service_at_location.csv", resources.Select(r => r["path"]!.GetValue<string>()));
        var organisaties = await HsdsApiTests.JsonAsync(client, "/api/hsds/organizations?per_page=100");
        Assert.Equal(Rijen(organisaties, "id", "name", "email"), Csv(zip, "organizations.csv", "id", "name", "email"));
        var diensten = await HsdsApiTests.JsonAsync(client, "/api/hsds/services?per_page=100");
        Assert.Equal(Rijen(diensten, "id", "organization_id", "name", "status"), Csv(zip, "services.csv", "id", "organization_id", "name", "status"));
        var plekken = await HsdsApiTests.JsonAsync(client, "/api/hsds/service_at_locations?per_page=100");
        Assert.Equal(Rijen(plekken, "id", "service_id", "location_id"), Csv(zip, "service_at_location.csv", "id", "service_id", "location_id"));
        var termen = Csv(zip, "taxonomy_terms.csv", "id").Select(r => r[0]).ToHashSet();
        Assert.All(Csv(zip, "attributes.csv", "taxonomy_term_id"), r => Assert.Contains(r[0], termen));
    }

    private static List<string[]> Rijen(JsonNode pagina, params string[] velden) =>
        [.. pagina["contents"]!.AsArray().Select(i => velden.Select(v => i![v]?.GetValue<string>() ?? "").ToArray()).OrderBy(r => r[0], StringComparer.Ordinal)];

    private static List<string[]> Csv(ZipArchive zip, string bestand, params string[] velden)
    {
        using var reader = Sep.Reader().FromText(Lees(zip, bestand));
        var rijen = new List<string[]>();
        foreach (var rij in reader)
        {
            var waarden = new string[velden.Length];
            for (var i = 0; i < velden.Length; i++)
            {
                waarden[i] = rij[velden[i]].ToString();
            }

            rijen.Add(waarden);
        }

        return [.. rijen.OrderBy(r => r[0], StringComparer.Ordinal)];
    }

    private static string Lees(ZipArchive zip, string naam)
    {
        using var stream = zip.GetEntry(naam)!.Open();
        return new StreamReader(stream).ReadToEnd();
    }
}
