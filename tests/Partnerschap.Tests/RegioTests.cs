using System.Net;
using AngleSharp.Dom;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>
/// The regional picture on the small test map: Gent has two schools and organisations for every aanleiding; Leuven
/// and Merelbeke-Melle lack some; the Kinderarmoedelijn serves all of Flanders and the Provinciale Opvoedingslijn
/// all of Oost-Vlaanderen.
/// </summary>
public sealed class RegioTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    private async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(string pad)
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync(pad);
        return (response.StatusCode, await Html.ParseAsync(response));
    }

    /// <summary>An active organisation for one aanleiding whose werkingsgebied is one gemeente (of 2019, by NIS code).</summary>
    private static Organisatie Organisatie(string naam, string type, string aanleiding, string werktIn) => new()
    {
        Naam = naam,
        Slug = Slugs.From(naam),
        Type = type,
        Aanleidingen = [aanleiding],
        Werkingsgebied = [new Gebied { Soort = GebiedSoort.Gemeente, Code = werktIn }],
    };

    /// <summary>The cells of a gemeente's row in the table of /regio, after its name.</summary>
    private static List<string> Rij(IDocument page, string slug) =>
        [.. page.QuerySelectorAll($"#gemeente-{slug} td").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task The_19_Brussels_gemeenten_are_repeated_larger_for_the_eye_with_the_same_colours_and_out_of_the_tab_order()
    {
        var (_, page) = await GetAsync("/regio?aanleiding=hygiene-gezondheid");

        var inzet = page.QuerySelector("svg#regio-kaart-brussel")!;
        Assert.Equal("true", inzet.GetAttribute("aria-hidden"));
        var links = inzet.QuerySelectorAll("a").ToList();
        Assert.Equal(19, links.Count);
        Assert.All(links, a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        Assert.Contains(links, a => a.GetAttribute("href") == "/regio/elsene");
        foreach (var a in links)
        {
            var opDeKaart = page.QuerySelector($"svg#regio-kaart a[href='{a.GetAttribute("href")}'] path")!;
            Assert.Equal(opDeKaart.GetAttribute("class"), a.QuerySelector("path")!.GetAttribute("class"));
        }
    }

    [Fact]
    public async Task The_table_downloads_as_a_CSV_for_Excel_with_the_same_figures()
    {
        var (_, page) = await GetAsync("/regio");
        Assert.NotNull(page.QuerySelector("a[href='/regio/cijfers.csv']"));

        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync("/regio/cijfers.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var regels = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(';')).ToList();
        Assert.Equal(["Gemeente", "NIS-codes (2019)", "Provincie", "Scholen"], regels[0][..4]);
        Assert.Equal(1 + 304, regels.Count);

        var gent = regels.Single(r => r[0] == "Gent");
        var tabel = Rij(page, "gent");
        Assert.Equal(tabel[0], gent[3]);
        Assert.Equal(tabel[2..], gent[4..]);
        Assert.Equal(2, regels.Single(r => r[0] == "Merelbeke-Melle")[1].Split(' ').Length);
    }

    [Fact]
    public async Task The_map_has_one_linked_shape_per_gemeente_of_2025_and_every_link_opens_its_page()
    {
        var (status, page) = await GetAsync("/regio");

        Assert.Equal(HttpStatusCode.OK, status);
        var svg = page.QuerySelector("svg.regio-kaart")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        var links = svg.QuerySelectorAll("a").ToList();
        Assert.Equal(304, links.Count);
        Assert.All(links, a => Assert.Single(a.QuerySelectorAll("path")));
        Assert.All(links, a => Assert.StartsWith("M", a.QuerySelector("path")!.GetAttribute("d")));
        var hrefs = links.Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(304, hrefs.Distinct().Count());
        // The table has the same 304 gemeenten, with the same links.
        Assert.Equal(hrefs.Order(), page.QuerySelectorAll(".regio-tabel tbody th a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Contains("/regio/merelbeke-melle", hrefs);
        Assert.Contains("/regio/beveren-kruibeke-zwijndrecht", hrefs);
        Assert.DoesNotContain("/regio/melle", hrefs);

        using var client = kaart.Factory.CreateClient();
        foreach (var href in hrefs)
        {
            using var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Each_gemeente_on_the_map_says_its_name_and_figure_and_is_coloured_by_its_class()
    {
        var (_, page) = await GetAsync("/regio?aanleiding=drempels-onderwijs");

        // Gent: De Sleutel and the CLB for 2 schools (Huiswerkhuis Voorbij stopped: not on the kaart, not counted).
        var gent = page.QuerySelector("svg.regio-kaart a[href='/regio/gent']")!;
        Assert.Equal("Gent: 10,0 organisaties per 10 scholen", gent.GetAttribute("aria-label"));
        Assert.Equal("Gent: 10,0 organisaties per 10 scholen", gent.QuerySelector("title")!.TextContent);
        Assert.Matches("^regio-klasse-[2-5]$", gent.QuerySelector("path")!.GetAttribute("class"));
        var merelbeke = page.QuerySelector("svg.regio-kaart a[href='/regio/merelbeke-melle']")!;
        Assert.Equal("Merelbeke-Melle: geen scholen", merelbeke.GetAttribute("aria-label"));
        Assert.Equal("regio-klasse-0", merelbeke.QuerySelector("path")!.GetAttribute("class"));
        Assert.Equal("10,0", Rij(page, "gent")[1]);

        // The legend is HTML, with the class of "geen scholen".
        var legenda = page.QuerySelectorAll(".regio-legenda li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(legenda, l => l.StartsWith("Geen scholen", StringComparison.Ordinal));
        Assert.Contains(legenda, l => l.StartsWith("10,0", StringComparison.Ordinal));
        Assert.Contains("Statbel", page.Text("figcaption"));
        Assert.Equal("drempels-onderwijs", page.QuerySelector("#aanleiding option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_table_counts_schools_organisations_per_aanleiding_and_samenwerkingen_per_vorm_of_the_test_map()
    {
        var (_, page) = await GetAsync("/regio");

        // Scholen, kaart (financieel), six aanleidingen, four vormen. Gent: Sociaal Huis and CAW for financial needs; the
        // CAW and the provincial line for opvoeding; Zomerzon (temporarily closed, still on the kaart); the CLB; the
        // Kinderarmoedelijn; De Sleutel and the CLB for drempels (Voorbij stopped); one samenwerking (toeleiding) of
        // Basisschool De Regenboog.
        Assert.Equal(["2", "10,0", "2", "2", "1", "1", "1", "2", "1", "0", "0", "0"], Rij(page, "gent"));
        // Merelbeke-Melle: Buurtwerk De Kring (Merelbeke), the provincial line and the Kinderarmoedelijn.
        Assert.Equal(["0", "geen scholen", "0", "1", "1", "0", "1", "0", "0", "0", "0", "0"], Rij(page, "merelbeke-melle"));
        // Brussel is another region and province: only what serves it (nothing on the test map).
        Assert.Equal(["0", "geen scholen", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"], Rij(page, "brussel"));
    }

    [Fact]
    public async Task A_gemeente_lists_each_aanleiding_nobody_serves_with_a_search_that_shows_the_same_gap()
    {
        var (status, page) = await GetAsync("/regio/merelbeke-melle");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Merelbeke-Melle", page.Text("h1"));
        var hiaten = page.QuerySelectorAll(".hiaten li").Select(li => li.TextContent).ToList();
        Assert.Contains(hiaten, h => h.Contains("Geen aanbod voor hygiëne en gezondheid dat deze gemeente bedient.", StringComparison.Ordinal));
        Assert.Contains(hiaten, h => h.Contains("Geen aanbod voor drempels in het onderwijs dat deze gemeente bedient.", StringComparison.Ordinal));
        Assert.DoesNotContain(hiaten, h => h.Contains("kunst, sport en vrije tijd dat", StringComparison.Ordinal));
        Assert.DoesNotContain(hiaten, h => h.Contains("kinderarmoede dat", StringComparison.Ordinal));

        // The link searches exactly what the gap says: nobody in the werkingsgebied of Merelbeke-Melle.
        var zoek = page.QuerySelectorAll(".hiaten a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/sociale-kaart?gemeente=Merelbeke-Melle&aanleiding=hygiene-gezondheid", zoek);
        Assert.Contains("/sociale-kaart?gemeente=Merelbeke-Melle&aanleiding=hygiene-gezondheid&bereik=20", zoek);
        var (_, _, leeg) = await kaart.ZoekAsync("?gemeente=Merelbeke-Melle&aanleiding=hygiene-gezondheid");
        Assert.Empty(leeg);
        var (_, _, kunst) = await kaart.ZoekAsync("?gemeente=Merelbeke-Melle&aanleiding=kunst-sport-vrije-tijd");
        Assert.Equal(["Buurtwerk De Kring"], kunst);

        // No schools, so no samenwerkingen to miss; the former gemeenten are named.
        Assert.Contains("geen scholen in Merelbeke-Melle", page.Text("main"));
        Assert.Contains("Melle", page.Text(".intro"));
    }

    [Fact]
    public async Task The_page_of_a_gemeente_with_schools_names_the_samenwerkingsvormen_its_schools_lack_and_shows_it_on_a_small_map()
    {
        var (_, page) = await GetAsync("/regio/gent");

        var hiaten = page.QuerySelectorAll(".hiaten li").Select(li => li.TextContent).ToList();
        Assert.DoesNotContain(hiaten, h => h.Contains("Geen aanbod", StringComparison.Ordinal));
        Assert.Contains(hiaten, h => h.Contains("\"uitwisseling en overleg\"", StringComparison.Ordinal));
        Assert.DoesNotContain(hiaten, h => h.Contains("\"toeleiding\"", StringComparison.Ordinal));
        Assert.Contains("Voor elke aanleiding werkt er minstens één organisatie in Gent.", page.Text("main"));

        var omgeving = page.QuerySelector("svg#omgeving-kaart")!;
        Assert.Equal("page", omgeving.QuerySelector("a[href='/regio/gent']")!.GetAttribute("aria-current"));
        Assert.NotNull(omgeving.QuerySelector("a[href='/regio/merelbeke-melle']"));
        Assert.Null(omgeving.QuerySelector("a[href='/regio/brussel']"));
    }

    [Fact]
    public async Task An_organisation_added_for_the_gemeente_closes_its_gap()
    {
        var (_, voor) = await GetAsync("/regio/leuven");
        Assert.Contains(voor.QuerySelectorAll(".hiaten li"), li => li.TextContent.Contains("Geen aanbod voor kunst, sport en vrije tijd", StringComparison.Ordinal));

        await kaart.Factory.WithDbAsync(async db =>
        {
            db.Organisaties.Add(Organisatie("Sportdienst Leuven (regiotest)", "vrije-tijd", "kunst-sport-vrije-tijd", werktIn: "24062"));
            return await db.SaveChangesAsync();
        });

        var (_, na) = await GetAsync("/regio/leuven");
        Assert.DoesNotContain(na.QuerySelectorAll(".hiaten li"), li => li.TextContent.Contains("kunst, sport en vrije tijd", StringComparison.Ordinal));
        var (_, regio) = await GetAsync("/regio");
        Assert.Equal("1", Rij(regio, "leuven")[4]);
    }

    [Fact]
    public async Task A_merged_gemeente_sums_its_former_gemeenten_and_a_closed_school_does_not_count()
    {
        // Beveren, Kruibeke and Zwijndrecht became Beveren-Kruibeke-Zwijndrecht in 2025.
        await kaart.Factory.WithDbAsync(async db =>
        {
            School School(string naam, string nis, DateOnly? einddatum = null) => new()
            {
                Naam = naam, Slug = Slugs.From(naam), Net = "gemeentelijk", GemeenteNis = nis, Einddatum = einddatum, Latitude = 51.2, Longitude = 4.25,
            };
            db.Scholen.AddRange(School("Regiotest Beveren", "46003"), School("Regiotest Zwijndrecht", "11056"), School("Regiotest Kruibeke gesloten", "46013", new DateOnly(2020, 6, 30)));
            db.Organisaties.Add(Organisatie("Huiswerkklas Kruibeke (regiotest)", "huiswerkbegeleiding", "drempels-onderwijs", werktIn: "46013"));
            return await db.SaveChangesAsync();
        });

        var (_, page) = await GetAsync("/regio?aanleiding=drempels-onderwijs");

        // Two open schools, one organisation for drempels: 5,0 per 10 schools. Beveren and Kruibeke lie in Oost-Vlaanderen,
        // so the provincial line serves it too, as the search says; the Kinderarmoedelijn serves all of Flanders.
        Assert.Equal(["2", "5,0", "0", "1", "0", "0", "1", "1", "0", "0", "0", "0"], Rij(page, "beveren-kruibeke-zwijndrecht"));
        Assert.Equal("Beveren-Kruibeke-Zwijndrecht: 5,0 organisaties per 10 scholen",
            page.QuerySelector("svg.regio-kaart a[href='/regio/beveren-kruibeke-zwijndrecht']")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("?aanleiding=bestaat-niet")]
    [InlineData("?aanleiding=kinderarmoede&aanleiding=hygiene-gezondheid")]
    public async Task A_bad_aanleiding_gives_400_with_a_Dutch_message_and_the_map_of_the_first_aanleiding(string query)
    {
        var (status, page) = await GetAsync("/regio" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("We tonen de eerste aanleiding.", page.Text(".melding"));
        Assert.Equal(304, page.QuerySelectorAll("svg#regio-kaart a").Length);
        Assert.Equal(Vocabulaire.Aanleidingen[0].Code, page.QuerySelector("#aanleiding option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/regio/bestaat-niet")]
    [InlineData("/regio/melle")]
    public async Task An_unknown_gemeente_or_one_merged_away_gives_the_404_page(string pad)
    {
        var (status, page) = await GetAsync(pad);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }
}
