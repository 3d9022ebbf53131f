using System.Net;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>"Suggestie tot wijziging": a visitor proposes a new value for one field; a member accepts it with one click or declines it.</summary>
public sealed class SuggestieTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private const string Profiel = "/organisaties/" + Slug;
    private const string OudNummer = "09 000 00 01";
    private const string NieuwNummer = "09 999 99 99";
    private const string Formulier = "main form";
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change and count the same rows: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        await _factory.AddMembershipAsync(await _factory.CreateUserAsync("lid@example.org", Rollen.Welzijnswerker), Slug);
        await _factory.AddMembershipAsync(await _factory.CreateUserAsync("ander@example.org", Rollen.Welzijnswerker), "sociaal-huis-gent");
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private Task<Organisatie> OrganisatieAsync() => _factory.WithDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == Slug));

    private Task<Melding> MeldingAsync() => _factory.WithDbAsync(db => db.Meldingen.AsNoTracking().SingleAsync());

    /// <summary>A visitor proposes <paramref name="nummer"/> as the phone number of the organisatie.</summary>
    private async Task<HttpResponseMessage> StelNummerVoorAsync(string nummer, string? email = null, string? honingpot = null)
    {
        using var bezoeker = _factory.CreateClient();
        return await Html.SubmitFormAsync(bezoeker, $"{Profiel}/suggestie?veld=telefoon", Formulier, f =>
        {
            f.With("Formulier.Telefoon", nummer).With("Formulier.Toelichting", "Ze hebben een nieuw nummer sinds september.");
            if (email is not null)
            {
                f.With("Formulier.Email", email);
            }

            return honingpot is null ? f : f.With("Formulier.Website", honingpot);
        });
    }

    [Fact]
    public async Task A_visitor_suggests_a_phone_number_and_a_member_accepts_it_with_one_click_as_a_version_in_the_history()
    {
        using var bezoeker = _factory.CreateClient();
        var profiel = await Html.ParseAsync(await bezoeker.GetAsync(Profiel));
        Assert.NotNull(profiel.QuerySelector($"a[href='{Profiel}/suggestie']"));
        var keuze = await Html.ParseAsync(await bezoeker.GetAsync($"{Profiel}/suggestie"));
        Assert.NotNull(keuze.QuerySelector($"a[href='{Profiel}/suggestie?veld=telefoon']"));
        Assert.NotNull(keuze.QuerySelector($"a[href='{Profiel}/suggestie?veld=openingsuren']"));
        Assert.Contains(OudNummer, (await Html.ParseAsync(await bezoeker.GetAsync($"{Profiel}/suggestie?veld=telefoon"))).Text("main"));

        using var verstuurd = await StelNummerVoorAsync(NieuwNummer, email: "ouder@example.org");

        Assert.Equal(HttpStatusCode.OK, verstuurd.StatusCode);
        Assert.Equal("Bedankt voor je melding", (await Html.ParseAsync(verstuurd)).Text("h1"));
        var melding = await MeldingAsync();
        Assert.Equal(("telefoon", OudNummer, NieuwNummer), (melding.Veld, melding.HuidigeWaarde, melding.VoorgesteldeWaarde));
        var mails = await _factory.WithDbAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Contains(mails, m => m.Aan == "lid@example.org" && m.Tekst.Contains(OudNummer, StringComparison.Ordinal) && m.Tekst.Contains(NieuwNummer, StringComparison.Ordinal));
        Assert.Equal(OudNummer, (await OrganisatieAsync()).Telefoon);

        // The member sees old → new and accepts with one click.
        using var lid = await Html.SignedInClientAsync(_factory, "lid@example.org");
        var wachtrij = await Html.ParseAsync(await lid.GetAsync("/meldingen"));
        var rij = wachtrij.QuerySelector(".suggestie tbody tr")!;
        Assert.Equal(OudNummer, rij.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal(NieuwNummer, rij.QuerySelectorAll("td")[1].TextContent.Trim());
        using var aanvaard = await Html.SubmitFormAsync(lid, "/meldingen", "form[action$='/aanvaarden']");
        Assert.Equal(HttpStatusCode.Redirect, aanvaard.StatusCode);
        Assert.Contains($"is nu ‘{NieuwNummer}’", (await Html.ParseAsync(await lid.GetAsync("/meldingen"))).Text("[role=status]"));

        using var anoniem = _factory.CreateClient();
        Assert.Contains(NieuwNummer, (await Html.ParseAsync(await anoniem.GetAsync(Profiel))).Text("main"));
        var organisatie = await OrganisatieAsync();
        var versies = await _factory.WithDbAsync(db => db.ProfielVersies.AsNoTracking()
            .Where(v => v.Soort == ProfielSoort.Organisatie && v.ProfielId == organisatie.Id).OrderBy(v => v.Nummer).ToListAsync());
        Assert.Equal("lid@example.org", versies[^1].Door);
        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"{Profiel}/geschiedenis"));
        Assert.Contains("Suggestie van een bezoeker aanvaard", geschiedenis.Text($"#versie-{versies[^1].Nummer} h2"));
        var telefoon = geschiedenis.QuerySelectorAll($"#versie-{versies[^1].Nummer} tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Telefoon");
        Assert.Equal(OudNummer, telefoon.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal(NieuwNummer, telefoon.QuerySelectorAll("td")[1].TextContent.Trim());

        Assert.Equal(MeldingStatus.Opgelost, (await MeldingAsync()).Status);
        Assert.Contains(await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == "ouder@example.org").Select(m => m.Onderwerp).ToListAsync()),
            o => o == "Je melding over Huiswerkklas De Sleutel is behandeld");
    }

    [Fact]
    public async Task A_member_declines_a_suggestion_and_the_profile_stays_as_it_was()
    {
        using var verstuurd = await StelNummerVoorAsync(NieuwNummer);
        using var lid = await Html.SignedInClientAsync(_factory, "lid@example.org");

        using var afgewezen = await Html.SubmitFormAsync(lid, "/meldingen", "form:has(input[value=Afgewezen])");

        Assert.Equal(HttpStatusCode.Redirect, afgewezen.StatusCode);
        Assert.Equal(MeldingStatus.Afgewezen, (await MeldingAsync()).Status);
        Assert.Equal(OudNummer, (await OrganisatieAsync()).Telefoon);
        Assert.Empty((await Html.ParseAsync(await lid.GetAsync("/meldingen"))).QuerySelectorAll("form[action$='/aanvaarden']"));
    }

    [Fact]
    public async Task When_the_field_changed_since_the_suggestion_nothing_is_applied_and_the_member_is_told()
    {
        using var verstuurd = await StelNummerVoorAsync(NieuwNummer);
        using var lid = await Html.SignedInClientAsync(_factory, "lid@example.org");
        using var bewerkt = await Html.SubmitFormAsync(lid, $"{Profiel}/bewerken", "form.profielformulier", f => f.With("Formulier.Telefoon", "09 555 55 55"));
        Assert.Equal(HttpStatusCode.Redirect, bewerkt.StatusCode);

        using var aanvaard = await Html.SubmitFormAsync(lid, "/meldingen", "form[action$='/aanvaarden']");

        Assert.Equal(HttpStatusCode.Redirect, aanvaard.StatusCode);
        Assert.Contains("veranderde sinds de suggestie", (await Html.ParseAsync(await lid.GetAsync("/meldingen"))).Text("[role=status]"));
        Assert.Equal("09 555 55 55", (await OrganisatieAsync()).Telefoon);
        Assert.Equal(MeldingStatus.Nieuw, (await MeldingAsync()).Status);
    }

    [Fact]
    public async Task An_invalid_value_gets_a_Dutch_message_and_a_400_and_nothing_is_stored()
    {
        using var bezoeker = _factory.CreateClient();

        using var letters = await StelNummerVoorAsync("bel me maar");
        Assert.Equal(HttpStatusCode.BadRequest, letters.StatusCode);
        var page = await Html.ParseAsync(letters);
        Assert.Contains("alleen cijfers", page.Text("#Formulier_Telefoon-fout"));
        Assert.Contains("alleen cijfers", page.Text(".foutenoverzicht"));
        Assert.Equal("bel me maar", page.QuerySelector("#Formulier_Telefoon")?.GetAttribute("value"));

        using var hetzelfde = await StelNummerVoorAsync(OudNummer);
        Assert.Equal(HttpStatusCode.BadRequest, hetzelfde.StatusCode);
        Assert.Contains("Dit staat al zo in het profiel", (await Html.ParseAsync(hetzelfde)).Text("#Formulier_Telefoon-fout"));

        using var email = await Html.SubmitFormAsync(bezoeker, $"{Profiel}/suggestie?veld=email", Formulier, f => f.With("Formulier.EmailAdres", "geen adres"));
        Assert.Equal(HttpStatusCode.BadRequest, email.StatusCode);
        Assert.Contains("geldig e-mailadres", (await Html.ParseAsync(email)).Text("#Formulier_EmailAdres-fout"));

        using var adres = await Html.SubmitFormAsync(bezoeker, $"{Profiel}/suggestie?veld=adres", Formulier,
            f => f.With("Formulier.Straat", "Nieuwstraat 9").With("Formulier.Gemeente", "Nergenshuizen"));
        Assert.Equal(HttpStatusCode.BadRequest, adres.StatusCode);
        Assert.Contains("We kennen de gemeente ‘Nergenshuizen’ niet", (await Html.ParseAsync(adres)).Text("#Formulier_Gemeente-fout"));

        // A field the profile kind does not have: the page asks which field, as a 400.
        var brugfiguur = await _factory.WithDbAsync(db => db.Brugfiguren.Select(b => b.Slug).FirstAsync());
        var keuze = await Html.ParseAsync(await bezoeker.GetAsync($"/brugfiguren/{brugfiguur}/suggestie?veld=adres"));
        Assert.Equal(2, keuze.QuerySelectorAll("main a[href*='/suggestie?veld=']").Length);
        using var onbekend = await Html.SubmitAsync(bezoeker, $"/brugfiguren/{brugfiguur}/suggestie?veld=telefoon", $"/brugfiguren/{brugfiguur}/suggestie",
            new Dictionary<string, string> { ["Formulier.Veld"] = "openingsuren", ["Formulier.Openingsuren"] = "Altijd" });
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.StatusCode);
        Assert.Contains("Kies welk gegeven", (await Html.ParseAsync(onbekend)).Text(".foutenoverzicht"));

        Assert.Equal(0, await _factory.WithDbAsync(db => db.Meldingen.CountAsync()));
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_same_thanks_but_nothing_is_stored_or_sent()
    {
        using var response = await StelNummerVoorAsync(NieuwNummer, honingpot: "https://spam.example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bedankt voor je melding", (await Html.ParseAsync(response)).Text("h1"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Meldingen.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_member_of_another_organisatie_cannot_accept()
    {
        using var verstuurd = await StelNummerVoorAsync(NieuwNummer);
        var id = (await MeldingAsync()).Id;
        using var ander = await Html.SignedInClientAsync(_factory, "ander@example.org");
        Assert.Empty((await Html.ParseAsync(await ander.GetAsync("/meldingen"))).QuerySelectorAll("form[action$='/aanvaarden']"));

        using var geweigerd = await Html.SubmitAsync(ander, "/mijn-account", $"/meldingen/{id}/aanvaarden", new Dictionary<string, string>());

        Assert.StartsWith("/geen-toegang", geweigerd.Headers.Location!.OriginalString);
        Assert.Equal(OudNummer, (await OrganisatieAsync()).Telefoon);
        Assert.Equal(MeldingStatus.Nieuw, (await MeldingAsync()).Status);
    }

    [Fact]
    public async Task An_accepted_address_moves_the_first_location_of_the_organisatie()
    {
        using var bezoeker = _factory.CreateClient();
        var voor = await OrganisatieAsync();
        Assert.Contains("Kerkstraat 5, 9050 Gent", (await Html.ParseAsync(await bezoeker.GetAsync($"{Profiel}/suggestie?veld=adres"))).Text("main"));

        using var verstuurd = await Html.SubmitFormAsync(bezoeker, $"{Profiel}/suggestie?veld=adres", Formulier,
            f => f.With("Formulier.Straat", "Nieuwstraat 9").With("Formulier.Postcode", "9000").With("Formulier.Gemeente", "Gent"));
        Assert.Equal(HttpStatusCode.OK, verstuurd.StatusCode);
        Assert.Equal("Nieuwstraat 9, 9000 Gent", (await MeldingAsync()).VoorgesteldeWaarde);

        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var aanvaard = await Html.SubmitFormAsync(beheerder, "/meldingen", "form[action$='/aanvaarden']");
        Assert.Equal(HttpStatusCode.Redirect, aanvaard.StatusCode);

        var locatie = (await OrganisatieAsync()).Locaties[0];
        Assert.Equal(("Nieuwstraat 9", "9000", voor.Locaties[0].GemeenteNis, voor.Locaties[0].Naam), (locatie.Straat, locatie.Postcode, locatie.GemeenteNis, locatie.Naam));
        Assert.Contains("Nieuwstraat 9", (await Html.ParseAsync(await bezoeker.GetAsync(Profiel))).Text("main"));
    }

    [Fact]
    public async Task A_schools_aanspreekpunt_is_its_zorgcoordinator_and_keeps_its_contact_details()
    {
        using var bezoeker = _factory.CreateClient();
        const string School = "/scholen/basisschool-de-regenboog";
        var keuze = await Html.ParseAsync(await bezoeker.GetAsync($"{School}/suggestie"));
        Assert.Contains("Zorgcoördinator", keuze.Text("main"));
        Assert.Null(keuze.QuerySelector($"a[href='{School}/suggestie?veld=openingsuren']"));

        using var verstuurd = await Html.SubmitFormAsync(bezoeker, $"{School}/suggestie?veld=aanspreekpunt", Formulier,
            f => f.With("Formulier.Aanspreekpunt", "Mevrouw Claes"));
        Assert.Equal(HttpStatusCode.OK, verstuurd.StatusCode);

        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var aanvaard = await Html.SubmitFormAsync(beheerder, "/meldingen", "form[action$='/aanvaarden']");
        Assert.Equal(HttpStatusCode.Redirect, aanvaard.StatusCode);

        var zorg = (await _factory.WithDbAsync(db => db.Scholen.AsNoTracking().SingleAsync(s => s.Slug == "basisschool-de-regenboog"))).Zorgcoordinator!;
        Assert.Equal(("Mevrouw Claes", "zorg.regenboog@example.org"), (zorg.Naam, zorg.Email));
    }
}
