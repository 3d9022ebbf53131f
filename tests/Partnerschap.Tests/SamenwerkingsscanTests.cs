using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Features.Samenwerkingsscan;

namespace Partnerschap.Tests;

/// <summary>
/// The samenwerkingsscan's content (the seed and its checks), the stage rule, and the anonymous scan at
/// /samenwerkingsscan: everyone can fill it in, the result shows a stage per theme as chart and table, and nothing of
/// the answers reaches the database.
/// </summary>
public sealed class SamenwerkingsscanTests(ZonderKaartFixture fixture) : IClassFixture<ZonderKaartFixture>
{
    private const string Formulier = "form.scanformulier";

    private static string SeedPad => Path.Combine(Repository.Root, "seeds", "samenwerkingsscan", "scan.json");

    private static ScanInhoud Seed()
    {
        var (inhoud, fouten) = ScanInhoud.Lees(File.ReadAllText(SeedPad));
        Assert.Empty(fouten);
        return inhoud!;
    }

    [Fact]
    public void The_seed_loads_without_errors_with_unique_codes_and_about_thirty_statements_in_nine_themes()
    {
        var inhoud = Seed();

        Assert.Equal(9, inhoud.Themas.Count);
        Assert.Equal(32, inhoud.Stellingen.Count());
        var codes = inhoud.Themas.Select(t => t.Code).Concat(inhoud.Themas.SelectMany(t => t.Stellingen).Select(s => s.Code)).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(inhoud.Themas, t => Assert.False(string.IsNullOrWhiteSpace(t.Fasen.Beginnend + t.Fasen.Groeiend + t.Fasen.Sterk)));
        // What the portal stores is read back to the same content.
        Assert.Equal(inhoud.NaarJson(), ScanInhoud.Lees(inhoud.NaarJson()).Inhoud!.NaarJson());
    }

    [Fact]
    public async Task Each_themes_gids_link_leads_to_a_heading_on_the_published_chapter()
    {
        using var client = fixture.Factory.CreateClient();
        foreach (var thema in Seed().Themas)
        {
            var (slug, anker) = (thema.Gids.Split('#')[0], thema.Gids.Split('#')[1]);
            using var response = await client.GetAsync($"/gids/{slug}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{thema.Code}: /gids/{slug} gaf {(int)response.StatusCode}");
            var pagina = await Html.ParseAsync(response);
            Assert.True(pagina.GetElementById(anker) is not null, $"{thema.Code}: /gids/{slug} heeft geen element met id '{anker}'");
        }
    }

    [Fact]
    public void Reading_refuses_duplicate_codes_missing_texts_bad_gids_links_and_bad_json_in_Dutch()
    {
        var json = File.ReadAllText(SeedPad);

        var dubbel = ScanInhoud.Lees(json.Replace("\"elkaar-kennen-aanbod\"", "\"elkaar-kennen-aanspreekpunt\"", StringComparison.Ordinal));
        Assert.Null(dubbel.Inhoud);
        Assert.Contains(dubbel.Fouten, f => f.Contains("'elkaar-kennen-aanspreekpunt' komt meer dan één keer voor", StringComparison.Ordinal));

        var zonderTekst = ScanInhoud.Lees(json.Replace("\"tekst\": \"We weten wie bij de andere organisatie ons vaste aanspreekpunt is en hoe we die persoon bereiken.\"", "\"tekst\": \" \"", StringComparison.Ordinal));
        Assert.Contains(zonderTekst.Fouten, f => f.Contains("stelling 1: de tekst ontbreekt", StringComparison.Ordinal));

        var link = ScanInhoud.Lees(json.Replace("\"voorwaarden#vertrouwen\"", "\"/gids/voorwaarden\"", StringComparison.Ordinal));
        Assert.Contains(link.Fouten, f => f.Contains("Thema 2 (Vertrouwen): de link naar de gids moet de vorm 'hoofdstuk#kop' hebben", StringComparison.Ordinal));

        var kapot = ScanInhoud.Lees("{\n  \"titel\": \"Scan\",\n  \"inleiding\": \"x\"\n  \"themas\": []\n}");
        Assert.Null(kapot.Inhoud);
        Assert.Equal("De scan is geen geldige JSON (regel 4): controleer haakjes, komma's en aanhalingstekens.", Assert.Single(kapot.Fouten));
    }

