using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>
/// "Zet je organisatie op de kaart" (/organisatie-toevoegen) and its moderation queue (/beheer/voorstellen): a visitor
/// proposes, confirms by mail, a Beheerder approves, asks for changes or refuses, and the proposer hears of each step.
/// Also the Beheerder's /beheer/organisaties/nieuw, which makes an organisatie through the same code.
/// </summary>
public sealed partial class OrganisatievoorstelTests : IAsyncLifetime
{
    private const string Formulier = "main form.profielformulier";
    private const string Beheerder = "beheerder@example.org";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // Each test counts proposals, mails and organisaties: each starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart)) { Clock = _clock };
        await _factory.CreateUserAsync(Beheerder, Rollen.Beheerder);
        await _factory.CreateUserAsync("tweede-beheerder@example.org", Rollen.Beheerder);
        await _factory.CreateUserAsync("welzijn@example.org", Rollen.Welzijnswerker);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Step_one_shows_organisaties_with_the_same_KBO_number_or_a_similar_name_in_the_same_gemeente_with_Ik_werk_hier()
    {
        await _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Naam == TestKaart.OcmwLeuven)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.KboNummer, "0123.456.749")));
        using var bezoeker = _factory.CreateClient();

        using var response = await bezoeker.GetAsync("/organisatie-toevoegen?naam=De+Sleutel+huiswerkklas&gemeente=9000&kbo=0123456749");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var lijst = page.QuerySelectorAll(".gelijkaardig-lijst li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, lijst.Count);
        Assert.Contains(lijst, l => l.Contains(TestKaart.OcmwLeuven, StringComparison.Ordinal) && l.Contains("Zelfde ondernemingsnummer", StringComparison.Ordinal));
        Assert.Contains(lijst, l => l.Contains(TestKaart.Sleutel, StringComparison.Ordinal) && l.Contains("Gelijkaardige naam in Gent", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector(".gelijkaardig-lijst a[href='/organisaties/huiswerkklas-de-sleutel/ik-werk-hier']"));
        Assert.NotNull(page.QuerySelector("form[action='/organisatie-toevoegen/gegevens'] input[name=gemeente][value=Gent]"));

        // A similar name elsewhere is not the same organisatie; "Ik werk hier" asks to sign in first.
        var leuven = await Html.ParseAsync(await bezoeker.GetAsync("/organisatie-toevoegen?naam=Huiswerkpunt&gemeente=Gent"));
        Assert.Empty(leuven.QuerySelectorAll(".gelijkaardig-lijst li"));
        Assert.Equal("We vonden geen gelijkaardige organisatie", leuven.Text("#gelijkaardig-titel"));
        using var ikWerkHier = await bezoeker.GetAsync("/organisaties/huiswerkklas-de-sleutel/ik-werk-hier");
        Assert.Contains("/aanmelden", ikWerkHier.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_one_with_an_unknown_gemeente_or_a_wrong_KBO_number_gets_Dutch_messages_and_a_400()
    {
        using var bezoeker = _factory.CreateClient();

        using var response = await bezoeker.GetAsync("/organisatie-toevoegen?naam=&gemeente=Atlantis&kbo=123");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Vul de naam van de organisatie in.", page.Text("#naam-fout"));
        Assert.Contains("We kennen de gemeente ‘Atlantis’ niet", page.Text("#gemeente-fout"), StringComparison.Ordinal);
        Assert.Contains("Dit ondernemingsnummer klopt niet", page.Text(".foutenoverzicht"), StringComparison.Ordinal);
        Assert.Equal("Atlantis", page.QuerySelector("#gemeente")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_proposal_with_errors_gets_Dutch_messages_and_a_400_keeps_what_was_typed_and_saves_nothing()
    {
        using var bezoeker = _factory.CreateClient();

        using var response = await Html.SubmitFormAsync(bezoeker, "/organisatie-toevoegen/gegevens?naam=Atelier+Zonnekind&gemeente=Gent", Formulier, f => f
            .With("Indiener.Naam", "An Peeters").With("Indiener.Email", "geen adres").With("Formulier.Website", "niet//een site"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("geldig e-mailadres", page.Text("#Indiener_Email-fout"), StringComparison.Ordinal);
        Assert.Equal("Beschrijf kort wat de organisatie doet.", page.Text("#Formulier_Beschrijving-fout"));
        Assert.Contains("geldig webadres", page.Text(".foutenoverzicht"), StringComparison.Ordinal);
        Assert.Equal("Atelier Zonnekind", page.QuerySelector("#Formulier_Naam")!.GetAttribute("value"));
        Assert.Equal("An Peeters", page.QuerySelector("#Indiener_Naam")!.GetAttribute("value"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Organisatievoorstellen.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_same_answer_but_nothing_is_stored_or_sent()
    {
        using var robot = _factory.CreateClient();

        using var response = await StelVoorAsync(robot, "Goedkope Horloges", "robot@example.org", f => f.With("Indiener.Website", "https://spam.example.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bevestig je e-mailadres", (await Html.ParseAsync(response)).Text("h1"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Organisatievoorstellen.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Proposals_are_rate_limited_per_visitor()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), new Dictionary<string, string?> { ["RateLimits:FormulierPerMinuut"] = "2" });
        using var client = factory.CreateClient();
        var statussen = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await StelVoorAsync(client, $"Atelier nummer {i}", $"indiener{i}@example.org");
            statussen.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statussen);
    }

    [Fact]
    public async Task An_unconfirmed_proposal_is_not_in_the_queue_and_the_link_in_the_mail_puts_it_there()
    {
        using var bezoeker = _factory.CreateClient();
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);

        using var verstuurd = await StelVoorAsync(bezoeker, "Atelier Zonnekind", "an@example.org");

        Assert.Equal("Bevestig je e-mailadres", (await Html.ParseAsync(verstuurd)).Text("h1"));
        Assert.DoesNotContain("Atelier Zonnekind", (await Html.ParseAsync(await beheerder.GetAsync("/beheer/voorstellen"))).Text("main"), StringComparison.Ordinal);
        Assert.Empty(await MailsAsync(Beheerder));

        using var bevestigd = await BevestigAsync(bezoeker, await LinkAsync("an@example.org", "Bevestig je voorstel: Atelier Zonnekind"));

        Assert.Equal(HttpStatusCode.OK, bevestigd.StatusCode);
        Assert.Equal("Bedankt, we bekijken je voorstel", (await Html.ParseAsync(bevestigd)).Text("h1"));
        Assert.Contains(await MailsAsync(Beheerder), m => m.Onderwerp == "Nieuw voorstel: Atelier Zonnekind" && m.Tekst.Contains("/beheer/voorstellen/", StringComparison.Ordinal));
        Assert.Contains("Atelier Zonnekind", (await Html.ParseAsync(await beheerder.GetAsync("/beheer/voorstellen"))).Text(".voorstellen"), StringComparison.Ordinal);
        Assert.Contains("1 voorstel wacht op een beslissing", (await Html.ParseAsync(await beheerder.GetAsync("/beheer"))).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_publishes_the_profile_search_finds_it_and_a_proposer_without_account_is_invited()
    {
        using var bezoeker = _factory.CreateClient();
        var (bevestigLink, id) = await IngediendAsync(bezoeker, "an@example.org");
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);

        var detail = await Html.ParseAsync(await beheerder.GetAsync($"/beheer/voorstellen/{id}"));
        Assert.Contains("zonnebloemateliers", detail.Text(".voorbeeld-profiel"), StringComparison.Ordinal);
        Assert.Contains("an@example.org", detail.Text(".gegevens"), StringComparison.Ordinal);
        using var goedgekeurd = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", $"form[action='/beheer/voorstellen/{id}/goedkeuren']");

        Assert.Equal(HttpStatusCode.Redirect, goedgekeurd.StatusCode);
        Assert.Equal("/organisaties/atelier-zonnekind", goedgekeurd.Headers.Location!.OriginalString);
        var profiel = await Html.ParseAsync(await _factory.CreateClient().GetAsync("/organisaties/atelier-zonnekind"));
        Assert.Equal("Atelier Zonnekind", profiel.Text("h1"));
        var zoek = await Html.ParseAsync(await _factory.CreateClient().GetAsync("/sociale-kaart?q=zonnebloemateliers"));
        Assert.Contains("Atelier Zonnekind", zoek.Text(".treffers"), StringComparison.Ordinal);

        var organisatie = await _factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Slug == "atelier-zonnekind"));
        Assert.Equal(BelgischeTijd.Vandaag(_clock), organisatie.LaatstGecontroleerd);
        Assert.Equal("Gent", organisatie.Locaties.Single().Plaats);
        var versie = await _factory.WithDbAsync(db => db.ProfielVersies.SingleAsync(v => v.ProfielId == organisatie.Id));
        Assert.Equal(1, versie.Nummer);
        Assert.Contains("An Peeters", versie.Omschrijving, StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.Lidmaatschappen.AnyAsync(l => l.OrganisatieId == organisatie.Id && l.Gebruiker!.Email == "an@example.org")));
        var mails = await MailsAsync("an@example.org");
        Assert.Contains(mails, m => m.Onderwerp == "Atelier Zonnekind staat op de kaart" && m.Tekst.Contains("aparte mail", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Onderwerp == "Je bent uitgenodigd voor Partnerschap" && m.Tekst.Contains("/uitnodiging?", StringComparison.Ordinal));
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Soort == AuditSoorten.VoorstelBeslist && a.Onderwerp == "Atelier Zonnekind" && a.Actor == Beheerder)));

        // The confirmation link of a decided proposal no longer works, and says why.
        using var oud = await bezoeker.GetAsync(bevestigLink);
        Assert.Equal(HttpStatusCode.Gone, oud.StatusCode);
        Assert.Contains("al goedgekeurd", (await Html.ParseAsync(oud)).Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_the_proposal_of_an_existing_account_makes_it_a_member_without_a_new_invitation()
    {
        using var bezoeker = _factory.CreateClient();
        var (_, id) = await IngediendAsync(bezoeker, "welzijn@example.org");
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);

        using var goedgekeurd = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", $"form[action='/beheer/voorstellen/{id}/goedkeuren']");

        Assert.Equal(HttpStatusCode.Redirect, goedgekeurd.StatusCode);
        using var lid = await Html.SignedInClientAsync(_factory, "welzijn@example.org");
        Assert.Equal(HttpStatusCode.OK, (await lid.GetAsync("/organisaties/atelier-zonnekind/bewerken")).StatusCode);
        var mails = await MailsAsync("welzijn@example.org");
        Assert.Contains(mails, m => m.Onderwerp == "Atelier Zonnekind staat op de kaart" && m.Tekst.Contains("/organisaties/atelier-zonnekind/bewerken", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Onderwerp.Contains("uitgenodigd", StringComparison.Ordinal));
        var gebruikerId = await _factory.WithDbAsync(db => db.Organisatievoorstellen.Select(v => v.GebruikerId).SingleAsync());
        Assert.Equal("welzijn@example.org", await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == gebruikerId).Select(u => u.Email).SingleAsync()));
    }

    [Fact]
    public async Task When_no_account_can_be_made_for_the_proposer_the_organisatie_is_still_published_and_the_Beheerder_is_told()
    {
        using var bezoeker = _factory.CreateClient();
        // A valid address that Identity's default user names refuse (the apostrophe).
        var (_, id) = await IngediendAsync(bezoeker, "o'brien@example.org");
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);

        using var goedgekeurd = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", $"form[action='/beheer/voorstellen/{id}/goedkeuren']");

        Assert.Equal("/organisaties/atelier-zonnekind", goedgekeurd.Headers.Location!.OriginalString);
        var profiel = await Html.ParseAsync(await beheerder.GetAsync("/organisaties/atelier-zonnekind"));
        Assert.Contains("we konden geen account maken voor o'brien@example.org", profiel.Text(".melding"), StringComparison.Ordinal);
        Assert.Contains(await MailsAsync("o'brien@example.org"), m => m.Onderwerp == "Atelier Zonnekind staat op de kaart" && m.Tekst.Contains("Een beheerder nodigt je nog uit", StringComparison.Ordinal));
        Assert.False(await _factory.WithDbAsync(db => db.Lidmaatschappen.AnyAsync(l => l.Organisatie!.Slug == "atelier-zonnekind")));
    }

    [Fact]
    public async Task Asking_for_changes_mails_a_link_the_proposer_edits_and_the_proposal_is_back_in_the_queue()
    {
        using var bezoeker = _factory.CreateClient();
        var (_, id) = await IngediendAsync(bezoeker, "an@example.org");
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);
        var wijzigingen = $"form[action='/beheer/voorstellen/{id}/wijzigingen']";

        using var leeg = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", wijzigingen);
        Assert.Equal(HttpStatusCode.BadRequest, leeg.StatusCode);
        Assert.Equal("Schrijf wat de indiener moet aanpassen.", (await Html.ParseAsync(leeg)).Text("#bericht-fout"));

        using var gevraagd = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", wijzigingen, f => f.With("bericht", "Vul ook het adres in de Brugse Poort in."));
        Assert.Equal(HttpStatusCode.Redirect, gevraagd.StatusCode);
        Assert.Equal(VoorstelStatus.WijzigingenGevraagd, await StatusAsync(id));
        var wachtrij = await Html.ParseAsync(await beheerder.GetAsync("/beheer/voorstellen"));
        Assert.Contains("We vroegen an@example.org om het voorstel", wachtrij.Text(".melding"), StringComparison.Ordinal);
        Assert.Equal("Er zijn geen voorstellen met deze status.", wachtrij.Text("p.leeg"));
        var mail = Assert.Single(await MailsAsync("an@example.org"), m => m.Onderwerp == "Pas je voorstel aan: Atelier Zonnekind");
        Assert.Contains("Vul ook het adres in de Brugse Poort in.", mail.Tekst, StringComparison.Ordinal);
        var bewerkLink = new Uri(Link().Match(mail.Tekst).Value).PathAndQuery;

        var bewerken = await Html.ParseAsync(await bezoeker.GetAsync(bewerkLink));
        Assert.Contains("Vul ook het adres in de Brugse Poort in.", bewerken.Text(".melding"), StringComparison.Ordinal);
        Assert.Equal("Atelier Zonnekind", bewerken.QuerySelector("#Formulier_Naam")!.GetAttribute("value"));
        using var opnieuw = await Html.SubmitFormAsync(bezoeker, bewerkLink, Formulier, f => f.With("Formulier.Locaties[0].Straat", "Bevrijdingslaan 1"));

        Assert.Equal("Bedankt, we bekijken je voorstel", (await Html.ParseAsync(opnieuw)).Text("h1"));
        Assert.Equal(VoorstelStatus.Ingediend, await StatusAsync(id));
        Assert.Contains(await MailsAsync(Beheerder), m => m.Onderwerp == "Aangepast voorstel: Atelier Zonnekind");
        Assert.Contains("Atelier Zonnekind", (await Html.ParseAsync(await beheerder.GetAsync("/beheer/voorstellen"))).Text(".voorstellen"), StringComparison.Ordinal);
        Assert.Contains("Bevrijdingslaan 1", (await Html.ParseAsync(await beheerder.GetAsync($"/beheer/voorstellen/{id}"))).Text(".voorbeeld-profiel"), StringComparison.Ordinal);

        // The edit link did its work: sent again, it no longer opens the form.
        using var nogEens = await bezoeker.GetAsync(bewerkLink);
        Assert.Equal(HttpStatusCode.Gone, nogEens.StatusCode);
        Assert.Equal("Deze link werkt niet meer", (await Html.ParseAsync(nogEens)).Text("h1"));
    }

    [Fact]
    public async Task Refusing_needs_a_reason_which_the_proposer_gets_by_mail()
    {
        using var bezoeker = _factory.CreateClient();
        var (_, id) = await IngediendAsync(bezoeker, "an@example.org");
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);
        var weigeren = $"form[action='/beheer/voorstellen/{id}/weigeren']";

        using var zonderReden = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", weigeren);
        Assert.Equal(HttpStatusCode.BadRequest, zonderReden.StatusCode);
        Assert.Contains("Schrijf waarom je het voorstel weigert", (await Html.ParseAsync(zonderReden)).Text("#reden-fout"), StringComparison.Ordinal);
        Assert.Equal(VoorstelStatus.Ingediend, await StatusAsync(id));

        using var geweigerd = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", weigeren, f => f.With("reden", "Dit is een bedrijf, geen welzijnsorganisatie."));

        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Equal(VoorstelStatus.Geweigerd, await StatusAsync(id));
        Assert.Contains(await MailsAsync("an@example.org"), m => m.Onderwerp == "Je voorstel: Atelier Zonnekind" && m.Tekst.Contains("Dit is een bedrijf, geen welzijnsorganisatie.", StringComparison.Ordinal));
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Soort == AuditSoorten.VoorstelBeslist && a.Details!.Contains("Geweigerd"))));
        Assert.False(await _factory.WithDbAsync(db => db.Organisaties.AnyAsync(o => o.Naam == "Atelier Zonnekind")));
        var geweigerdeLijst = await Html.ParseAsync(await beheerder.GetAsync("/beheer/voorstellen?status=Geweigerd"));
        Assert.Contains("Atelier Zonnekind", geweigerdeLijst.Text(".voorstellen"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.GetAsync("/beheer/voorstellen?status=kapot")).StatusCode);
    }

    [Fact]
    public async Task A_confirmation_link_stops_working_after_seven_days_and_a_broken_link_gets_a_clear_page()
    {
        using var bezoeker = _factory.CreateClient();
        await StelVoorAsync(bezoeker, "Atelier Zonnekind", "an@example.org");
        var link = await LinkAsync("an@example.org", "Bevestig je voorstel: Atelier Zonnekind");

        _clock.Advance(TimeSpan.FromDays(8));
        using var verlopen = await bezoeker.GetAsync(link);
        using var kapot = await bezoeker.GetAsync("/organisatie-toevoegen/bevestigen?code=abc");
        using var kapotBewerken = await bezoeker.GetAsync("/organisatie-toevoegen/abc");

        foreach (var response in new[] { verlopen, kapot, kapotBewerken })
        {
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Equal("Deze link werkt niet meer", (await Html.ParseAsync(response)).Text("h1"));
        }

        Assert.Equal(VoorstelStatus.EmailNietBevestigd, await StatusAsync(await VoorstelIdAsync("Atelier Zonnekind")));
    }

    [Fact]
    public async Task The_daily_job_removes_proposals_whose_e_mail_address_was_not_confirmed_within_seven_days()
    {
        using var bezoeker = _factory.CreateClient();
        await StelVoorAsync(bezoeker, "Atelier Oud", "oud@example.org");
        var (_, ingediend) = await IngediendAsync(bezoeker, "an@example.org");
        _clock.Advance(TimeSpan.FromDays(6));
        await StelVoorAsync(bezoeker, "Atelier Recent", "recent@example.org");
        _clock.Advance(TimeSpan.FromDays(2));

        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Partnerschap.Web.Infrastructure.Herinneringen.HerinneringService>().RuimAuditOpAsync(TestContext.Current.CancellationToken);
        }

        var over = await _factory.WithDbAsync(db => db.Organisatievoorstellen.OrderBy(v => v.OrganisatieNaam).Select(v => v.OrganisatieNaam).ToListAsync());
        Assert.Equal(["Atelier Recent", "Atelier Zonnekind"], over);
        Assert.Equal(VoorstelStatus.Ingediend, await StatusAsync(ingediend));
    }

    [Fact]
    public async Task The_daily_job_removes_a_decided_proposal_with_the_proposers_address_a_year_after_the_decision()
    {
        using var bezoeker = _factory.CreateClient();
        var (_, id) = await IngediendAsync(bezoeker, "an@example.org");
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);
        using var geweigerd = await Html.SubmitFormAsync(beheerder, $"/beheer/voorstellen/{id}", $"form[action='/beheer/voorstellen/{id}/weigeren']", f => f.With("reden", "Bestaat al."));
        Assert.Equal(VoorstelStatus.Geweigerd, await StatusAsync(id));

        async Task<bool> BestaatNogAsync()
        {
            using (var scope = _factory.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<Partnerschap.Web.Infrastructure.Herinneringen.HerinneringService>().RuimAuditOpAsync(TestContext.Current.CancellationToken);
            }

            return await _factory.WithDbAsync(db => db.Organisatievoorstellen.AnyAsync(v => v.Id == id));
        }

        _clock.Advance(TimeSpan.FromDays(364));
        Assert.True(await BestaatNogAsync());
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.False(await BestaatNogAsync());
    }

    [Fact]
    public async Task Only_a_Beheerder_sees_the_queue_and_creates_organisaties()
    {
        using var welzijnswerker = await Html.SignedInClientAsync(_factory, "welzijn@example.org");

        foreach (var pad in new[] { "/beheer/voorstellen", $"/beheer/voorstellen/{Guid.NewGuid()}", "/beheer/organisaties/nieuw" })
        {
            using var response = await welzijnswerker.GetAsync(pad);
            Assert.StartsWith("/geen-toegang", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Of_two_Beheerders_deciding_at_once_one_wins_and_the_other_gets_a_message()
    {
        using var bezoeker = _factory.CreateClient();
        var (_, id) = await IngediendAsync(bezoeker, "an@example.org");
        using var eerste = await Html.SignedInClientAsync(_factory, Beheerder);
        using var tweede = await Html.SignedInClientAsync(_factory, "tweede-beheerder@example.org");
        // Both opened the proposal before either decided.
        var pagina1 = await Html.ParseAsync(await eerste.GetAsync($"/beheer/voorstellen/{id}"));
        var pagina2 = await Html.ParseAsync(await tweede.GetAsync($"/beheer/voorstellen/{id}"));
        var goedkeuren = Html.FormFields(pagina1, $"form[action='/beheer/voorstellen/{id}/goedkeuren']");
        var weigeren = Html.FormFields(pagina2, $"form[action='/beheer/voorstellen/{id}/weigeren']").With("reden", "Bestaat al.");

        var antwoorden = await Task.WhenAll(
            eerste.PostAsync($"/beheer/voorstellen/{id}/goedkeuren", new FormUrlEncodedContent(goedkeuren)),
            tweede.PostAsync($"/beheer/voorstellen/{id}/weigeren", new FormUrlEncodedContent(weigeren)));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var status = await StatusAsync(id);
        Assert.Contains(status, new[] { VoorstelStatus.Goedgekeurd, VoorstelStatus.Geweigerd });
        Assert.Equal(status == VoorstelStatus.Goedgekeurd ? 1 : 0, await _factory.WithDbAsync(db => db.Organisaties.CountAsync(o => o.Naam == "Atelier Zonnekind")));
        var verliezer = status == VoorstelStatus.Goedgekeurd ? tweede : eerste;
        Assert.Equal("/beheer/voorstellen", antwoorden[status == VoorstelStatus.Goedgekeurd ? 1 : 0].Headers.Location!.OriginalString);
        var melding = await Html.ParseAsync(await verliezer.GetAsync("/beheer/voorstellen"));
        Assert.Contains("Iemand anders besliste net over dit voorstel", melding.Text(".melding"), StringComparison.Ordinal);
        Assert.Single(await MailsAsync("an@example.org"), m => m.Onderwerp is "Atelier Zonnekind staat op de kaart" or "Je voorstel: Atelier Zonnekind");
    }

    [Fact]
    public async Task A_Beheerder_creates_an_organisatie_directly_with_the_profile_form_and_its_first_version()
    {
        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);

        using var fout = await Html.SubmitFormAsync(beheerder, "/beheer/organisaties/nieuw", Formulier, f => f.With("Formulier.Naam", TestKaart.Sleutel));
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Equal("Beschrijf kort wat de organisatie doet.", (await Html.ParseAsync(fout)).Text("#Formulier_Beschrijving-fout"));

        using var aangemaakt = await Html.SubmitFormAsync(beheerder, "/beheer/organisaties/nieuw", Formulier, f => f
            .With("Formulier.Naam", TestKaart.Sleutel).With("Formulier.Beschrijving", "Een tweede huiswerkklas met dezelfde naam.")
            .With("Formulier.Locaties[0].Gemeente", "Merelbeke"));

        Assert.Equal(HttpStatusCode.Redirect, aangemaakt.StatusCode);
        Assert.Equal("/organisaties/huiswerkklas-de-sleutel-2", aangemaakt.Headers.Location!.OriginalString);
        var profiel = await Html.ParseAsync(await beheerder.GetAsync("/organisaties/huiswerkklas-de-sleutel-2"));
        Assert.Contains("staat op de kaart", profiel.Text(".melding"), StringComparison.Ordinal);
        var organisatie = await _factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Slug == "huiswerkklas-de-sleutel-2"));
        var versie = await _factory.WithDbAsync(db => db.ProfielVersies.SingleAsync(v => v.ProfielId == organisatie.Id));
        Assert.Equal((1, Beheerder), (versie.Nummer, versie.Door));
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Soort == AuditSoorten.OrganisatieAangemaakt && a.Onderwerp == TestKaart.Sleutel)));
    }

    /// <summary>Step 2 as a visitor fills it in: who they are, a type (the first), a description, an address in Gent.</summary>
    private static Task<HttpResponseMessage> StelVoorAsync(
        HttpClient client, string naam, string email, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? meer = null) =>
        Html.SubmitFormAsync(client, $"/organisatie-toevoegen/gegevens?naam={Uri.EscapeDataString(naam)}&gemeente=Gent", Formulier, f =>
        {
            f = f.With("Indiener.Naam", "An Peeters").With("Indiener.Email", email).With("Indiener.Functie", "coördinator")
                .With("Formulier.Beschrijving", "Creatieve zonnebloemateliers voor kinderen en hun ouders.");
            return meer?.Invoke(f) ?? f;
        });

    /// <summary>Proposes "Atelier Zonnekind" and confirms it; returns the confirmation link and the proposal's id.</summary>
    private async Task<(string Link, Guid Id)> IngediendAsync(HttpClient client, string email)
    {
        using var verstuurd = await StelVoorAsync(client, "Atelier Zonnekind", email);
        Assert.Equal(HttpStatusCode.OK, verstuurd.StatusCode);
        var link = await LinkAsync(email, "Bevestig je voorstel: Atelier Zonnekind");
        using var bevestigd = await BevestigAsync(client, link);
        Assert.Equal(HttpStatusCode.OK, bevestigd.StatusCode);
        return (link, await VoorstelIdAsync("Atelier Zonnekind"));
    }

    private static async Task<HttpResponseMessage> BevestigAsync(HttpClient client, string link)
    {
        var pagina = await Html.ParseAsync(await client.GetAsync(link));
        return await client.PostAsync("/organisatie-toevoegen/bevestigen", new FormUrlEncodedContent(Html.FormFields(pagina, "main form")));
    }

    private async Task<string> LinkAsync(string aan, string onderwerp)
    {
        var mail = Assert.Single(await MailsAsync(aan), m => m.Onderwerp == onderwerp);
        return new Uri(Link().Match(mail.Tekst).Value).PathAndQuery;
    }

    private Task<List<Partnerschap.Web.Infrastructure.Mail.OutboxMessage>> MailsAsync(string aan) =>
        _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == aan).ToListAsync());

    private Task<Guid> VoorstelIdAsync(string naam) =>
        _factory.WithDbAsync(db => db.Organisatievoorstellen.Where(v => v.OrganisatieNaam == naam).Select(v => v.Id).SingleAsync());

    private Task<VoorstelStatus> StatusAsync(Guid id) =>
        _factory.WithDbAsync(db => db.Organisatievoorstellen.Where(v => v.Id == id).Select(v => v.Status).SingleAsync());

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
