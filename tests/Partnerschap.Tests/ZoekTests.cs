using System.Net;
using AngleSharp.Dom;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Tests;

/// <summary>Searching the sociale kaart the way a zorgcoördinator does, over HTTP, on the test map.</summary>
public sealed class ZoekTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    private Task<(HttpStatusCode Status, IDocument Page, List<string> Namen)> ZoekAsync(string query) => kaart.ZoekAsync(query);

    /// <summary>The search answers 200 and <paramref name="expected"/> is among the results.</summary>
    private async Task GevondenAsync(string query, string expected)
    {
        var (status, _, namen) = await ZoekAsync(query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(expected, namen);
    }

    [Theory]
    [InlineData("?q=hygiene", "Hygiëne-atelier De Zeep")]
    [InlineData("?q=HYGIËNE", "Hygiëne-atelier De Zeep")]
    [InlineData("?q=coordinator", "Huis van het Kind Leuven")]
    [InlineData("?q=huisw", "Huiswerkklas De Sleutel")]
    [InlineData("?q=hvhk", "Huis van het Kind Leuven")]
    [InlineData("?q=openbaar+centrum+voor+maatschappelijk+welzijn", "OCMW Leuven")]
    [InlineData("?q=ocmw", "Sociaal Huis Gent")]
    [InlineData("?q=huiswerkbegeleidnig", "Huiswerkklas De Sleutel")]
    [InlineData("?q=budgetbegeleidng", "CAW Oost-Vlaanderen onthaal Gent")]
    [InlineData("?q=budgetbegelaiding", "CAW Oost-Vlaanderen onthaal Gent")]
    public async Task Text_search_ignores_case_and_accents_expands_prefixes_and_synonyms_and_forgives_one_typo(string query, string expected)
        => await GevondenAsync(query, expected);

    [Theory]
    [InlineData("?q=schoolrekeningen", "Sociaal Huis Gent")] // plural of "schoolrekening" in its description
    [InlineData("?q=school+rekening", "Sociaal Huis Gent")] // two words find their compound
    [InlineData("?q=rekeningen", "Sociaal Huis Gent")] // a part of a compound, in another form
    [InlineData("?q=budgetbegeleidingen", "CAW Oost-Vlaanderen onthaal Gent")]
    public async Task Plurals_inflections_and_compounds_find_the_same_words(string query, string expected)
        => await GevondenAsync(query, expected);

    [Theory]
    [InlineData("?q=uithuiszetting&gemeente=Gent", "Sociaal Huis Gent")] // hulpvraag → type ocmw (and caw)
    [InlineData("?q=uithuiszetting&gemeente=Gent", "CAW Oost-Vlaanderen onthaal Gent")]
    [InlineData("?q=dakloos&gemeente=Gent", "CAW Oost-Vlaanderen onthaal Gent")]
    [InlineData("?q=huurachterstal", "Sociaal Huis Gent")]
    public async Task A_family_situation_finds_the_organisations_that_help_with_it(string query, string expected)
        => await GevondenAsync(query, expected);

    [Fact]
    public async Task A_language_typed_in_the_search_box_works_as_the_language_filter()
    {
        var (status, page, namen) = await ZoekAsync("?q=Arabisch");
        var (_, _, gefilterd) = await ZoekAsync("?taal=ar");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Huiswerkklas De Sleutel", namen); // speaks nl and ar
        Assert.Equal(gefilterd, namen);
        Assert.NotNull(page.QuerySelector("input[name=taal][value=ar][checked]"));
    }

    [Fact]
    public async Task A_typo_in_a_short_word_is_not_forgiven()
    {
        var (_, _, namen) = await ZoekAsync("?q=zeef");
        Assert.DoesNotContain("Hygiëne-atelier De Zeep", namen);
    }

    [Fact]
    public async Task Several_words_narrow_the_result()
    {
        var (_, _, beide) = await ZoekAsync("?q=huiswerk");
        var (_, _, gent) = await ZoekAsync("?q=huiswerk+gent");

        Assert.Contains("Huiswerkpunt Leuven", beide);
        Assert.Contains("Huiswerkklas De Sleutel", beide);
        Assert.Equal(["Huiswerkklas De Sleutel"], gent);
    }

    [Fact]
    public async Task A_word_in_the_name_ranks_above_the_same_word_in_a_description()
    {
        var (_, _, namen) = await ZoekAsync("?q=sleutel");
        Assert.Equal(["Huiswerkklas De Sleutel", "Hygiëne-atelier De Zeep"], namen);
    }

    [Theory]
    [InlineData("Gent")]
    [InlineData("9050")]
    [InlineData("44021")]
    [InlineData("gent")]
    public async Task A_gemeente_by_name_postcode_or_NIS_code_gives_who_serves_it_including_region_wide_services(string gemeente)
    {
        var (_, page, namen) = await ZoekAsync($"?gemeente={gemeente}");

        Assert.Contains("Sociaal Huis Gent", namen);
        Assert.Contains("Kinderarmoedelijn", namen); // heel Vlaanderen
        Assert.Contains("Provinciale Opvoedingslijn", namen); // provincie Oost-Vlaanderen
        Assert.DoesNotContain("OCMW Leuven", namen);
        Assert.Contains("voor Gent", page.Text("#resultaten-titel"));
    }

    [Fact]
    public async Task An_old_gemeente_name_finds_the_merged_gemeente_and_shows_its_2025_name()
    {
        var (_, page, namen) = await ZoekAsync("?gemeente=Merelbeke");

        Assert.Contains("Buurtwerk De Kring", namen);
        Assert.Contains("Merelbeke-Melle", page.Text("#resultaten-titel"));
    }

    [Fact]
    public async Task A_distance_keeps_addresses_within_that_many_km_and_services_without_address_that_serve_the_gemeente()
    {
        var (_, page, namen) = await ZoekAsync("?gemeente=Gent&bereik=10&sorteer=afstand");

        Assert.Contains("Buurtwerk De Kring", namen); // Merelbeke, about 8 km
        Assert.Contains("Kinderarmoedelijn", namen);
        Assert.DoesNotContain("OCMW Leuven", namen);
        Assert.DoesNotContain("Hygiëne-atelier De Zeep", namen);
        Assert.Contains(" km", page.QuerySelector(".treffer .treffer-meta")!.TextContent);
    }

    [Fact]
    public async Task Filters_combine_and_each_facet_counts_with_the_other_filters_applied()
    {
        var (_, page, namen) = await ZoekAsync("?aanleiding=drempels-onderwijs&type=huiswerkbegeleiding");

        Assert.Equal(["Huiswerkklas De Sleutel", "Huiswerkpunt Leuven"], namen.Order().ToList());
        // The type facet counts within aanleiding=drempels-onderwijs: huiswerkbegeleiding 2, clb 1 (the stopped one is hidden).
        Assert.Equal("(2)", page.Text("label[for='f-type-huiswerkbegeleiding'] .aantal"));
        Assert.Equal("(1)", page.Text("label[for='f-type-clb'] .aantal"));
        // The aanleiding facet counts within type=huiswerkbegeleiding.
        Assert.Equal("(2)", page.Text("label[for='f-aanleiding-drempels-onderwijs'] .aantal"));
        Assert.Equal("true", page.QuerySelector("#f-type-huiswerkbegeleiding")!.HasAttribute("checked").ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task Language_and_cost_filters_work()
    {
        var (_, _, arabisch) = await ZoekAsync("?taal=ar");
        Assert.Equal(["Huiswerkklas De Sleutel"], arabisch);
    }

    [Fact]
    public async Task A_stopped_organisation_is_hidden_and_a_temporarily_closed_one_is_marked()
    {
        var (_, page, namen) = await ZoekAsync("?q=zomerzon");
        var (_, _, gestopt) = await ZoekAsync("?q=voorbij");

        Assert.Equal(["Speelpleinwerking Zomerzon"], namen);
        Assert.Contains("Tijdelijk gesloten", page.Text(".treffer"));
        Assert.Contains("niet recent gecontroleerd", page.Text(".treffer .gecontroleerd"));
        Assert.Empty(gestopt);
    }

    [Fact]
    public async Task Schools_and_brugfiguren_are_found_by_kind()
    {
        var (_, _, scholen) = await ZoekAsync("?soort=scholen&gemeente=Gent");
        var (_, _, brugfiguren) = await ZoekAsync("?soort=brugfiguren&q=regenboog");

        Assert.Equal(["Atheneum Demo Gent", "Basisschool De Regenboog"], scholen.Order().ToList());
        Assert.Equal(["Brugfiguur"], brugfiguren);
    }

    [Fact]
    public async Task No_result_says_so_and_offers_ways_to_widen()
    {
        var (status, page, namen) = await ZoekAsync("?q=huiswerk&gemeente=Antwerpen&type=huiswerkbegeleiding");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(namen);
        var tips = page.QuerySelectorAll(".geen-resultaat a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(tips, t => !t.Contains("type=", StringComparison.Ordinal) && t.Contains("gemeente=Antwerpen", StringComparison.Ordinal));
        Assert.Contains(tips, t => t.Contains("bereik=20", StringComparison.Ordinal));
        Assert.Contains(tips, t => !t.Contains("gemeente=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?aanleiding=bestaat-niet", "geen gekende aanleiding")]
    [InlineData("?pagina=-1", "paginanummer bestaat niet")]
    [InlineData("?pagina=99999999999", "paginanummer bestaat niet")]
    [InlineData("?pagina=50", "maar 1 pagina")]
    [InlineData("?gemeente=Gent&bereik=5000", "tussen 1 en 100 km")]
    [InlineData("?gemeente=Atlantis", "geen gemeente")]
    [InlineData("?soort=dieren", "geen soort")]
    [InlineData("?sorteer=kleur", "geen sortering")]
    public async Task Bad_parameters_give_a_Dutch_message_and_a_400_never_a_500(string query, string message)
    {
        var (status, page, _) = await ZoekAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, page.Text(".melding-let-op"));
        Assert.NotNull(page.QuerySelector("#resultaten-titel"));
    }

    [Fact]
    public async Task A_very_long_search_text_is_cut_and_said_so()
    {
        var (status, page, _) = await ZoekAsync("?q=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("langer dan 200 tekens", page.Text(".melding-let-op"));
    }

    [Fact]
    public async Task Every_filter_lives_in_the_URL_so_a_search_can_be_shared()
    {
        var (_, page, _) = await ZoekAsync("?q=huiswerk&aanleiding=drempels-onderwijs&gemeente=Gent");

        var wis = page.QuerySelectorAll(".gekozen a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/sociale-kaart?q=huiswerk&gemeente=Gent", wis);
        Assert.Contains("/sociale-kaart?q=huiswerk&aanleiding=drempels-onderwijs", wis);
    }

    [Fact]
    public async Task Every_filter_of_the_one_table_is_read_from_the_URL_shown_as_a_chip_and_refused_when_unknown()
    {
        foreach (var filter in KaartFilters.Alle)
        {
            var code = filter.Termen?[0].Code ?? "ar";
            var (_, page, _) = await ZoekAsync($"?{filter.Sleutel}={code}");
            Assert.Contains($"Wis filter: {filter.Label(code)}", page.Text(".gekozen"));
            Assert.NotNull(page.QuerySelector($"#f-{filter.Sleutel}-{code}[checked]"));

            var (status, fout, _) = await ZoekAsync($"?{filter.Sleutel}=bestaat-niet");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains($"geen gekende {filter.Wat}", fout.Text(".melding-let-op"));
        }
    }

    [Fact]
    public async Task A_place_at_the_end_of_the_search_text_is_the_gemeente_and_the_page_says_so()
    {
        var (status, page, namen) = await ZoekAsync("?q=huiswerk+Leuven");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Huiswerkpunt Leuven"], namen);
        Assert.Contains("We lazen 'Leuven' als de plaats en zochten 'huiswerk' daar.", page.Text("main"));
        Assert.Contains("Wis gemeente: Leuven", page.Text(".gekozen"));

        // An everyday word that is also a place name stays a search word.
        var (_, meer, _) = await ZoekAsync("?q=huiswerk+meer");
        Assert.DoesNotContain("als de plaats", meer.Text("main"));
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_page_and_says_so()
    {
        var (_, eerste, namen) = await ZoekAsync("?sorteer=naam");
        var (status, page, voorbij) = await ZoekAsync("?sorteer=naam&pagina=50");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Er zijn maar 1 pagina's; we tonen de laatste.", page.Text(".melding-let-op"));
        Assert.Equal(namen, voorbij);
        Assert.NotEmpty(namen);
    }
}
