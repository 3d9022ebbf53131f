using System.Net;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>
/// The Beheerder edits the hulpvragen vocabulary; the search of every instance follows; phrases find their concept.
/// The tests change the same vocabulary: each test is its own fixture, on its own copy of the test map.
/// </summary>
public sealed class HulpvragenBeheerTests : KaartFixture
{
    private const string Beheerder = "beheerder.hulpvragen@example.org";
    private const string NieuwWoord = "buitengegooid";

    protected override async Task SeedAsync() => await Factory.CreateUserAsync(Beheerder, Rollen.Beheerder);

    private Task<List<string>> TermenAsync(string code) =>
        Factory.WithDbAsync(db => db.Hulpvragen.Where(h => h.Code == code).Select(h => h.Termen).SingleAsync());

    private static Task<HttpResponseMessage> TermToevoegenAsync(HttpClient client, string code, string term) =>
        Html.SubmitAsync(client, $"/beheer/hulpvragen/{code}", "/beheer/hulpvragen/termen",
            new Dictionary<string, string> { ["code"] = code, ["term"] = term });

    [Fact]
    public async Task The_vocabulary_is_seeded_from_the_file_into_the_database()
    {
        var aantal = await Factory.WithDbAsync(db => db.Hulpvragen.CountAsync());
        Assert.Equal(122, aantal);
        Assert.Contains("uit huis gezet", await TermenAsync("uithuiszetting"));
    }

    [Fact]
    public async Task A_phrase_finds_the_help_for_its_situation_also_inside_a_longer_query()
    {
        foreach (var q in (string[])["?q=uit+huis+gezet&gemeente=Gent", "?q=Uit+Huis+Gezet+Gent"])
        {
            var (status, _, namen) = await ZoekAsync(q);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("Sociaal Huis Gent", namen);
            Assert.Contains("CAW Oost-Vlaanderen onthaal Gent", namen);
        }

        // Ordinary words still narrow: a word nothing has makes the result empty.
        Assert.Empty((await ZoekAsync("?q=uit+huis+gezet+zzqx&gemeente=Gent")).Namen);
    }

    [Fact]
    public async Task A_word_a_Beheerder_adds_is_found_by_another_instance_and_the_history_says_who_and_what()
    {
        await using var tweede = new PortalFactory(Factory.DatabasePath);
        using var anoniem = tweede.CreateClient();
        Assert.Empty(await NamenAsync(anoniem, $"/sociale-kaart?q={NieuwWoord}&gemeente=Gent"));

        using var beheerder = await Html.SignedInClientAsync(Factory, Beheerder);
        using var toegevoegd = await TermToevoegenAsync(beheerder, "uithuiszetting", "  Buitengegooid ");
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        Assert.Contains(NieuwWoord, await TermenAsync("uithuiszetting"));

        var gevonden = await Wacht.TotAsync(
            async () => (await NamenAsync(anoniem, $"/sociale-kaart?q={NieuwWoord}&gemeente=Gent")).Contains("Sociaal Huis Gent"), TimeSpan.FromSeconds(6));

        Assert.True(gevonden, "de tweede instantie vond het nieuwe woord niet binnen 6 seconden");

        var geschiedenis = await Html.ParseAsync(await beheerder.GetAsync("/beheer/hulpvragen/uithuiszetting/geschiedenis"));
        var regel = geschiedenis.QuerySelector("#geschiedenis tbody tr")!.TextContent;
        Assert.Contains($"{Beheerder} (Beheerder)", regel);
        Assert.Contains($"Zoekterm ‘{NieuwWoord}’ toegevoegd", regel);
    }

    [Fact]
    public async Task A_removed_word_and_new_zoekwoorden_are_recorded_and_a_new_concept_can_be_made()
    {
        using var beheerder = await Html.SignedInClientAsync(Factory, Beheerder);
        using var weg = await Html.SubmitFormAsync(beheerder, "/beheer/hulpvragen/uithuiszetting", "form[action='/beheer/hulpvragen/uithuiszetting/termen/verwijderen']");
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.DoesNotContain("uithuiszetting", await TermenAsync("uithuiszetting"));

        using var zoekt = await Html.SubmitFormAsync(beheerder, "/beheer/hulpvragen/uithuiszetting", "form[action='/beheer/hulpvragen/uithuiszetting/zoekwoorden']",
            f => f.With("Zoekwoorden", "woonbegeleiding\nhuur").With("organisatietypes", "caw"));
        Assert.Equal(HttpStatusCode.Redirect, zoekt.StatusCode);
        var hulpvraag = await Factory.WithDbAsync(db => db.Hulpvragen.SingleAsync(h => h.Code == "uithuiszetting"));
        Assert.Equal(["woonbegeleiding", "huur"], hulpvraag.Zoekt);
        Assert.Equal(["caw"], hulpvraag.Organisatietypes);

        var geschiedenis = (await Html.ParseAsync(await beheerder.GetAsync("/beheer/hulpvragen/uithuiszetting/geschiedenis"))).Text("#geschiedenis");
        Assert.Contains("Zoekterm ‘uithuiszetting’ verwijderd", geschiedenis);
        Assert.Contains("Soorten organisaties: caw, ocmw → caw", geschiedenis);

        using var nieuw = await Html.SubmitFormAsync(beheerder, "/beheer/hulpvragen", "form[action='/beheer/hulpvragen']",
            f => f.With("Nieuw.Label", "Geen fiets om naar school te gaan").With("Nieuw.Term", "geen fiets"));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        Assert.Equal("/beheer/hulpvragen/geen-fiets-om-naar-school-te-gaan", nieuw.Headers.Location!.OriginalString);
        Assert.Equal(["geen fiets"], await TermenAsync("geen-fiets-om-naar-school-te-gaan"));
    }

