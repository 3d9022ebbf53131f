using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

public sealed class SchoolbeheerTests : IAsyncLifetime
{
    private const string Regenboog = "Basisschool De Regenboog";
    private const string Atheneum = "Atheneum Demo Gent";
    private const string OudeZorgEmail = "zorg.regenboog@example.org";
    private const string Formulier = "form.profielformulier";
    // 23:30 UTC on 1 December: in Brussels it is already 2 December.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change and count the same rows: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart)) { Clock = _clock };
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private Task<School> SchoolAsync(string naam = Regenboog) =>
        _factory.WithDbAsync(db => db.Scholen.AsNoTracking().SingleAsync(s => s.Naam == naam));

    private Task<List<ProfielVersie>> VersiesAsync(Guid schoolId) =>
        _factory.WithDbAsync(db => db.ProfielVersies.AsNoTracking()
            .Where(v => v.Soort == ProfielSoort.School && v.ProfielId == schoolId).OrderBy(v => v.Nummer).ToListAsync());

    /// <summary>A signed-in Schoolmedewerker who is a member of the school named <paramref name="schoolNaam"/>.</summary>
    private async Task<HttpClient> LidAsync(string email, string schoolNaam = Regenboog)
    {
        var user = await _factory.CreateUserAsync(email, Rollen.Schoolmedewerker);
        var school = await SchoolAsync(schoolNaam);
        await _factory.WithDbAsync(db =>
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, SchoolId = school.Id, Sinds = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        return await Html.SignedInClientAsync(_factory, email);
    }

    private async Task<HttpClient> AangemeldAsync(string email, params string[] rollen)
    {
        await _factory.CreateUserAsync(email, rollen);
        return await Html.SignedInClientAsync(_factory, email);
    }

    private static DateOnly VandaagInBrussel() => new(2026, 12, 2);

    /// <summary>Moves the clock past the search index's check interval, so the next search sees the last save.</summary>
    private string Volgende()
    {
        _clock.Advance(TimeSpan.FromSeconds(3));
        return string.Empty;
    }

    [Fact]
    public async Task A_member_changes_the_zorgcoordinator_email_and_the_public_page_shows_it()
    {
        var school = await SchoolAsync();
        using var client = await LidAsync("lid@school.example");

        var profiel = await Html.ParseAsync(await client.GetAsync($"/scholen/{school.Slug}"));
        Assert.NotNull(profiel.QuerySelector($"a[href='/scholen/{school.Slug}/bewerken']"));

        using var saved = await Html.SubmitFormAsync(client, $"/scholen/{school.Slug}/bewerken", Formulier,
            f => f.With("Formulier.ZorgcoordinatorEmail", "nieuwe.zorg@regenboog.example"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/scholen/{school.Slug}/bewerken", saved.Headers.Location?.OriginalString);
        using var anonymous = _factory.CreateClient();
        var publiek = await Html.ParseAsync(await anonymous.GetAsync($"/scholen/{school.Slug}"));
        Assert.Contains("nieuwe.zorg@regenboog.example", publiek.Text("section[aria-labelledby=zorg-titel]"));
        Assert.DoesNotContain(OudeZorgEmail, publiek.Text("section[aria-labelledby=zorg-titel]"));

        // Anonymous visitors get "meld een fout", not the edit link.
        Assert.NotNull(publiek.QuerySelector($"a[href='/scholen/{school.Slug}/meld-een-fout']"));
        Assert.Null(publiek.QuerySelector($"a[href='/scholen/{school.Slug}/bewerken']"));

        var opgeslagen = await SchoolAsync();
        Assert.Equal(school.Versie + 1, opgeslagen.Versie);
        Assert.Equal(school.Latitude, opgeslagen.Latitude);
        Assert.Equal(school.GemeenteNis, opgeslagen.GemeenteNis);
    }

    [Fact]
    public async Task A_postcode_that_does_not_belong_to_the_gemeente_is_refused_in_Dutch_and_nothing_is_saved()
    {
        var school = await SchoolAsync();
        using var client = await LidAsync("lid@school.example");

        using var response = await Html.SubmitFormAsync(client, $"/scholen/{school.Slug}/bewerken", Formulier,
            f => f.With("Formulier.Postcode", "2000").With("Formulier.Gemeente", "Gent").With("Formulier.Straat", "Andere straat 9"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Postcode 2000 hoort niet bij Gent", page.Text(".foutenoverzicht"));
        Assert.Contains("Postcode 2000 hoort niet bij Gent", page.Text("#Formulier_Postcode-fout"));
        Assert.Equal("true", page.QuerySelector("#Formulier_Postcode")?.GetAttribute("aria-invalid"));
        Assert.Equal("Andere straat 9", page.QuerySelector("#Formulier_Straat")?.GetAttribute("value"));

        var opgeslagen = await SchoolAsync();
        Assert.Equal(school.Postcode, opgeslagen.Postcode);
        Assert.Equal(school.Straat, opgeslagen.Straat);
        Assert.Equal(school.Versie, opgeslagen.Versie);
        Assert.Empty(await VersiesAsync(school.Id));
    }

    [Fact]
    public async Task An_unknown_gemeente_is_refused_in_Dutch()
    {
        var school = await SchoolAsync();
        using var client = await LidAsync("lid@school.example");

        using var response = await Html.SubmitFormAsync(client, $"/scholen/{school.Slug}/bewerken", Formulier,
            f => f.With("Formulier.Gemeente", "Nergenshuizen"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("We kennen de gemeente ‘Nergenshuizen’ niet", (await Html.ParseAsync(response)).Text("#Formulier_Gemeente-fout"));
        Assert.Equal(school.GemeenteNis, (await SchoolAsync()).GemeenteNis);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_editors_sees_both_values_and_can_then_save()
    {
        var school = await SchoolAsync();
        using var eerste = await LidAsync("eerste@school.example");
        using var tweede = await LidAsync("tweede@school.example");
        var url = $"/scholen/{school.Slug}/bewerken";

        var page = await Gelijktijdig.ConflictAsync(eerste, "eerste@school.example", tweede, url, Formulier, "Formulier.Telefoon", "09 111 11 11", "09 222 22 22", "schoolmedewerker");
        Assert.Equal("09 111 11 11", (await SchoolAsync()).Telefoon);

        // Submitting the conflict page's form as it stands applies the second person's input.
        using var opnieuw = await tweede.PostAsync(url, new FormUrlEncodedContent(Html.FormFields(page, Formulier)));
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        var nu = await SchoolAsync();
        Assert.Equal("09 222 22 22", nu.Telefoon);
        Assert.Equal(school.Versie + 2, nu.Versie);
    }

    [Fact]
    public async Task Confirming_sets_the_check_date_and_records_a_version()
    {
        var school = await SchoolAsync();
        using var client = await LidAsync("lid@school.example");

        using var response = await Html.SubmitFormAsync(client, $"/scholen/{school.Slug}/bewerken", "form[action$='/bevestigen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var opgeslagen = await SchoolAsync();
        Assert.Equal(VandaagInBrussel(), opgeslagen.LaatstGecontroleerd);
        Assert.Equal(school.Versie, opgeslagen.Versie);
        var versies = await VersiesAsync(school.Id);
        Assert.Equal(VersieAard.Bevestiging, versies[^1].Aard);
        Assert.Equal("lid@school.example", versies[^1].Door);
    }

    [Fact]
    public async Task The_history_shows_old_and_new_and_a_Beheerder_restores_version_1_but_a_member_may_not()
    {
        var school = await SchoolAsync();
        using var lid = await LidAsync("lid@school.example");
        var slug = school.Slug;
        using var saved = await Html.SubmitFormAsync(lid, $"/scholen/{slug}/bewerken", Formulier,
            f => f.With("Formulier.ZorgcoordinatorEmail", "nieuwe.zorg@regenboog.example"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"/scholen/{slug}/geschiedenis"));
        var regel = geschiedenis.QuerySelectorAll("#versie-2 tbody tr").Single(r => r.TextContent.Contains("Zorgcoördinator: e-mail", StringComparison.Ordinal));
        Assert.Equal(OudeZorgEmail, regel.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("nieuwe.zorg@regenboog.example", regel.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Empty(geschiedenis.QuerySelectorAll("form[action*='/herstellen']"));

        // A member may not restore.
        using var geweigerd = await Html.SubmitAsync(lid, $"/scholen/{slug}/bewerken", $"/scholen/{slug}/geschiedenis/1/herstellen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Contains("/geen-toegang", geweigerd.Headers.Location?.ToString());
        Assert.Equal("nieuwe.zorg@regenboog.example", (await SchoolAsync()).Zorgcoordinator?.Email);

        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);
        using var hersteld = await Html.SubmitFormAsync(beheerder, $"/scholen/{slug}/geschiedenis", "form[action$='/geschiedenis/1/herstellen']");
        Assert.Equal(HttpStatusCode.Redirect, hersteld.StatusCode);

        Assert.Equal(OudeZorgEmail, (await SchoolAsync()).Zorgcoordinator?.Email);
        var versies = await VersiesAsync(school.Id);
        Assert.Equal(VersieAard.Herstel, versies[^1].Aard);
        Assert.Equal(3, versies[^1].Nummer);
        var audit = await _factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Soort == AuditSoorten.VersieHersteld).ToListAsync());
        Assert.Contains(audit, a => a.Onderwerp == Regenboog);
        using var anonymous = _factory.CreateClient();
        Assert.Contains(OudeZorgEmail, (await Html.ParseAsync(await anonymous.GetAsync($"/scholen/{slug}"))).Text("section[aria-labelledby=zorg-titel]"));
    }

    [Fact]
    public async Task A_Schoolmedewerker_of_another_school_and_an_Onderzoeker_may_not_edit()
    {
        var school = await SchoolAsync();
        var url = $"/scholen/{school.Slug}/bewerken";
        using var anderLid = await LidAsync("ander@school.example", Atheneum);
        using var onderzoeker = await AangemeldAsync("onderzoeker@example.org", Rollen.Onderzoeker);

        foreach (var client in new[] { anderLid, onderzoeker })
        {
            using var get = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Contains("/geen-toegang", get.Headers.Location?.ToString());

            using var post = await Html.SubmitAsync(client, "/", url, new Dictionary<string, string>
            {
                ["Formulier.Versie"] = school.Versie.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Formulier.Naam"] = "Overgenomen",
                ["Formulier.Onderwijsniveau"] = "basis",
                ["Formulier.Net"] = "vrij-gesubsidieerd",
                ["Formulier.Gemeente"] = "Gent",
            });
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.Contains("/geen-toegang", post.Headers.Location?.ToString());

            using var bevestigen = await Html.SubmitAsync(client, "/", $"/scholen/{school.Slug}/bevestigen", new Dictionary<string, string>());
            Assert.Contains("/geen-toegang", bevestigen.Headers.Location?.ToString());
        }

        Assert.Equal(Regenboog, (await SchoolAsync()).Naam);
        Assert.Null((await SchoolAsync()).LaatstGecontroleerd);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var school = await SchoolAsync();
        using var anonymous = _factory.CreateClient();

        using var get = await anonymous.GetAsync($"/scholen/{school.Slug}/bewerken");
        using var post = await anonymous.PostAsync($"/scholen/{school.Slug}/bewerken", new FormUrlEncodedContent([new("Formulier.Naam", "Overgenomen")]));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/aanmelden", get.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/aanmelden", post.Headers.Location?.ToString());
    }

    [Fact]
    public async Task An_unknown_or_too_long_slug_is_not_found()
    {
        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);

        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync("/scholen/bestaat-niet/bewerken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync($"/scholen/{new string('a', 201)}/bewerken")).StatusCode);
    }

    [Fact]
    public async Task A_Beheerder_creates_a_school_that_is_public_at_once_with_version_1()
    {
        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);
        var beheer = await Html.ParseAsync(await beheerder.GetAsync("/beheer"));
        Assert.NotNull(beheer.QuerySelector("a[href='/beheer/scholen/nieuw']"));

        // The edit form's checks: a postcode of another gemeente is refused, and what was typed stays.
        using var ongeldig = await Html.SubmitFormAsync(beheerder, "/beheer/scholen/nieuw", Formulier, f => f
            .With("Formulier.Naam", "Basisschool Het Klaverblad").With("Formulier.Onderwijsniveau", "basis").With("Formulier.Net", "gemeenschapsonderwijs")
            .With("Formulier.Postcode", "2000").With("Formulier.Gemeente", "Gent"));
        Assert.Equal(HttpStatusCode.BadRequest, ongeldig.StatusCode);
        var pagina = await Html.ParseAsync(ongeldig);
        Assert.Contains("Postcode 2000 hoort niet bij Gent", pagina.Text("#Formulier_Postcode-fout"));
        Assert.Equal("Basisschool Het Klaverblad", pagina.QuerySelector("#Formulier_Naam")?.GetAttribute("value"));

        using var aangemaakt = await Html.SubmitFormAsync(beheerder, "/beheer/scholen/nieuw", Formulier, f => f
            .With("Formulier.Naam", "Basisschool Het Klaverblad").With("Formulier.Onderwijsniveau", "basis").With("Formulier.Net", "gemeenschapsonderwijs")
            .With("Formulier.Straat", "Klaverstraat 3").With("Formulier.Postcode", "9000").With("Formulier.Gemeente", "Gent")
            .With("Formulier.Telefoon", "09 333 33 33"));

        Assert.Equal(HttpStatusCode.Redirect, aangemaakt.StatusCode);
        Assert.Equal("/scholen/basisschool-het-klaverblad", aangemaakt.Headers.Location?.OriginalString);
        var publiek = await Html.ParseAsync(await beheerder.GetAsync("/scholen/basisschool-het-klaverblad"));
        Assert.Contains("staat op de kaart", publiek.Text("[role=status]"));
        Assert.Contains("Klaverstraat 3", publiek.Text("main"));

        var school = await SchoolAsync("Basisschool Het Klaverblad");
        Assert.Equal("44021", school.GemeenteNis);
        Assert.Equal(VandaagInBrussel(), school.LaatstGecontroleerd);
        var versie = Assert.Single(await VersiesAsync(school.Id));
        Assert.Equal(1, versie.Nummer);
        Assert.Contains("Basisschool Het Klaverblad", versie.Wijzigingen);
        using var anonymous = _factory.CreateClient();
        Assert.True(await Wacht.TotAsync(async () => (await Html.ParseAsync(await anonymous.GetAsync("/sociale-kaart?soort=scholen&q=Klaverblad" + Volgende())))
            .QuerySelectorAll(".treffer .treffer-naam").Any(a => a.TextContent.Trim() == "Basisschool Het Klaverblad"), TimeSpan.FromSeconds(5)));

        // A second school of the same name gets an address of its own.
        using var tweede = await Html.SubmitFormAsync(beheerder, "/beheer/scholen/nieuw", Formulier, f => f
            .With("Formulier.Naam", "Basisschool Het Klaverblad").With("Formulier.Onderwijsniveau", "basis").With("Formulier.Net", "gemeenschapsonderwijs")
            .With("Formulier.Gemeente", "Gent"));
        Assert.Equal("/scholen/basisschool-het-klaverblad-2", tweede.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Only_a_Beheerder_creates_a_school()
    {
        using var lid = await LidAsync("lid@school.example");
        var aantal = await _factory.WithDbAsync(db => db.Scholen.CountAsync());

        using var get = await lid.GetAsync("/beheer/scholen/nieuw");
        using var post = await Html.SubmitAsync(lid, "/", "/beheer/scholen/nieuw", new Dictionary<string, string>
        {
            ["Formulier.Naam"] = "Eigen school", ["Formulier.Onderwijsniveau"] = "basis", ["Formulier.Net"] = "vrij-gesubsidieerd", ["Formulier.Gemeente"] = "Gent",
        });

        Assert.Contains("/geen-toegang", get.Headers.Location?.ToString());
        Assert.Contains("/geen-toegang", post.Headers.Location?.ToString());
        Assert.Equal(aantal, await _factory.WithDbAsync(db => db.Scholen.CountAsync()));
    }

    [Fact]
    public async Task A_brugfiguur_profile_offers_meld_een_fout_and_a_Beheerder_the_edit_link()
    {
        var slug = await _factory.WithDbAsync(db => db.Brugfiguren.Select(b => b.Slug).FirstAsync());
        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);

        var profiel = await Html.ParseAsync(await beheerder.GetAsync($"/brugfiguren/{slug}"));

        Assert.NotNull(profiel.QuerySelector($"a[href='/brugfiguren/{slug}/meld-een-fout']"));
        Assert.NotNull(profiel.QuerySelector($"a[href='/brugfiguren/{slug}/bewerken']"));
    }
}