    /// <summary>One theme with four statements (the last one vervallen) and one with two.</summary>
    private static ScanInhoud Klein() => ScanInhoud.Lees("""
        {
          "titel": "Scan", "inleiding": "Inleiding.",
          "themas": [
            { "code": "a", "titel": "A", "uitleg": "U", "gids": "voorwaarden#tijd", "fasen": { "beginnend": "b", "groeiend": "g", "sterk": "s" },
              "stellingen": [
                { "code": "a-1", "tekst": "1", "uitleg": "u" }, { "code": "a-2", "tekst": "2", "uitleg": "u" },
                { "code": "a-3", "tekst": "3", "uitleg": "u" }, { "code": "a-4", "tekst": "4", "uitleg": "u" },
                { "code": "a-oud", "tekst": "oud", "uitleg": "u", "vervallen": true } ] },
            { "code": "b", "titel": "B", "uitleg": "U", "gids": "voorwaarden#tijd", "fasen": { "beginnend": "b", "groeiend": "g", "sterk": "s" },
              "stellingen": [ { "code": "b-1", "tekst": "1", "uitleg": "u" }, { "code": "b-2", "tekst": "2", "uitleg": "u" } ] }
          ]
        }
        """).Inhoud!;

    private static ThemaUitslag A(params (string Code, int Waarde)[] antwoorden) =>
        ScanUitslag.Bereken(Klein(), antwoorden.ToDictionary(a => a.Code, a => a.Waarde)).Vind("a")!;

    [Fact]
    public void The_stage_follows_the_average_with_its_borders_at_two_and_a_half_and_three_and_a_quarter()
    {
        Assert.Equal(ScanFase.Beginnend, ScanUitslag.Fase(2.49));
        Assert.Equal(ScanFase.Groeiend, ScanUitslag.Fase(2.5));
        Assert.Equal(ScanFase.Groeiend, ScanUitslag.Fase(3.24));
        Assert.Equal(ScanFase.Sterk, ScanUitslag.Fase(3.25));

        Assert.Equal(ScanFase.Beginnend, A(("a-1", 2), ("a-2", 2), ("a-3", 2), ("a-4", 3)).Fase); // 2.25
        Assert.Equal(ScanFase.Groeiend, A(("a-1", 2), ("a-2", 2), ("a-3", 3), ("a-4", 3)).Fase); // 2.5
        Assert.Equal(ScanFase.Groeiend, A(("a-1", 3), ("a-2", 3), ("a-3", 3), ("a-4", 3)).Fase); // 3.0
        Assert.Equal(ScanFase.Sterk, A(("a-1", 3), ("a-2", 3), ("a-3", 3), ("a-4", 4)).Fase); // 3.25
    }

    [Fact]
    public void Weet_ik_niet_and_open_statements_are_left_out_and_under_half_answered_gives_no_stage()
    {
        var half = A(("a-1", 4), ("a-2", 4), ("a-3", ScanSchaal.WeetIkNiet));
        Assert.Equal(ScanFase.Sterk, half.Fase);
        Assert.Equal(4.0, half.Gemiddelde);
        Assert.Equal(2, half.Beantwoord);
        Assert.Equal(1, half.WeetNiet);

        var teWeinig = A(("a-1", 1), ("a-2", ScanSchaal.WeetIkNiet), ("a-3", ScanSchaal.WeetIkNiet));
        Assert.Null(teWeinig.Fase);
        Assert.Equal(1.0, teWeinig.Gemiddelde);
    }

    [Fact]
    public void A_vervallen_statement_is_not_asked_and_not_counted()
    {
        var inhoud = Klein();
        Assert.DoesNotContain(inhoud.Stellingen, s => s.Code == "a-oud");

        var uitslag = A(("a-1", 1), ("a-2", 1), ("a-oud", 4), ("a-3", 1));
        Assert.Equal(4, uitslag.Aantal);
        Assert.Equal(3, uitslag.Beantwoord);
        Assert.Equal(1.0, uitslag.Gemiddelde);
    }

