using System.Net;
using System.Text.Json;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

public sealed class ProfielTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    [Fact]
    public async Task An_organisation_profile_shows_the_school_contact_first_and_everything_else_in_plain_Dutch()
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync("/organisaties/huiswerkklas-de-sleutel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Huiswerkklas De Sleutel", page.Text("h1"));
        Assert.Contains("scholen.desleutel@example.org", page.Text(".aanspreekpunt"));
        Assert.Contains("Kom langs zonder afspraak.", page.Text("main"));
        Assert.Contains("Kerkstraat 5", page.Text(".locatie"));
        Assert.Contains("Basisschool De Regenboog", page.Text(".samenwerkingen"));
        Assert.Null(page.QuerySelector(".melding-let-op")); // checked recently
        var themaLinks = page.QuerySelectorAll(".labels a, .vormen a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sociale-kaart?aanleiding=drempels-onderwijs", themaLinks);
        Assert.Contains("/sociale-kaart?vorm=toeleiding", themaLinks);
        Assert.StartsWith("https://www.openstreetmap.org/", page.QuerySelector(".locatie a[rel~='external']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_profile_carries_schema_org_data_that_cannot_break_out_of_its_block()
    {
        using var client = kaart.Factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync("/organisaties/huiswerkklas-de-sleutel"));

        var block = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(block);
        Assert.Equal("Organization", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Huiswerkklas De Sleutel", json.RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain("<", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_and_stale_profile_says_so_at_the_top()
    {
        using var client = kaart.Factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync("/organisaties/speelpleinwerking-zomerzon"));

        Assert.Contains("Tijdelijk gesloten", page.Text(".banner"));
        Assert.Contains("Niet recent gecontroleerd", page.Text(".melding-let-op"));
        Assert.Contains("1 mei 2024", page.Text(".melding-let-op"));
    }

    [Fact]
    public async Task A_region_wide_service_without_address_says_where_it_works()
    {
        using var client = kaart.Factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync("/organisaties/kinderarmoedelijn"));

        Assert.Contains("Geen adres om langs te gaan", page.Text("main"));
        Assert.Contains("Heel Vlaanderen", page.Text("main"));
    }

    [Fact]
    public async Task School_and_brugfiguur_profiles_link_both_ways()
    {
        using var client = kaart.Factory.CreateClient();
        var school = await Html.ParseAsync(await client.GetAsync("/scholen/basisschool-de-regenboog"));
        Assert.Contains("zorg.regenboog@example.org", school.Text("main"));
        Assert.Equal("/organisaties/clb-gent-demo", school.QuerySelector("a[href^='/organisaties/clb']")!.GetAttribute("href"));
        Assert.Contains("Huiswerkklas De Sleutel", school.Text(".samenwerkingen"));
        var brugLink = school.QuerySelector("a[href^='/brugfiguren/']")!.GetAttribute("href")!;

        var brugfiguur = await Html.ParseAsync(await client.GetAsync(brugLink));
        Assert.Equal("Brugfiguur", brugfiguur.Text("h1"));
        Assert.Contains("niet met naam", brugfiguur.Text("main"));
        Assert.Contains("Basisschool De Regenboog", brugfiguur.Text("main"));
    }

    [Theory]
    [InlineData("/organisaties/bestaat-niet")]
    [InlineData("/scholen/bestaat-niet")]
    [InlineData("/brugfiguren/bestaat-niet")]
    public async Task An_unknown_profile_is_a_Dutch_404(string path)
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Deze pagina bestaat niet", (await Html.ParseAsync(response)).Text("h1"));
    }

    [Fact]
    public async Task The_doorverwijslijst_lives_in_a_cookie_prints_what_a_parent_needs_and_can_be_shared_by_ids_only()
    {
        using var client = kaart.Factory.CreateClient();

        using var added = await Html.SubmitAsync(client, "/organisaties/huiswerkklas-de-sleutel", "/doorverwijslijst/toevoegen",
            new Dictionary<string, string>
            {
                ["id"] = (await Html.ParseAsync(await client.GetAsync("/organisaties/huiswerkklas-de-sleutel"))).QuerySelector(".doorverwijs-knop input[name=id]")!.GetAttribute("value")!,
                ["terug"] = "/organisaties/huiswerkklas-de-sleutel",
            });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(added.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-doorverwijslijst=o", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var lijst = await Html.ParseAsync(await client.GetAsync("/doorverwijslijst"));
        Assert.Equal("Huiswerkklas De Sleutel", lijst.Text(".doorverwijzingen h2"));
        Assert.Contains("Kerkstraat 5", lijst.Text(".doorverwijzingen"));
        Assert.Contains("Kom langs zonder afspraak.", lijst.Text(".doorverwijzingen"));
        var deelLink = new Uri(lijst.QuerySelector("#deellink")!.GetAttribute("value")!).PathAndQuery;
        Assert.Matches("^/doorverwijslijst\\?ids=o:[0-9a-f]{32}$", deelLink);

        using var anderToestel = kaart.Factory.CreateClient();
        var gedeeld = await Html.ParseAsync(await anderToestel.GetAsync(deelLink));
        Assert.Equal("Huiswerkklas De Sleutel", gedeeld.Text(".doorverwijzingen h2"));
        var leeg = await Html.ParseAsync(await anderToestel.GetAsync("/doorverwijslijst"));
        Assert.Empty(leeg.QuerySelectorAll(".doorverwijzingen li"));
    }

    [Theory]
    [InlineData("/doorverwijslijst/toevoegen", "x:123")]
    [InlineData("/doorverwijslijst/verwijderen", "")]
    public async Task A_bad_doorverwijslijst_request_is_a_400(string action, string id)
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await Html.SubmitAsync(client, "/organisaties/huiswerkklas-de-sleutel", action, new Dictionary<string, string> { ["id"] = id });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
