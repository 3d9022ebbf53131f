using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>Putting organisations from the results on the referral sheet, with and without JavaScript.</summary>
public sealed class DoorverwijslijstTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    private const string Zoeken = "/sociale-kaart?q=huiswerk&gemeente=9050&aanleiding=drempels-onderwijs";

    /// <summary>The id and return address of the first result's "zet op mijn doorverwijslijst" form, as the page has them.</summary>
    private static async Task<Dictionary<string, string>> KnopAsync(HttpClient client, string pagina = Zoeken)
    {
        var page = await Html.ParseAsync(await client.GetAsync(pagina));
        var form = page.QuerySelector(".treffer form[action='/doorverwijslijst/toevoegen']")!;
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, Dictionary<string, string> velden, bool json = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(velden) };
        if (json)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Without_script_adding_returns_to_the_same_search_at_the_card_that_was_added()
    {
        using var client = kaart.Factory.CreateClient();
        var velden = await KnopAsync(client);
        Assert.Equal(Zoeken, velden["terug"]);

        using var response = await PostAsync(client, "/doorverwijslijst/toevoegen", velden);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var anker = "o-" + Guid.Parse(velden["id"][2..]).ToString("N");
        Assert.Equal(Zoeken + "#" + anker, response.Headers.Location!.OriginalString);
        // Back on the search, that card says it is on the list and offers to take it off again.
        var page = await Html.ParseAsync(await client.GetAsync(Zoeken));
        var card = page.GetElementById(anker)!;
        Assert.Null(card.QuerySelector("form[action='/doorverwijslijst/toevoegen']"));
        var weghalen = card.QuerySelector("form[action='/doorverwijslijst/verwijderen']")!;
        Assert.False(weghalen.QuerySelector(".op-lijst-tekst")!.HasAttribute("hidden"));
        Assert.Equal("Haal weg", weghalen.QuerySelector("button")!.TextContent);
        Assert.Equal(velden["id"], weghalen.QuerySelector("input[name=id]")!.GetAttribute("value"));
        Assert.Contains("Doorverwijslijst (1)", page.Text(".hoofdmenu"));
    }

    [Fact]
    public async Task A_return_address_elsewhere_is_not_followed()
    {
        using var client = kaart.Factory.CreateClient();
        var velden = await KnopAsync(client);
        velden["terug"] = "//evil.example/sociale-kaart";

        using var response = await PostAsync(client, "/doorverwijslijst/toevoegen", velden);

        Assert.Equal("/doorverwijslijst", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task With_script_adding_and_removing_answer_the_new_state_as_JSON_without_a_redirect()
    {
        using var client = kaart.Factory.CreateClient();
        var velden = await KnopAsync(client);

        using var toegevoegd = await PostAsync(client, "/doorverwijslijst/toevoegen", velden, json: true);
        Assert.Equal(HttpStatusCode.OK, toegevoegd.StatusCode);
        var staat = JsonDocument.Parse(await toegevoegd.Content.ReadAsStringAsync()).RootElement;
        Assert.True(staat.GetProperty("opLijst").GetBoolean());
        Assert.Equal(1, staat.GetProperty("aantal").GetInt32());
        Assert.Equal("Toegevoegd aan je doorverwijslijst.", staat.GetProperty("melding").GetString());

        // No message left behind for the next page: the script already said it.
        var lijst = await Html.ParseAsync(await client.GetAsync("/doorverwijslijst"));
        Assert.Null(lijst.QuerySelector(".melding-ok"));
        Assert.Single(lijst.QuerySelectorAll(".doorverwijzingen > li"));

        using var weg = await PostAsync(client, "/doorverwijslijst/verwijderen", velden, json: true);
        var na = JsonDocument.Parse(await weg.Content.ReadAsStringAsync()).RootElement;
        Assert.False(na.GetProperty("opLijst").GetBoolean());
        Assert.Equal(0, na.GetProperty("aantal").GetInt32());
    }

    [Fact]
    public async Task A_full_list_says_so_with_and_without_script()
    {
        using var client = kaart.Factory.CreateClient();
        var vol = string.Join(',', Enumerable.Range(0, 25).Select(_ => $"o:{Guid.NewGuid():N}"));
        using (var bewaard = await Html.SubmitAsync(client, Zoeken, "/doorverwijslijst/bewaren", new Dictionary<string, string> { ["ids"] = vol }))
        {
            Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);
        }

        var velden = await KnopAsync(client);
        using var json = await PostAsync(client, "/doorverwijslijst/toevoegen", velden, json: true);
        Assert.Equal(HttpStatusCode.Conflict, json.StatusCode);
        Assert.Contains("vol (25 items)", JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("melding").GetString());

        using var zonderScript = await PostAsync(client, "/doorverwijslijst/toevoegen", velden);
        Assert.Equal("/doorverwijslijst", zonderScript.Headers.Location!.OriginalString);
        var lijst = await Html.ParseAsync(await client.GetAsync("/doorverwijslijst"));
        Assert.Contains("Je doorverwijslijst is vol (25 items)", lijst.Text(".melding"));
    }

    [Fact]
    public async Task The_list_page_has_an_absolute_share_link_on_the_public_address_and_todays_date()
    {
        using var client = kaart.Factory.CreateClient();
        using (await PostAsync(client, "/doorverwijslijst/toevoegen", await KnopAsync(client)))
        {
        }

        var page = await Html.ParseAsync(await client.GetAsync("/doorverwijslijst"));

        Assert.Matches("^https://partnerschap\\.test/doorverwijslijst\\?ids=o:[0-9a-f]{32}$", page.QuerySelector("#deellink")!.GetAttribute("value"));
        Assert.StartsWith("Lijst van ", page.Text(".afdruk-datum"));
        // The note field never goes to the server: no name, in no form.
        var notitie = page.QuerySelector("#notitie")!;
        Assert.Null(notitie.GetAttribute("name"));
        Assert.Null(notitie.Closest("form"));
        Assert.Contains("blijft op deze computer", page.Text(".notitie"));
    }
}
