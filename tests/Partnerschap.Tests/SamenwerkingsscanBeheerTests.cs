using System.Net;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>
/// An Onderzoeker revises the samenwerkingsscan in the portal: every save is a new version, the scan asks the newest
/// from the next request on, old versions stay readable and can come back, and bad or stale input saves nothing.
/// </summary>
public sealed class SamenwerkingsscanBeheerTests : IAsyncDisposable
{
    private const string Beheer = "/samenwerkingsscan/beheer";
    private const string Bewerken = Beheer + "/bewerken";
    private const string Formulier = "form.scanbeheerformulier";
    private const string EersteStelling = "Themas[0].Stellingen[0].Tekst";
    private const string OudeTekst = "We weten wie bij de andere organisatie ons vaste aanspreekpunt is en hoe we die persoon bereiken.";
    private const string NieuweTekst = "We weten wie bij de andere organisatie ons aanspreekpunt is en hoe we die persoon snel bereiken.";
    private readonly PortalFactory _factory = new();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpClient> OnderzoekerAsync(string email = "onderzoeker@example.org")
    {
        await _factory.CreateUserAsync(email, Rollen.Onderzoeker);
        return await Html.SignedInClientAsync(_factory, email);
    }

    private static Task<HttpResponseMessage> BewaarAsync(HttpClient client, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>> wijzig, string notitie = "Stelling duidelijker") =>
        Html.SubmitFormAsync(client, Bewerken, Formulier, f => wijzig(f).With("Notitie", notitie));

    private Task<List<ScanVersie>> VersiesAsync() =>
        _factory.WithDbAsync(db => db.ScanVersies.AsNoTracking().OrderBy(v => v.Nummer).ToListAsync());

    private async Task<List<string>> ScanStellingenAsync()
    {
        using var anoniem = _factory.CreateClient();
        var pagina = await Html.ParseAsync(await anoniem.GetAsync("/samenwerkingsscan"));
        return [.. pagina.QuerySelectorAll("fieldset.scan-stelling legend").Select(l => l.TextContent.Trim())];
    }

