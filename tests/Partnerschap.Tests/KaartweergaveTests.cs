using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>
/// The map view of /sociale-kaart as the server sends it: the positions on the result cards, Leaflet served by the
/// portal, and a CSP that lets in images from the configured tile server and from no other. The map itself is in
/// Browser/KaartweergaveBrowserTests.
/// </summary>
public sealed class KaartweergaveTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    private const string OpenStreetMap = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    [Fact]
    public async Task A_result_with_an_address_carries_the_position_of_that_address_on_its_card()
    {
        var (status, page, _) = await kaart.ZoekAsync("?q=sleutel");
        var card = page.QuerySelectorAll(".treffer").Single(t => t.QuerySelector(".treffer-naam")!.TextContent.Trim() == "Huiswerkklas De Sleutel");
        var locatie = await kaart.Factory.WithDbAsync(async db =>
            (await db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == "huiswerkklas-de-sleutel")).Locaties[0]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(locatie.Latitude, double.Parse(card.GetAttribute("data-lat")!, CultureInfo.InvariantCulture));
        Assert.Equal(locatie.Longitude, double.Parse(card.GetAttribute("data-lon")!, CultureInfo.InvariantCulture));
        Assert.NotNull(page.QuerySelector("[data-kaartweergave][hidden] button[data-weergave='kaart'][aria-pressed='false']"));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/leaflet/leaflet.js?v='][defer]"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/kaartweergave.js?v='][defer]"));
        Assert.NotNull(page.QuerySelector("link[rel='stylesheet'][href^='/lib/leaflet/leaflet.css?v=']"));
    }

    [Fact]
    public async Task A_service_without_address_gets_no_position_and_the_map_says_it_is_not_on_it()
    {
        var (_, page, namen) = await kaart.ZoekAsync("?gemeente=Gent");
        var zonder = page.QuerySelectorAll(".treffer").Where(t => !t.HasAttribute("data-lat")).ToList();

        Assert.Contains("Kinderarmoedelijn", namen);
        Assert.Contains(zonder, t => t.QuerySelector(".treffer-naam")!.TextContent.Trim() == "Kinderarmoedelijn");
        Assert.All(zonder, t => Assert.False(t.HasAttribute("data-lon")));
        Assert.Contains(page.QuerySelectorAll(".treffer"), t => t.HasAttribute("data-lat"));
        var hint = page.Text("[data-kaart-uitleg]");
        Assert.Contains(zonder.Count == 1 ? "1 resultaat heeft geen adres en staat niet op de kaart" : $"{zonder.Count} resultaten hebben geen adres", hint);
    }

    [Fact]
    public async Task A_page_whose_results_have_no_address_offers_no_map_and_loads_no_Leaflet()
    {
        var (_, page, namen) = await kaart.ZoekAsync("?q=kinderarmoedelijn");

        Assert.Equal(["Kinderarmoedelijn"], namen);
        Assert.Null(page.QuerySelector("[data-kaartweergave]"));
        Assert.Null(page.QuerySelector("script[src*='leaflet']"));
        using var client = kaart.Factory.CreateClient();
        var home = await Html.ParseAsync(await client.GetAsync("/"));
        Assert.Null(home.QuerySelector("script[src*='leaflet'], link[href*='leaflet']"));
    }

    [Fact]
    public async Task The_CSP_allows_images_from_the_Flemish_basemap_by_default_and_from_no_other_host()
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync("/sociale-kaart?q=sleutel");
        var page = await Html.ParseAsync(response);

        Assert.Equal("img-src 'self' data: https://geo.api.vlaanderen.be", Directive(response, "img-src"));
        Assert.Equal("connect-src 'self'", Directive(response, "connect-src"));
        Assert.StartsWith("https://geo.api.vlaanderen.be/GRB/wmts?", page.QuerySelector("[data-kaartweergave]")!.GetAttribute("data-tegels"));
        Assert.Equal("© Digitaal Vlaanderen", page.QuerySelector("[data-kaartweergave]")!.GetAttribute("data-attributie"));
    }

    [Fact]
    public async Task Another_tile_server_in_the_settings_moves_the_CSP_and_the_page_along_with_it()
    {
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Kaartweergave:TegelUrl"] = OpenStreetMap,
            ["Kaartweergave:Attributie"] = "© OpenStreetMap-bijdragers",
            ["Kaartweergave:AttributieUrl"] = "https://www.openstreetmap.org/copyright",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal("img-src 'self' data: https://tile.openstreetmap.org", Directive(response, "img-src"));
        Assert.DoesNotContain("vlaanderen", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        // Tiles from the portal itself (behind the same proxy): 'self' is enough, no host is added.
        await using var eigen = new PortalFactory(settings: new Dictionary<string, string?> { ["Kaartweergave:TegelUrl"] = "/tegels/{z}/{x}/{y}.png" });
        using var eigenClient = eigen.CreateClient();
        using var eigenResponse = await eigenClient.GetAsync("/");
        Assert.Equal("img-src 'self' data:", Directive(eigenResponse, "img-src"));
    }

    [Theory]
    [InlineData("http://tiles.example.org/{z}/{x}/{y}.png", "geen https-adres")]
    [InlineData("https://tiles.example.org/kaart.png", "mist {z}, {x} of {y}")]
    [InlineData("//tiles.example.org/{z}/{x}/{y}.png", "geen https-adres")]
    public void A_tile_address_the_map_cannot_use_stops_the_portal_at_start_with_a_Dutch_message(string url, string melding)
    {
        using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Kaartweergave:TegelUrl"] = url });

        var fout = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(melding, (fout.InnerException ?? fout).Message, StringComparison.Ordinal);
        Assert.Contains("Kaartweergave:TegelUrl", (fout.InnerException ?? fout).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_serves_the_Leaflet_files_itself_in_the_version_package_json_pins()
    {
        var web = Repository.WebProject;
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(web, "package.json")));
        var versie = manifest.RootElement.GetProperty("dependencies").GetProperty("leaflet").GetString()!;
        using var lockfile = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(web, "package-lock.json")));
        var leaflet = await File.ReadAllTextAsync(Path.Combine(web, "wwwroot", "lib", "leaflet", "leaflet.js"));

        Assert.Matches(@"^\d+\.\d+\.\d+$", versie); // pinned, no range
        Assert.Equal(versie, lockfile.RootElement.GetProperty("packages").GetProperty("node_modules/leaflet").GetProperty("version").GetString());
        Assert.Contains($"Leaflet {versie},", leaflet[..200], StringComparison.Ordinal);
        Assert.Contains($"# Leaflet {versie}", await File.ReadAllTextAsync(Path.Combine(web, "wwwroot", "lib", "leaflet", "README.md")), StringComparison.Ordinal);

        using var client = kaart.Factory.CreateClient();
        foreach (var pad in new[] { "/lib/leaflet/leaflet.js", "/lib/leaflet/leaflet.css", "/lib/leaflet/images/marker-icon.png", "/js/kaartweergave.js" })
        {
            using var response = await client.GetAsync(pad);
            Assert.True(response.StatusCode == HttpStatusCode.OK, pad);
        }
    }

    private static string Directive(HttpResponseMessage response, string naam) =>
        string.Join(";", response.Headers.GetValues("Content-Security-Policy")).Split(';').Select(d => d.Trim()).Single(d => d.StartsWith(naam + " ", StringComparison.Ordinal));
}