    [Theory]
    [InlineData("   ", "Vul een woord of een korte zin in.")]
    [InlineData("een veel te lange zin die niemand ooit in een zoekvak zou typen echt niet", "hoogstens 60 tekens")]
    [InlineData("Uit Huis  gezet", "‘uit huis gezet’ staat al bij deze hulpvraag.")]
    public async Task A_bad_term_gets_a_Dutch_message_and_400_and_nothing_is_lost(string term, string melding)
    {
        var voor = await TermenAsync("uithuiszetting");
        using var beheerder = await Html.SignedInClientAsync(Factory, Beheerder);
        using var response = await TermToevoegenAsync(beheerder, "uithuiszetting", term);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(melding, page.Text(".foutenoverzicht"));
        Assert.Equal(term, page.QuerySelector("input[name=Term]")!.GetAttribute("value"));
        Assert.Equal(voor, await TermenAsync("uithuiszetting"));
    }

    [Fact]
    public async Task An_unknown_organisation_type_gets_400_and_the_zoekwoorden_stay_as_they_were()
    {
        var voor = await Factory.WithDbAsync(db => db.Hulpvragen.AsNoTracking().SingleAsync(h => h.Code == "uithuiszetting"));
        using var beheerder = await Html.SignedInClientAsync(Factory, Beheerder);
        using var response = await Html.SubmitFormAsync(beheerder, "/beheer/hulpvragen/uithuiszetting", "form[action='/beheer/hulpvragen/uithuiszetting/zoekwoorden']",
            f => f.With("Zoekwoorden", "woonbegeleiding\nnieuw").With("organisatietypes", "bestaat-niet"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("‘bestaat-niet’ is geen soort organisatie die het portaal kent.", page.Text(".foutenoverzicht"));
        Assert.Contains("nieuw", page.QuerySelector("textarea[name=Zoekwoorden]")!.TextContent);
        var na = await Factory.WithDbAsync(db => db.Hulpvragen.AsNoTracking().SingleAsync(h => h.Code == "uithuiszetting"));
        Assert.Equal(voor.Zoekt, na.Zoekt);
        Assert.Equal(voor.Organisatietypes, na.Organisatietypes);
    }

    [Fact]
    public async Task A_term_of_another_concept_is_added_with_a_warning()
    {
        using var beheerder = await Html.SignedInClientAsync(Factory, Beheerder);
        using var response = await TermToevoegenAsync(beheerder, "dakloosheid", "uit huis gezet");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.ParseAsync(await beheerder.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("staat ook bij ‘Uithuiszetting of dreigend woningverlies’", page.Text("main"));
        Assert.Contains("uit huis gezet", await TermenAsync("dakloosheid"));
    }

    [Fact]
    public async Task Someone_who_is_not_a_Beheerder_can_neither_see_nor_change_the_vocabulary()
    {
        await Factory.CreateUserAsync("welzijn.hulpvragen@example.org", Rollen.Welzijnswerker);
        using var welzijnswerker = await Html.SignedInClientAsync(Factory, "welzijn.hulpvragen@example.org");
        foreach (var pad in (string[])["/beheer/hulpvragen", "/beheer/hulpvragen/uithuiszetting", "/beheer/zoekopdrachten"])
        {
            using var response = await welzijnswerker.GetAsync(pad);
            Assert.StartsWith("/geen-toegang", response.Headers.Location?.OriginalString ?? response.StatusCode.ToString());
        }

        var token = await Html.AntiforgeryTokenAsync(welzijnswerker, "/mijn-account");
        using var post = await welzijnswerker.PostAsync("/beheer/hulpvragen/termen",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "uithuiszetting", ["term"] = "stiekem", ["__af"] = token }));
        Assert.StartsWith("/geen-toegang", post.Headers.Location?.OriginalString ?? post.StatusCode.ToString());
        Assert.DoesNotContain("stiekem", await TermenAsync("uithuiszetting"));
    }

    private static async Task<List<string>> NamenAsync(HttpClient client, string url)
    {
        var page = await Html.ParseAsync(await client.GetAsync(url));
        return [.. page.QuerySelectorAll(".treffer h3 a").Select(a => a.TextContent.Trim())];
    }
}
