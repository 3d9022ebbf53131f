using System.Net;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Features.Organisaties;

namespace Partnerschap.Tests;

/// <summary>The printable fiche of an organisation (/organisaties/{slug}/fiche): what a parent takes home on paper.</summary>
public sealed class FicheTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    [Fact]
    public async Task The_profile_links_to_its_fiche_with_contact_access_and_the_address_of_the_current_data()
    {
        using var client = kaart.Factory.CreateClient();
        var profiel = await Html.ParseAsync(await client.GetAsync("/organisaties/huiswerkklas-de-sleutel"));
        var link = profiel.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Fiche om af te drukken")).GetAttribute("href");
        Assert.Equal("/organisaties/huiswerkklas-de-sleutel/fiche", link);

        using var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fiche = await Html.ParseAsync(response);
        Assert.Equal("Huiswerkklas De Sleutel", fiche.Text(".fiche h1"));
        Assert.Contains("Kerkstraat 5", fiche.Text(".fiche"));
        Assert.Contains("Hoe krijg je hulp?", fiche.Text(".fiche"));
        Assert.EndsWith("/organisaties/huiswerkklas-de-sleutel", fiche.Text(".fiche-adres"));
        Assert.StartsWith("http", fiche.Text(".fiche-adres"));
        Assert.Contains("Afgedrukt op", fiche.Text(".fiche-voet"));
        // Nothing to click on paper: no buttons or forms inside the fiche.
        Assert.Empty(fiche.QuerySelectorAll(".fiche form, .fiche button"));
    }

    [Fact]
    public async Task An_unknown_organisation_has_no_fiche()
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync("/organisaties/bestaat-niet/fiche");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Kort blijft kort.", 20, "Kort blijft kort.")]
    [InlineData("Een lange zin met veel woorden erin", 20, "Een lange zin met…")]
    [InlineData("Eenheelwoordzonderspatiesdatnietophoudt", 10, "Eenheelwo…")]
    public void Long_texts_are_cut_at_a_word(string tekst, int max, string verwacht)
    {
        var kort = OrganisatieFiche.Kort(tekst, max);
        Assert.Equal(verwacht, kort);
        Assert.True(kort.Length <= max);
    }
}
