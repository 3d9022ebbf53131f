using System.Net;
using AngleSharp.Dom;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>A result card holds what a zorgcoördinator needs to act: where, whom to call, which languages.</summary>
public sealed class ResultaatkaartTests(ResultaatkaartTests.Fixture kaart) : IClassFixture<ResultaatkaartTests.Fixture>
{
    /// <summary>The test map plus two organisations with the same name, one in Leuven and one in Gent.</summary>
    public sealed class Fixture : KaartFixture
    {
        protected override IEnumerable<string> ExtraBestanden => ["dubbele-namen.hsds.json"];
    }

    private static IElement Kaart(IDocument page, string naam) =>
        page.QuerySelectorAll(".treffer").Single(t => t.QuerySelector(".treffer-naam")!.TextContent.Trim() == naam);

    [Fact]
    public async Task A_card_shows_the_address_the_phone_as_a_link_the_aanspreekpunt_voor_scholen_and_the_languages()
    {
        var (status, page, _) = await kaart.ZoekAsync("?q=sleutel");
        var card = Kaart(page, "Huiswerkklas De Sleutel");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Kerkstraat 5, 9050 Gent", card.QuerySelector(".treffer-adres")!.TextContent.Trim());
        Assert.Equal("09 000 00 01", card.QuerySelector("a[href='tel:090000001']")!.TextContent.Trim());
        var aanspreekpunt = card.QuerySelector(".aanspreekpunt-kort")!;
        Assert.Contains("Contactpersoon scholen", aanspreekpunt.TextContent);
        Assert.NotNull(aanspreekpunt.QuerySelector("a[href='tel:090000002']"));
        Assert.NotNull(aanspreekpunt.QuerySelector("a[href='mailto:scholen.desleutel@example.org']"));
        Assert.Contains("Nederlands, Arabisch", card.QuerySelector(".treffer-gegevens")!.TextContent);
        Assert.Contains("Laatst gecontroleerd", card.TextContent);
    }

    [Fact]
    public async Task A_service_without_address_says_online_or_by_phone_and_where_it_works()
    {
        var (_, page, _) = await kaart.ZoekAsync("?q=kinderarmoedelijn");

        Assert.Equal("Online / telefonisch · voor heel Vlaanderen", Kaart(page, "Kinderarmoedelijn").QuerySelector(".treffer-adres")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_school_card_shows_its_address()
    {
        var (_, page, _) = await kaart.ZoekAsync("?soort=scholen&q=regenboog");

        Assert.Contains("Gent", page.QuerySelector(".treffer .treffer-adres")!.TextContent);
        Assert.Null(page.QuerySelector(".treffer .doorverwijs-knop"));
    }

    [Fact]
    public async Task Two_organisations_with_the_same_name_are_told_apart_by_their_address_also_in_the_link_name()
    {
        var (_, page, namen) = await kaart.ZoekAsync("?q=anker");

        Assert.Equal(["Huiswerkklas Het Anker", "Huiswerkklas Het Anker"], namen);
        var links = page.QuerySelectorAll(".treffer h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Huiswerkklas Het Anker, Tiensestraat 12, 3000 Leuven", links);
        Assert.Contains("Huiswerkklas Het Anker, Veldstraat 40, 9000 Gent", links);
        // A name that occurs once keeps a short link name.
        var (_, sleutel, _) = await kaart.ZoekAsync("?q=sleutel");
        Assert.Equal("Huiswerkklas De Sleutel", sleutel.QuerySelector(".treffer h3 a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Each_organisation_card_is_an_anchor_and_the_filters_fold_into_a_disclosure_that_counts_the_chosen_ones()
    {
        var (_, page, _) = await kaart.ZoekAsync("?q=huiswerk&aanleiding=drempels-onderwijs&taal=nl");

        Assert.All(page.QuerySelectorAll(".treffer"), t => Assert.Matches("^o-[0-9a-f]{32}$", t.Id));
        Assert.Equal("Verfijn · 2 actief", page.Text("details.filters > summary"));
        Assert.False(page.QuerySelector("details.filters")!.HasAttribute("open"));
        var (_, zonder, _) = await kaart.ZoekAsync("?q=huiswerk");
        Assert.Equal("Verfijn", zonder.Text("details.filters > summary"));
    }
}