    [Fact]
    public async Task Anyone_gets_the_whole_scan_as_one_form_with_nothing_chosen()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/samenwerkingsscan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await Html.ParseAsync(response);
        var inhoud = Seed();
        Assert.Equal("Samenwerkingsscan", pagina.Text("h1"));
        Assert.Contains("32 stellingen in 9 thema's", pagina.Text(".scan-omvang"));
        Assert.Contains("We bewaren je antwoorden niet", pagina.Text(".scan-privacy"));
        Assert.Equal("/samenwerkingsscan/resultaat", pagina.QuerySelector(Formulier)!.GetAttribute("action"));
        var stellingen = pagina.QuerySelectorAll("fieldset.scan-stelling");
        Assert.Equal(inhoud.Stellingen.Select(s => s.Tekst), stellingen.Select(f => f.QuerySelector("legend")!.TextContent.Trim()));
        Assert.All(stellingen, f =>
        {
            Assert.Equal(5, f.QuerySelectorAll("input[type=radio]").Length);
            Assert.NotNull(pagina.GetElementById(f.GetAttribute("aria-describedby")!));
        });
        Assert.Empty(pagina.QuerySelectorAll("input[type=radio][checked]"));
        Assert.Equal(9, pagina.QuerySelectorAll("fieldset.scan-thema a[href^='/gids/']").Length);
        Assert.Single(pagina.QuerySelectorAll($"{Formulier} button[type=submit]"));
    }

    /// <summary>The scan form with every statement answered: cycling through 4, 3, 2, 1 and "weet ik niet".</summary>
    private static List<KeyValuePair<string, string>> AllesBeantwoord(List<KeyValuePair<string, string>> velden)
    {
        var waarden = new[] { "4", "3", "4", "2", "0" };
        var i = 0;
        foreach (var stelling in Seed().Stellingen)
        {
            velden.With(ScanAntwoorden.Veld(stelling), waarden[i++ % waarden.Length]);
        }

        return velden;
    }

    [Fact]
    public async Task A_filled_in_scan_shows_the_stage_per_theme_as_chart_and_table_and_every_answer()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier, AllesBeantwoord);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "het resultaat mag in geen enkele cache blijven");
        var pagina = await Html.ParseAsync(response);
        Assert.Equal("Resultaat van je samenwerkingsscan", pagina.Text("h1"));
        Assert.Matches(@"Ingevuld op \d{1,2} \p{L}+ \d{4}, met versie 1 van de scan\.", pagina.Text(".afdruk-datum"));
        Assert.Equal("Fase per thema", pagina.Text("svg.scan-grafiek title"));
        var rijen = pagina.QuerySelectorAll("table.scan-tabel tbody tr");
        Assert.Equal(9, rijen.Length);
        // Elkaar kennen: 4, 3, 4, 2 → 3.25, sterk.
        Assert.Equal(["Elkaar kennen", "Sterk", "3,3", "4 van 4"], rijen[0].Children.Select(c => c.TextContent.Trim()));
        Assert.Contains("Sterk", pagina.Text("#uitslag-elkaar-kennen ~ p"));
        Assert.Equal(32, pagina.QuerySelectorAll(".scan-antwoordenlijst dt").Length);
        Assert.Equal("Klopt helemaal", pagina.QuerySelectorAll(".scan-antwoordenlijst dd")[0].TextContent.Trim());
        Assert.Equal("Weet ik niet", pagina.QuerySelectorAll(".scan-antwoordenlijst dd")[4].TextContent.Trim());
        Assert.Contains("afdrukfunctie van je browser", pagina.Text("[data-zonder-script]"));
    }

    [Fact]
    public async Task Pas_je_antwoorden_aan_fills_the_form_again_with_the_same_answers()
    {
        using var client = fixture.Factory.CreateClient();
        using var resultaat = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier, AllesBeantwoord);
        var pagina = await Html.ParseAsync(resultaat);
        var terug = pagina.QuerySelector("form.scan-aanpassen")!;
        Assert.Equal("/samenwerkingsscan", terug.GetAttribute("action"));

        using var response = await client.PostAsync("/samenwerkingsscan", new FormUrlEncodedContent(Html.FormFields(pagina, "form.scan-aanpassen")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var formulier = await Html.ParseAsync(response);
        var eerste = Seed().Stellingen.First();
        Assert.Equal(32, formulier.QuerySelectorAll("input[type=radio][checked]").Length);
        Assert.NotNull(formulier.QuerySelector($"input[name='{ScanAntwoorden.Veld(eerste)}'][value='4'][checked]"));
    }

    [Fact]
    public async Task A_full_scan_leaves_no_row_behind_in_any_table()
    {
        using var client = fixture.Factory.CreateClient();
        using (await client.GetAsync("/samenwerkingsscan"))
        {
        }

        var voor = await RijenPerTabelAsync();
        using var resultaat = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier, AllesBeantwoord);
        Assert.Equal(HttpStatusCode.OK, resultaat.StatusCode);
        var pagina = await Html.ParseAsync(resultaat);
        using var aangepast = await client.PostAsync("/samenwerkingsscan", new FormUrlEncodedContent(Html.FormFields(pagina, "form.scan-aanpassen")));
        Assert.Equal(HttpStatusCode.OK, aangepast.StatusCode);
        var na = await RijenPerTabelAsync();

        Assert.True(voor.Count > 20, $"maar {voor.Count} tabellen gevonden");
        Assert.Contains("ScanVersies", voor.Keys);
        Assert.Equal(voor, na);
        // Only the antiforgery cookie: no cookie holds the answers.
        Assert.All(resultaat.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => Assert.StartsWith(".AspNetCore.Antiforgery", c, StringComparison.Ordinal));
    }

    /// <summary>The number of rows of every table in the SQLite file, by name.</summary>
    private Task<Dictionary<string, long>> RijenPerTabelAsync() => fixture.Factory.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tabellen = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tabellen.Add(reader.GetString(0));
            }
        }

        var rijen = new Dictionary<string, long>();
        foreach (var tabel in tabellen)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\"";
            rijen[tabel] = (long)(await command.ExecuteScalarAsync())!;
        }

        return rijen;
    });

    [Fact]
    public async Task A_value_off_the_scale_gives_a_Dutch_400_and_keeps_the_other_answers()
    {
        using var client = fixture.Factory.CreateClient();
        var stellingen = Seed().Stellingen.ToList();

        using var response = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier, f => AllesBeantwoord(f).With(ScanAntwoorden.Veld(stellingen[1]), "7"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var pagina = await Html.ParseAsync(response);
        Assert.Contains($"Het antwoord op '{stellingen[1].Tekst}' is geen keuze van de schaal", pagina.Text(".foutenoverzicht"));
        Assert.Equal($"#{ScanAntwoorden.Veld(stellingen[1])}", pagina.QuerySelector(".foutenoverzicht a")!.GetAttribute("href"));
        Assert.NotNull(pagina.QuerySelector($"input[name='{ScanAntwoorden.Veld(stellingen[0])}'][value='4'][checked]"));
        Assert.Equal(31, pagina.QuerySelectorAll("input[type=radio][checked]").Length);
    }

    [Fact]
    public async Task Too_few_answers_give_a_400_that_says_how_many_are_needed()
    {
        using var client = fixture.Factory.CreateClient();
        var eerste = Seed().Stellingen.First();

        using var leeg = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier);
        using var een = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier, f => f.With(ScanAntwoorden.Veld(eerste), "3"));

        foreach (var response in new[] { leeg, een })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Beantwoord minstens de helft van de stellingen van één thema", (await Html.ParseAsync(response)).Text(".foutenoverzicht"));
        }

        Assert.NotNull((await Html.ParseAsync(een)).QuerySelector($"input[name='{ScanAntwoorden.Veld(eerste)}'][value='3'][checked]"));
    }

    [Fact]
    public async Task Two_answers_in_one_theme_are_enough_for_a_result()
    {
        using var client = fixture.Factory.CreateClient();
        var thema = Seed().Themas[1];

        using var response = await Html.SubmitFormAsync(client, "/samenwerkingsscan", Formulier,
            f => f.With(ScanAntwoorden.Veld(thema.Stellingen[0]), "1").With(ScanAntwoorden.Veld(thema.Stellingen[1]), "2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rijen = (await Html.ParseAsync(response)).QuerySelectorAll("table.scan-tabel tbody tr");
        Assert.Equal("Beginnend", rijen[1].Children[1].TextContent.Trim());
        Assert.Equal("Geen fase", rijen[0].Children[1].TextContent.Trim());
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        using var client = fixture.Factory.CreateClient();
        var veld = ScanAntwoorden.Veld(Seed().Stellingen.First());

        using var resultaat = await client.PostAsync("/samenwerkingsscan/resultaat", new FormUrlEncodedContent([new(veld, "3")]));
        using var aanpassen = await client.PostAsync("/samenwerkingsscan", new FormUrlEncodedContent([new(veld, "3")]));

        Assert.Equal(HttpStatusCode.BadRequest, resultaat.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, aanpassen.StatusCode);
    }

    [Fact]
    public async Task The_scan_is_linked_from_the_footer_the_home_page_and_the_gids()
    {
        using var client = fixture.Factory.CreateClient();

        var thuis = await Html.ParseAsync(await client.GetAsync("/"));
        var gids = await Html.ParseAsync(await client.GetAsync("/gids"));

        Assert.NotNull(thuis.QuerySelector("footer a[href='/samenwerkingsscan']"));
        Assert.NotNull(thuis.QuerySelector("main a[href='/samenwerkingsscan']"));
        Assert.NotNull(gids.QuerySelector("main a[href='/samenwerkingsscan']"));
    }

    [Fact]
    public async Task The_privacy_page_says_the_anonymous_scan_stores_nothing()
    {
        using var client = fixture.Factory.CreateClient();
        var pagina = await Html.ParseAsync(await client.GetAsync("/privacy"));
        Assert.Contains("bewaren je antwoorden niet", pagina.GetElementById("scan-titel")!.ParentElement!.TextContent);
    }
}