    [Fact]
    public async Task An_Onderzoeker_finds_the_scan_and_the_research_export_from_the_gids_management_and_a_Beheerder_only_the_scan()
    {
        using var onderzoeker = await OnderzoekerAsync();
        var links = (await Html.ParseAsync(await onderzoeker.GetAsync("/gids/beheer"))).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Beheer, links);
        Assert.Contains("/onderzoek/samenwerkingsscan", links);

        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        links = (await Html.ParseAsync(await beheerder.GetAsync("/gids/beheer"))).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Beheer, links);
        Assert.DoesNotContain("/onderzoek/samenwerkingsscan", links);
    }

    [Fact]
    public async Task A_new_version_is_what_the_scan_asks_next_and_the_old_one_stays_readable()
    {
        using var client = await OnderzoekerAsync();
        Assert.Contains(OudeTekst, await ScanStellingenAsync());

        using var bewaard = await BewaarAsync(client, f => f.With(EersteStelling, NieuweTekst));

        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);
        var stellingen = await ScanStellingenAsync();
        Assert.Equal(NieuweTekst, stellingen[0]);
        Assert.DoesNotContain(OudeTekst, stellingen);
        var versies = await VersiesAsync();
        Assert.Equal([1, 2], versies.Select(v => v.Nummer));
        Assert.Equal("onderzoeker@example.org", versies[1].Auteur);
        Assert.Equal("Stelling duidelijker", versies[1].Notitie);
        Assert.Contains(OudeTekst, versies[0].Inhoud);

        var overzicht = await Html.ParseAsync(await client.GetAsync(Beheer));
        Assert.Contains("Versie 2 van de scan is bewaard", overzicht.Text(".melding"));
        Assert.Equal("Nu in gebruik: versie 2", overzicht.Text("#huidige-titel"));
        Assert.Equal(2, overzicht.QuerySelectorAll(".versies > li").Length);

        var oud = await Html.ParseAsync(await client.GetAsync($"{Beheer}/versies/1"));
        Assert.Equal(OudeTekst, oud.Text("#stelling-elkaar-kennen-aanspreekpunt strong"));
        var nieuw = await Html.ParseAsync(await client.GetAsync($"{Beheer}/versies/2"));
        Assert.Equal("vaste", nieuw.Text("#stelling-elkaar-kennen-aanspreekpunt del").Replace("verwijderd:", "", StringComparison.Ordinal).Trim());
        Assert.Contains("snel", nieuw.Text("#stelling-elkaar-kennen-aanspreekpunt ins"));

        // The Beheerder sees who saved it in the audit log.
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        var audit = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit?soort=" + AuditSoorten.ScanVersieBewaard));
        var regel = Assert.Single(audit.QuerySelectorAll("table tbody tr"));
        Assert.Contains("onderzoeker@example.org", regel.TextContent);
        Assert.Contains("Versie 2", regel.TextContent);
    }

    [Fact]
    public async Task A_new_statement_gets_a_code_from_its_theme_and_a_vervallen_one_is_no_longer_asked()
    {
        using var client = await OnderzoekerAsync();

        using var bewaard = await BewaarAsync(client, f => f
            .With("Themas[1].NieuweTekst", "We vertellen elkaar eerlijk wat niet lukt.")
            .With("Themas[1].NieuweUitleg", "Wie durft te zeggen wat misloopt, kan het samen oplossen.")
            .With("Themas[0].Stellingen[3].Vervallen", "true"));

        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);
        var stellingen = await ScanStellingenAsync();
        Assert.Contains("We vertellen elkaar eerlijk wat niet lukt.", stellingen);
        Assert.DoesNotContain("De mensen die samenwerken, hebben elkaar al ontmoet en kennen elkaar persoonlijk.", stellingen);
        Assert.Equal(32, stellingen.Count);
        var inhoud = (await VersiesAsync())[^1].Inhoud;
        Assert.Contains("\"code\": \"vertrouwen-we-vertellen-elkaar-eerlijk-wat\"", inhoud);
        Assert.Contains("\"vervallen\": true", inhoud);

        // The statement is now part of the form, with its code shown and not editable.
        var formulier = await Html.ParseAsync(await client.GetAsync(Bewerken));
        Assert.Contains("vertrouwen-we-vertellen-elkaar-eerlijk-wat", formulier.Text("#stelling-vertrouwen-we-vertellen-elkaar-eerlijk-wat legend"));
        Assert.Null(formulier.QuerySelector("input[name$='.Code']"));
    }

    [Fact]
    public async Task A_typed_code_that_is_taken_is_refused_and_nothing_is_saved()
    {
        using var client = await OnderzoekerAsync();

        using var response = await BewaarAsync(client, f => f
            .With("Themas[1].NieuweTekst", "Een nieuwe stelling.").With("Themas[1].NieuweUitleg", "Uitleg.").With("Themas[1].NieuweCode", "elkaar-kennen-aanbod"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var pagina = await Html.ParseAsync(response);
        Assert.Contains("de code 'elkaar-kennen-aanbod' komt meer dan één keer voor", pagina.Text(".foutenoverzicht"));
        Assert.Equal("Een nieuwe stelling.", pagina.QuerySelector("textarea[name='Themas[1].NieuweTekst']")!.TextContent.Trim());
        Assert.Single(await VersiesAsync());
    }

    [Fact]
    public async Task Invalid_content_gives_a_Dutch_400_keeps_the_input_and_saves_nothing()
    {
        using var client = await OnderzoekerAsync();

        using var leeg = await BewaarAsync(client, f => f.With(EersteStelling, " ").With("Themas[0].Titel", "Nieuwe titel"));
        using var zonderNotitie = await BewaarAsync(client, f => f.With(EersteStelling, NieuweTekst), notitie: "");

        Assert.Equal(HttpStatusCode.BadRequest, leeg.StatusCode);
        var pagina = await Html.ParseAsync(leeg);
        Assert.Contains("Thema 1 (Nieuwe titel), stelling 1: de tekst ontbreekt.", pagina.Text(".foutenoverzicht"));
        Assert.Equal("Nieuwe titel", pagina.QuerySelector("input[name='Themas[0].Titel']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderNotitie.StatusCode);
        Assert.Contains("Schrijf kort wat er veranderde", (await Html.ParseAsync(zonderNotitie)).Text(".foutenoverzicht"));
        Assert.Single(await VersiesAsync());
        Assert.Contains(OudeTekst, await ScanStellingenAsync());
    }

    [Fact]
    public async Task A_gids_link_to_a_heading_that_does_not_exist_is_refused_with_the_reason()
    {
        using var client = await OnderzoekerAsync();

        using var anker = await BewaarAsync(client, f => f.With("Themas[1].Gids", "voorwaarden#bestaat-niet"));
        using var hoofdstuk = await BewaarAsync(client, f => f.With("Themas[1].Gids", "geen-hoofdstuk#vertrouwen"));

        Assert.Equal(HttpStatusCode.BadRequest, anker.StatusCode);
        Assert.Contains("Thema ‘Vertrouwen’: de link naar de gids (‘voorwaarden#bestaat-niet’) werkt niet: het hoofdstuk ‘voorwaarden’ heeft geen tussentitel met het anker ‘bestaat-niet’",
            (await Html.ParseAsync(anker)).Text(".foutenoverzicht"));
        Assert.Equal(HttpStatusCode.BadRequest, hoofdstuk.StatusCode);
        Assert.Contains("er is geen gepubliceerd hoofdstuk ‘geen-hoofdstuk’", (await Html.ParseAsync(hoofdstuk)).Text(".foutenoverzicht"));
        Assert.Single(await VersiesAsync());
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_saved_gets_a_409_and_keeps_what_was_typed()
    {
        using var eerste = await OnderzoekerAsync();
        using var tweede = await OnderzoekerAsync("collega@example.org");
        var oudFormulier = await Html.ParseAsync(await eerste.GetAsync(Bewerken));

        using var bewaard = await BewaarAsync(tweede, f => f.With(EersteStelling, NieuweTekst), "Van de collega");
        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);
        var velden = Html.FormFields(oudFormulier, Formulier).With("Themas[2].Titel", "Mijn titel").With("Notitie", "Van mij");
        using var laat = await eerste.PostAsync(Bewerken, new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.Conflict, laat.StatusCode);
        var pagina = await Html.ParseAsync(laat);
        Assert.Contains("Iemand anders bewaarde intussen versie 2 (collega@example.org", pagina.Text(".conflict"));
        Assert.Equal("Mijn titel", pagina.QuerySelector("input[name='Themas[2].Titel']")!.GetAttribute("value"));
        Assert.Equal(2, (await VersiesAsync()).Count);

        // The form now builds on version 2: saving again is a deliberate choice, and it works.
        Assert.Equal("2", pagina.QuerySelector("input[name=Versie]")!.GetAttribute("value"));
        using var opnieuw = await eerste.PostAsync(Bewerken, new FormUrlEncodedContent(Html.FormFields(pagina, Formulier)));
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        Assert.Equal(3, (await VersiesAsync()).Count);
    }

    [Fact]
    public async Task Restoring_an_old_version_saves_it_as_a_new_one_and_keeps_later_statements_as_vervallen()
    {
        using var client = await OnderzoekerAsync();
        using var bewaard = await BewaarAsync(client, f => f.With(EersteStelling, NieuweTekst)
            .With("Themas[1].NieuweTekst", "We vertellen elkaar eerlijk wat niet lukt.").With("Themas[1].NieuweUitleg", "Uitleg."));
        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);

        using var terug = await Html.SubmitFormAsync(client, $"{Beheer}/versies/1", "form.terugzetten");

        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        var versies = await VersiesAsync();
        Assert.Equal(3, versies.Count);
        Assert.Equal("Versie 1 teruggezet", versies[2].Notitie);
        var stellingen = await ScanStellingenAsync();
        Assert.Equal(OudeTekst, stellingen[0]);
        Assert.DoesNotContain("We vertellen elkaar eerlijk wat niet lukt.", stellingen);
        Assert.Contains("vertrouwen-we-vertellen-elkaar-eerlijk-wat", versies[2].Inhoud);
    }

    [Fact]
    public async Task A_Welzijnswerker_and_an_anonymous_visitor_cannot_revise_the_scan()
    {
        await _factory.CreateUserAsync("welzijn@example.org", Rollen.Welzijnswerker);
        using var welzijn = await Html.SignedInClientAsync(_factory, "welzijn@example.org");
        using var pagina = await welzijn.GetAsync(Bewerken);
        Assert.Equal(HttpStatusCode.Redirect, pagina.StatusCode);
        Assert.Contains("/geen-toegang", pagina.Headers.Location!.ToString());
        var token = await Html.AntiforgeryTokenAsync(welzijn, "/samenwerkingsscan");
        using var terugzetten = await welzijn.PostAsync($"{Beheer}/versies/1/terugzetten", new FormUrlEncodedContent([new("__af", token)]));
        Assert.Equal(HttpStatusCode.Redirect, terugzetten.StatusCode);
        Assert.Contains("/geen-toegang", terugzetten.Headers.Location!.ToString());

        using var anonymous = _factory.CreateClient();
        using var anoniem = await anonymous.GetAsync(Beheer);
        Assert.Equal(HttpStatusCode.Redirect, anoniem.StatusCode);
        Assert.Contains("/aanmelden", anoniem.Headers.Location!.ToString());
        Assert.Single(await VersiesAsync());
    }
}
