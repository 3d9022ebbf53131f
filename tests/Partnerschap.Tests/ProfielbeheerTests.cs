using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

public sealed class ProfielbeheerTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private const string Formulier = "form.profielformulier";
    // 23:30 UTC on 1 December is already 2 December in Brussels: every date below must be the Belgian one.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change and count the same rows: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart)) { Clock = _clock };
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpClient> LidAsync(string email = "lid@example.org")
    {
        var user = await _factory.CreateUserAsync(email, Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(user, Slug);
        return await Html.SignedInClientAsync(_factory, email);
    }

    [Fact]
    public async Task A_member_changes_the_description_and_searchers_see_it_at_once()
    {
        using var client = await LidAsync();

        using var saved = await Html.SubmitFormAsync(client, $"/organisaties/{Slug}/bewerken", Formulier,
            f => f.With("Formulier.Beschrijving", "Elke dinsdag en donderdag huiswerkbegeleiding met vrijwillige studenten.").With("actie", "opslaan"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var anonymous = _factory.CreateClient();
        var profiel = await Html.ParseAsync(await anonymous.GetAsync($"/organisaties/{Slug}"));
        Assert.Contains("vrijwillige studenten", profiel.Text(".profiel-beschrijving"));
        var zoeken = await Html.ParseAsync(await anonymous.GetAsync("/sociale-kaart?q=vrijwillige+studenten"));
        Assert.Contains("Huiswerkklas De Sleutel", zoeken.Text(".treffers"));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_editors_sees_both_versions_side_by_side_and_can_reapply()
    {
        using var sara = await LidAsync("sara@example.org");
        var tom = await _factory.CreateUserAsync("tom@example.org", Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(tom, Slug);
        using var tomClient = await Html.SignedInClientAsync(_factory, "tom@example.org");

        // Both open the form before either saves.
        var saraPagina = await Html.ParseAsync(await sara.GetAsync($"/organisaties/{Slug}/bewerken"));
        var tomPagina = await Html.ParseAsync(await tomClient.GetAsync($"/organisaties/{Slug}/bewerken"));
        using var eerste = await sara.PostAsync($"/organisaties/{Slug}/bewerken", new FormUrlEncodedContent(
            Html.FormFields(saraPagina, Formulier).With("Formulier.Telefoon", "09 000 11 11").With("actie", "opslaan")));
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);

        using var tweede = await tomClient.PostAsync($"/organisaties/{Slug}/bewerken", new FormUrlEncodedContent(
            Html.FormFields(tomPagina, Formulier).With("Formulier.Telefoon", "09 000 22 22").With("actie", "opslaan")));

        Assert.Equal(HttpStatusCode.Conflict, tweede.StatusCode);
        var conflict = await Html.ParseAsync(tweede);
        var tabel = conflict.Text(".conflict table");
        Assert.Contains("09 000 11 11", tabel); // what Sara saved
        Assert.Contains("09 000 22 22", tabel); // what Tom typed
        Assert.Contains("iemand zonder naam in het portaal (welzijnswerker)", conflict.Text(".conflict"));
        Assert.DoesNotContain("sara@example.org", conflict.Text(".conflict"));
        Assert.Equal("09 000 11 11", await TelefoonAsync()); // Tom's input was not applied silently

        // Tom's input is still in the form; saving again applies it on top of Sara's version.
        Assert.Equal("09 000 22 22", conflict.QuerySelector("#Formulier_Telefoon")!.GetAttribute("value"));
        using var opnieuw = await tomClient.PostAsync($"/organisaties/{Slug}/bewerken", new FormUrlEncodedContent(
            Html.FormFields(conflict, Formulier).With("actie", "opslaan")));
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        Assert.Equal("09 000 22 22", await TelefoonAsync());
    }

    [Fact]
    public async Task Every_save_is_in_the_history_with_old_and_new_values_and_a_Beheerder_can_restore_an_earlier_version()
    {
        using var lid = await LidAsync();
        var oud = await _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Beschrijving).SingleAsync());
        using var _ = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", Formulier,
            f => f.With("Formulier.Beschrijving", "Een nieuwe beschrijving die niet klopt.").With("actie", "opslaan"));

        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        var versie2 = geschiedenis.Text("#versie-2");
        Assert.Contains("(welzijnswerker)", versie2);
        Assert.DoesNotContain("lid@example.org", versie2);
        Assert.Contains(oud, versie2);
        Assert.Contains("Een nieuwe beschrijving die niet klopt.", versie2);
        Assert.Empty(geschiedenis.QuerySelectorAll("form[action$='/herstellen']")); // members cannot restore

        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        var beheerderPagina = await Html.ParseAsync(await beheerder.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        var herstel = beheerderPagina.QuerySelector("form[action$='/geschiedenis/1/herstellen']")!;
        using var hersteld = await beheerder.PostAsync(herstel.GetAttribute("action"), new FormUrlEncodedContent(Html.HiddenFields(beheerderPagina)
            .Where(f => f.Key == "__af").ToDictionary()));

        Assert.Equal(HttpStatusCode.Redirect, hersteld.StatusCode);
        Assert.Equal(oud, await _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Beschrijving).SingleAsync()));
        var na = await Html.ParseAsync(await beheerder.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        Assert.Contains("Versie 1 hersteld", na.Text("#versie-3"));
        Assert.Contains("beheerder@example.org", na.Text("#versie-3"));
        var audit = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit?soort=versie-hersteld"));
        Assert.Contains("Huiswerkklas De Sleutel", audit.Text("table"));
    }

    [Fact]
    public async Task Confirming_without_changes_sets_the_check_date_and_records_it()
    {
        using var lid = await LidAsync();
        await _factory.WithDbAsync(async db =>
        {
            var o = await db.Organisaties.SingleAsync(o => o.Slug == Slug);
            o.LaatstGecontroleerd = new DateOnly(2024, 1, 10);
            return await db.SaveChangesAsync();
        });
        var versieVoor = await _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Versie).SingleAsync());

        using var response = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", $"form[action='/organisaties/{Slug}/bevestigen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisatie = await _factory.WithDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == Slug));
        Assert.Equal(new DateOnly(2026, 12, 2), organisatie.LaatstGecontroleerd);
        var bevestigd = await Html.ParseAsync(await lid.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("De gegevens zijn bevestigd op 2 december 2026", bevestigd.Text("main"));
        Assert.Equal(versieVoor, organisatie.Versie); // a confirmation does not make open edit forms stale
        var publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/organisaties/{Slug}"));
        Assert.Null(publiek.QuerySelector(".melding-let-op"));
        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        Assert.Contains("Gegevens bevestigd zonder wijziging", geschiedenis.Text("#versie-2"));
    }

    [Fact]
    public async Task A_change_just_after_midnight_in_Brussels_shows_that_Belgian_day_in_Dutch()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 52, 0, TimeSpan.Zero)); // 00:52 on 2 December in Brussels
        using var lid = await LidAsync();

        using var saved = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", Formulier,
            f => f.With("Formulier.Telefoon", "09 000 22 22").With("actie", "opslaan"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/organisaties/{Slug}"));
        Assert.Contains("Laatst gewijzigd: 2 december 2026", publiek.Text("main"));
        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        Assert.Contains("2 december 2026 om 00:52", geschiedenis.Text("main"));
        Assert.DoesNotContain("December", geschiedenis.Text("main"));
    }

    [Fact]
    public async Task Members_see_who_edited_by_name_and_role_and_only_a_Beheerder_sees_e_mail_addresses()
    {
        using var sara = await LidAsync("sara@example.org");
        using var tom = await LidAsync("tom@example.org");
        await _factory.CreateUserAsync("bea@example.org", Rollen.Beheerder);
        await _factory.WithUsersAsync(async users =>
        {
            foreach (var (email, naam) in new[] { ("sara@example.org", "Sara Peeters"), ("bea@example.org", "Bea Beheer") })
            {
                var user = (await users.FindByEmailAsync(email))!;
                user.Weergavenaam = naam;
                await users.UpdateAsync(user);
            }
        });
        using var bea = await Html.SignedInClientAsync(_factory, "bea@example.org");
        var tomPagina = await Html.ParseAsync(await tom.GetAsync($"/organisaties/{Slug}/bewerken"));
        using var _1 = await Html.SubmitFormAsync(sara, $"/organisaties/{Slug}/bewerken", Formulier, f => f.With("Formulier.Telefoon", "09 000 33 33").With("actie", "opslaan"));
        using var _2 = await Html.SubmitFormAsync(bea, $"/organisaties/{Slug}/bewerken", Formulier, f => f.With("Formulier.Openingsuren", "Elke werkdag").With("actie", "opslaan"));

        using var conflict = await tom.PostAsync($"/organisaties/{Slug}/bewerken", new FormUrlEncodedContent(
            Html.FormFields(tomPagina, Formulier).With("Formulier.Telefoon", "09 000 44 44").With("actie", "opslaan")));
        var voorLid = await Html.ParseAsync(await tom.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        var voorBeheerder = await Html.ParseAsync(await bea.GetAsync($"/organisaties/{Slug}/geschiedenis"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var conflictTekst = (await Html.ParseAsync(conflict)).Text("main");
        Assert.Contains("Bea Beheer (beheerder)", conflictTekst);
        Assert.DoesNotContain("@example.org", conflictTekst);
        Assert.Contains("Sara Peeters (welzijnswerker)", voorLid.Text(".versies"));
        Assert.Contains("Bea Beheer (beheerder)", voorLid.Text(".versies"));
        Assert.DoesNotContain("@example.org", voorLid.Text(".versies"));
        Assert.Contains("Sara Peeters (welzijnswerker, sara@example.org)", voorBeheerder.Text(".versies"));
    }

    [Theory]
    [InlineData("Formulier.Naam", "De Sleutel\u202Egnidael", "U+202E")]
    [InlineData("Formulier.Beschrijving", "Hulp\0bij huiswerk", "U+0000")]
    [InlineData("Formulier.AanspreekpuntNaam", "Sara\u001B[31m", "U+001B")]
    public async Task Invisible_and_control_characters_are_refused_with_a_message_that_names_the_field(string veld, string waarde, string code)
    {
        using var lid = await LidAsync();
        var voor = await _factory.WithDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == Slug));

        using var response = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", Formulier, f => f.With(veld, waarde).With("actie", "opslaan"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var fout = page.Text($"#{veld.Replace('.', '_')}-fout");
        Assert.True(fout.Contains("onzichtbaar teken", StringComparison.Ordinal), page.Text("h1") + " | " + page.Text(".foutenoverzicht"));
        Assert.DoesNotContain("Formulier.", fout); // the field's label, not its technical name
        Assert.Contains(code, fout);
        Assert.Contains("onzichtbaar teken", page.Text(".foutenoverzicht"));
        var na = await _factory.WithDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == Slug));
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Equal(voor.Naam, na.Naam);
    }

    [Fact]
    public async Task Bad_input_gets_Dutch_messages_next_to_each_field_and_a_summary_and_nothing_is_saved()
    {
        using var lid = await LidAsync();
        var voor = await _factory.WithDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == Slug));

        using var response = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", Formulier, f => f
            .With("Formulier.Naam", "")
            .With("Formulier.KboNummer", "0123.456.789")
            .With("Formulier.Website", "javascript:alert(1)")
            .With("Formulier.WerkingsgebiedGemeenten", "Gent, Atlantis")
            .With("Formulier.Talen", "Nederlands, Klingon")
            .With("Formulier.Locaties[0].Gemeente", "Gent")
            .With("Formulier.Locaties[0].Postcode", "2000")
            .With("Formulier.Type", "bestaat-niet")
            .With("actie", "opslaan"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Vul de naam van de organisatie in.", page.Text("#Formulier_Naam-fout"));
        Assert.Contains("ondernemingsnummer klopt niet", page.Text("#Formulier_KboNummer-fout"));
        Assert.Contains("geldig webadres", page.Text("#Formulier_Website-fout"));
        Assert.Contains("Atlantis", page.Text("#Formulier_WerkingsgebiedGemeenten-fout"));
        Assert.Contains("Klingon", page.Text("#Formulier_Talen-fout"));
        Assert.Contains("Postcode 2000 hoort niet bij Gent", page.Text("#Formulier_Locaties_0__Postcode-fout"));
        Assert.Contains("Kies een type uit de lijst.", page.Text(".foutenoverzicht"));
        Assert.Equal("true", page.QuerySelector("#Formulier_Naam")!.GetAttribute("aria-invalid"));
        Assert.Equal("Gent, Atlantis", page.QuerySelector("#Formulier_WerkingsgebiedGemeenten")!.TextContent.Trim()); // input kept

        var na = await _factory.WithDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Slug == Slug));
        Assert.Equal(voor.Naam, na.Naam);
        Assert.Equal(voor.Versie, na.Versie);
    }

    [Fact]
    public async Task The_preview_shows_the_public_profile_with_the_input_and_saves_nothing()
    {
        using var lid = await LidAsync();

        using var response = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", Formulier, f => f
            .With("Formulier.AanspreekpuntEmail", "nieuw.aanspreekpunt@example.org")
            .With("actie", "voorbeeld"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("nieuw.aanspreekpunt@example.org", page.Text(".voorbeeld .aanspreekpunt"));
        Assert.Equal("nieuw.aanspreekpunt@example.org", page.QuerySelector("#Formulier_AanspreekpuntEmail")!.GetAttribute("value"));
        var publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/organisaties/{Slug}"));
        Assert.DoesNotContain("nieuw.aanspreekpunt@example.org", publiek.Text(".aanspreekpunt"));
    }

    [Fact]
    public async Task A_member_adds_a_location_area_and_forms_of_cooperation_without_JavaScript()
    {
        using var lid = await LidAsync();

        using var response = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/bewerken", Formulier, f =>
        {
            var leeg = f.Count(x => x.Key.EndsWith("].Straat", StringComparison.Ordinal)) - 1; // the empty row
            return f.With($"Formulier.Locaties[{leeg}].Straat", "Dorpsstraat 1")
                .With($"Formulier.Locaties[{leeg}].Gemeente", "Merelbeke-Melle")
                .With("Formulier.WerkingsgebiedGemeenten", "Gent, Lochristi")
                .With("Formulier.Vormen[3].Gekozen", "true")
                .With("Formulier.Vormen[3].Toelichting", "Samen met leerkrachten leren over armoede.")
                .With("actie", "opslaan");
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profiel = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/organisaties/{Slug}"));
        Assert.Contains("Dorpsstraat 1", profiel.Text("main"));
        Assert.Contains("Lochristi", profiel.Text("main"));
        Assert.Contains("Samen met leerkrachten leren over armoede.", profiel.Text(".vormen"));
    }

    [Fact]
    public async Task A_member_adds_edits_and_removes_aanbod_and_a_partnership_with_a_school()
    {
        using var lid = await LidAsync();
        var voor = await Html.ParseAsync(await _factory.CreateClient().GetAsync("/sociale-kaart?q=zomerschool"));
        Assert.DoesNotContain("Huiswerkklas De Sleutel", voor.Text("main"));

        using var nieuw = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/aanbod/nieuw", "main form", f => f
            .With("Formulier.Naam", "Zomerschool")
            .With("Formulier.Beschrijving", "Twee weken oefenen in juli.")
            .With("Formulier.Aanleidingen", "drempels-onderwijs"));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        var zoeken = await Html.ParseAsync(await _factory.CreateClient().GetAsync("/sociale-kaart?q=zomerschool"));
        Assert.Contains("Huiswerkklas De Sleutel", zoeken.Text(".treffers"));

        var id = await _factory.WithDbAsync(db => db.Aanbod.Where(a => a.Naam == "Zomerschool").Select(a => a.Id).SingleAsync());
        using var gewijzigd = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/aanbod/{id}", "main form", f => f.With("Formulier.Kosten", "Gratis"));
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.StatusCode);
        using var hernoemd = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/aanbod/{id}", "main form", f => f.With("Formulier.Naam", "Zomerkamp"));
        Assert.Equal(HttpStatusCode.Redirect, hernoemd.StatusCode);
        Assert.Equal("Zomerkamp", await _factory.WithDbAsync(db => db.Aanbod.Where(a => a.Id == id).Select(a => a.Naam).SingleAsync()));
        using var weg = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/aanbod/{id}/verwijderen", "main form");
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Aanbod.AnyAsync(a => a.Id == id)));

        using var samen = await Html.SubmitFormAsync(lid, $"/organisaties/{Slug}/samenwerkingen/nieuw", "main form", f => f
            .With("Formulier.School", "900002")
            .With("Formulier.Samenwerkingsvormen", "uitwisseling-overleg")
            .With("Formulier.Beschrijving", "Maandelijks overleg met de zorgcoördinator."));
        Assert.Equal(HttpStatusCode.Redirect, samen.StatusCode);
        var school = await Html.ParseAsync(await _factory.CreateClient().GetAsync("/scholen/atheneum-demo-gent"));
        Assert.DoesNotContain("Huiswerkklas De Sleutel", school.Text("main")); // until the school confirms it (SamenwerkingTests)

        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"/organisaties/{Slug}/geschiedenis"));
        var tekst = geschiedenis.Text(".versies");
        Assert.Contains("Aanbod ‘Zomerschool’ toegevoegd", tekst);
        Assert.Contains("Aanbod ‘Zomerkamp’ gewijzigd", tekst);
        Assert.Contains("Aanbod ‘Zomerkamp’ verwijderd", tekst);
        Assert.Contains("Samenwerking met Atheneum Demo Gent toegevoegd", tekst);
    }

    private Task<string?> TelefoonAsync() =>
        _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Telefoon).SingleAsync());
}
