using System.Net;
using AngleSharp.Dom;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Infrastructure.Plaatsen;
using Partnerschap.Web.Infrastructure.Seeding;

namespace Partnerschap.Tests;

/// <summary>The test map plus Fixtures/plaatsen.hsds.json: offers in the parts of merged gemeenten and in deelgemeenten.</summary>
public sealed class PlaatsenFixture : KaartFixture
{
    protected override IEnumerable<string> ExtraBestanden => ["plaatsen.hsds.json"];
}

/// <summary>A zorgcoördinator types a place the way people name it: a deelgemeente, a postcode, a French name, a merged gemeente.</summary>
public sealed class PlaatsZoekTests(PlaatsenFixture kaart) : IClassFixture<PlaatsenFixture>
{
    private Task<(HttpStatusCode Status, IDocument Page, List<string> Namen)> ZoekAsync(string query) => kaart.ZoekAsync(query);

    [Theory]
    [InlineData("Borgerhout", "voor Borgerhout (Antwerpen)", "Buurthuis Wilrijk")]
    [InlineData("Wilrijk", "voor Wilrijk (Antwerpen)", "Buurthuis Wilrijk")]
    [InlineData("2100+Deurne", "voor Deurne (Antwerpen)", "Buurthuis Wilrijk")]
    [InlineData("Sint-Amandsberg", "voor Sint-Amandsberg (Gent)", "Sociaal Huis Gent")]
    [InlineData("sint+amandsberg", "voor Sint-Amandsberg (Gent)", "Sociaal Huis Gent")]
    [InlineData("Moerzeke", "voor Moerzeke (Hamme)", "Kinderarmoedelijn")]
    [InlineData("9000+Gent", "voor Gent", "Sociaal Huis Gent")]
    [InlineData("Gent+9000", "voor Gent", "Sociaal Huis Gent")]
    [InlineData("Gand", "voor Gent", "Sociaal Huis Gent")]
    [InlineData("ANVERS", "voor Antwerpen", "Buurthuis Wilrijk")]
    [InlineData("Laken", "voor Laken (Brussel)", "Opvoedingswinkel Laken")]
    [InlineData("Laeken", "voor Laken (Brussel)", "Opvoedingswinkel Laken")]
    [InlineData("Elsene", "voor Elsene", null)]
    [InlineData("2140", "voor Borgerhout (Antwerpen)", "Buurthuis Wilrijk")]
    public async Task A_place_as_people_name_it_finds_who_serves_it(string gemeente, string titel, string? verwacht)
    {
        var (status, page, namen) = await ZoekAsync($"?gemeente={gemeente}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(titel, page.Text("#resultaten-titel"));
        if (verwacht is not null)
        {
            Assert.Contains(verwacht, namen);
        }
    }

    [Theory]
    [InlineData("Beveren-Kruibeke-Zwijndrecht")]
    [InlineData("beveren kruibeke zwijndrecht")]
    public async Task A_merged_gemeente_of_2025_finds_the_offer_of_every_former_gemeente_in_it(string gemeente)
    {
        var (status, page, namen) = await ZoekAsync($"?gemeente={gemeente}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Huiswerkhulp Beveren", namen);
        Assert.Contains("Speelotheek Kruibeke", namen);
        Assert.Contains("Jeugdhuis Zwijndrecht", namen);
        Assert.Contains("voor Beveren-Kruibeke-Zwijndrecht", page.Text("#resultaten-titel"));

        var (_, _, melle) = await ZoekAsync("?gemeente=Merelbeke-Melle");
        Assert.Contains("Buurtwerk De Kring", melle);
        Assert.Contains("Gezinshulp Melle", melle);
    }

    [Fact]
    public async Task A_distance_from_a_merged_gemeente_counts_from_the_nearest_of_its_parts()
    {
        // Zwijndrecht's and Beveren's addresses are each within a few km of their own centre, far from the other parts'.
        var (_, _, namen) = await ZoekAsync("?gemeente=Beveren-Kruibeke-Zwijndrecht&bereik=5");

        Assert.Contains("Huiswerkhulp Beveren", namen);
        Assert.Contains("Jeugdhuis Zwijndrecht", namen);
        Assert.Contains("Speelotheek Kruibeke", namen);
        Assert.DoesNotContain("Buurthuis Wilrijk", namen);
    }

    [Fact]
    public async Task A_distance_from_a_deelgemeente_counts_from_its_own_position()
    {
        var (_, page, namen) = await ZoekAsync("?gemeente=Wilrijk&bereik=5&sorteer=afstand");

        Assert.Equal("Buurthuis Wilrijk", namen[0]);
        Assert.Contains("0,0 km", page.QuerySelector(".treffer .treffer-meta")!.TextContent);
        Assert.DoesNotContain("Hygiëne-atelier De Zeep", namen); // Antwerpen 2060, about 7 km from Wilrijk
    }

    [Fact]
    public async Task An_imported_address_without_coordinates_lies_at_its_deelgemeente_not_at_the_centre_of_the_gemeente()
    {
        var (_, _, namen) = await ZoekAsync("?gemeente=Borgerhout&bereik=2");

        Assert.Contains("Jeugdwerk Borgerhout", namen); // 2140 Borgerhout, no coordinates in the file
        Assert.DoesNotContain("Hygiëne-atelier De Zeep", namen); // 2060 Antwerpen: the centre of Antwerpen, about 5 km
    }

    [Fact]
    public async Task An_ambiguous_place_asks_which_one_with_a_link_per_place_and_its_postcode()
    {
        var (status, page, namen) = await ZoekAsync("?q=huiswerk&gemeente=Deurne&aanleiding=kunst-sport-vrije-tijd");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("meerdere plaatsen", page.Text(".melding-let-op"));
        var keuzes = page.QuerySelectorAll(".melding-let-op .suggesties a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.Equal(["Deurne (2100, Antwerpen)", "Deurne (3290, Diest)"], keuzes.Keys.Order().ToList());
        Assert.Equal("/sociale-kaart?q=huiswerk&aanleiding=kunst-sport-vrije-tijd&gemeente=3290%20Deurne", keuzes["Deurne (3290, Diest)"]);

        var (gekozen, gekozenPage, _) = await ZoekAsync(keuzes["Deurne (3290, Diest)"][("/sociale-kaart".Length)..]);
        Assert.Equal(HttpStatusCode.OK, gekozen);
        Assert.Contains("voor Deurne (Diest)", gekozenPage.Text("#resultaten-titel"));
    }

    [Fact]
    public async Task A_misspelt_place_keeps_the_other_filters_and_offers_the_nearest_name_as_a_link()
    {
        var (status, page, _) = await ZoekAsync("?q=huiswerk&gemeente=Kortijk&bereik=10");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("geen gemeente", page.Text(".melding-let-op"));
        Assert.Contains("Bedoelde je", page.Text(".melding-let-op"));
        var link = page.QuerySelectorAll(".melding-let-op .suggesties a")[0];
        Assert.Equal("Kortrijk", link.TextContent.Trim());
        Assert.Equal("/sociale-kaart?q=huiswerk&gemeente=Kortrijk&bereik=10", link.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_place_without_anything_close_still_answers_without_suggestions()
    {
        var (status, page, _) = await ZoekAsync("?gemeente=Atlantis");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("geen gemeente", page.Text(".melding-let-op"));
        Assert.Empty(page.QuerySelectorAll(".suggesties a"));
    }
}

/// <summary>The lookup on its own, from the shipped seeds.</summary>
public sealed class PlaatsLookupTests
{
    private static readonly PlaatsLookup Plaatsen = new(
        GemeenteSeeder.Lees(GemeenteSeeder.DefaultPath),
        GemeenteSeeder.LeesDeelgemeenten(GemeenteSeeder.DeelgemeentenPath));

    [Theory]
    [InlineData("Borgerhout", "Borgerhout (Antwerpen)", 2)] // Antwerpen and Borsbeek since 2025
    [InlineData("2610", "Wilrijk (Antwerpen)", 2)]
    [InlineData("Merelbeke-Melle", "Merelbeke-Melle", 2)]
    [InlineData("Beveren-Kruibeke-Zwijndrecht", "Beveren-Kruibeke-Zwijndrecht", 3)]
    [InlineData("Courtrai", "Kortrijk", 1)]
    [InlineData("Saint-Nicolas", "Sint-Niklaas", 1)]
    [InlineData("Louvain", "Leuven", 1)] // French names of Flemish gemeenten (gemeenten.csv, naam_fr)
    [InlineData("Malines", "Mechelen", 1)]
    [InlineData("Ypres", "Ieper", 1)]
    [InlineData("Bourg-Léopold", "Leopoldsburg", 1)]
    [InlineData("Ixelles", "Elsene", 1)]
    [InlineData("Neder-Over-Heembeek", "Neder-Over-Heembeek (Brussel)", 1)]
    [InlineData("Sint-Jans-Molenbeek", "Sint-Jan-Molenbeek", 1)]
    [InlineData("1000", "Brussel", 1)]
    [InlineData("gent 9050", "Gent", 1)]
    [InlineData("44021", "Gent", 1)]
    public void Finds_a_place_with_its_name_and_the_gemeenten_it_serves(string tekst, string naam, int gemeenten)
    {
        var plaats = Plaatsen.Zoek(tekst).Plaats;

        Assert.NotNull(plaats);
        Assert.Equal(naam, plaats.Naam);
        Assert.Equal(gemeenten, plaats.Gemeenten.Count);
    }

    [Fact]
    public void A_deelgemeente_has_its_own_position_and_a_merged_gemeente_one_per_part()
    {
        var wilrijk = Plaatsen.Zoek("Wilrijk").Plaats!;
        var antwerpen = Plaatsen.Zoek("Antwerpen").Plaats!;

        Assert.Equal((51.16385, 4.38763), Assert.Single(wilrijk.Punten));
        Assert.NotEqual(antwerpen.Punten[0], wilrijk.Punten[0]);
        Assert.Equal(3, Plaatsen.Zoek("Beveren-Kruibeke-Zwijndrecht").Plaats!.Punten.Length);
    }

    [Fact]
    public void Ambiguous_and_unknown_places_come_with_choices()
    {
        var deurne = Plaatsen.Zoek("deurne");
        Assert.True(deurne.Dubbelzinnig);
        Assert.Equal(["2100 Deurne", "3290 Deurne"], deurne.Keuzes.Select(k => k.Invoer).ToList());

        Assert.Equal("Kortrijk", Plaatsen.Zoek("Kortijk").Keuzes[0].Tekst);
        Assert.Contains(Plaatsen.Zoek("Sint-Amandsbreg").Keuzes, k => k.Invoer == "Sint-Amandsberg");
        Assert.Null(Plaatsen.Zoek("Atlantis").Plaats);
        Assert.Null(Plaatsen.Zoek("5000").Plaats); // Namen: not Flanders or Brussels
    }

    [Theory]
    [InlineData("Wilrijk", "Antwerpen")]
    [InlineData("9040 Sint-Amandsberg", "Gent")]
    [InlineData("Gand", "Gent")]
    [InlineData("Merelbeke", "Merelbeke")]
    public void Forms_and_the_import_read_a_deelgemeente_as_the_gemeente_it_lies_in(string tekst, string gemeente) =>
        Assert.Equal(gemeente, Plaatsen.Gemeenten.Vind(tekst)?.Naam);

    [Theory]
    [InlineData("2610", null, 51.16385)] // Wilrijk
    [InlineData(null, "Borgerhout", 51.2103)]
    [InlineData("2000", "Antwerpen", 51.2453)] // the centre of the gemeente, as a search for "Antwerpen" measures
    [InlineData("2100", null, 51.21153)] // Deurne
    public void An_address_without_coordinates_is_put_at_its_deelgemeente(string? postcode, string? plaats, double latitude)
    {
        var antwerpen = Plaatsen.Gemeenten.OpNis("11002")!;
        Assert.Equal(latitude, Plaatsen.Gemeenten.Positie(antwerpen, postcode, plaats).Latitude, 4);
    }

    [Fact]
    public void Forms_and_the_import_do_not_guess_between_two_places_of_the_same_name() =>
        Assert.Null(Plaatsen.Gemeenten.Vind("Deurne"));

    [Theory]
    [InlineData("kortijk", "kortrijk", 1)]
    [InlineData("gnet", "gent", 1)]
    [InlineData("ostende", "oostende", 1)]
    [InlineData("abc", "xyz", 3)]
    public void The_edit_distance_counts_a_swap_of_neighbours_as_one(string a, string b, int afstand) =>
        Assert.Equal(afstand, Math.Min(PlaatsLookup.Bewerkingsafstand(a, b, 2), 3));
}
