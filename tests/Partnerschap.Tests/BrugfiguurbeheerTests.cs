using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>Brugfiguren are edited as schools are (mirrors <see cref="SchoolbeheerTests"/>), plus "alleen functie" and creating one.</summary>
public sealed class BrugfiguurbeheerTests : IAsyncLifetime
{
    private const string Naam = "Fatma Demir";
    private const string NaamSlug = "fatma-demir";
    private const string Werkgever = "Huiswerkklas De Sleutel";
    private const string WerkgeverSlug = "huiswerkklas-de-sleutel";
    private const string AndereOrganisatie = "sociaal-huis-gent";
    private const string Regenboog = "Basisschool De Regenboog";
    private const string Atheneum = "Atheneum Demo Gent";
    private const string OudeTelefoon = "09 000 00 04";
    private const string Formulier = "form.profielformulier";
    private static readonly Guid Id = Guid.Parse("ec518c9e-48e6-59da-8c2d-fced5adf3105");

    // 23:30 UTC on 1 December: in Brussels it is already 2 December.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart)) { Clock = _clock };

        // The test map's brugfiguur, employed by an organisatie and known by name (as most are).
        await _factory.WithDbAsync(async db =>
        {
            var b = await db.Brugfiguren.SingleAsync(x => x.Id == Id);
            b.Naam = Naam;
            b.Slug = NaamSlug;
            b.WerkgeverSoort = WerkgeverSoort.Organisatie;
            b.WerkgeverOrganisatieId = await db.Organisaties.Where(o => o.Slug == WerkgeverSlug).Select(o => o.Id).SingleAsync();
            b.WerkgeverGemeenteNis = null;
            return await db.SaveChangesAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private Task<Brugfiguur> BrugfiguurAsync() =>
        _factory.WithDbAsync(db => db.Brugfiguren.AsNoTracking().Include(b => b.Scholen).SingleAsync(b => b.Id == Id));

    private Task<List<ProfielVersie>> VersiesAsync(Guid id) =>
        _factory.WithDbAsync(db => db.ProfielVersies.AsNoTracking()
            .Where(v => v.Soort == ProfielSoort.Brugfiguur && v.ProfielId == id).OrderBy(v => v.Nummer).ToListAsync());

    /// <summary>A signed-in Welzijnswerker who is a member of the organisatie with <paramref name="slug"/>.</summary>
    private async Task<HttpClient> LidAsync(string email, string slug = WerkgeverSlug)
    {
        var user = await _factory.CreateUserAsync(email, Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(user, slug);
        return await Html.SignedInClientAsync(_factory, email);
    }

    private async Task<HttpClient> AangemeldAsync(string email, params string[] rollen)
    {
        await _factory.CreateUserAsync(email, rollen);
        return await Html.SignedInClientAsync(_factory, email);
    }

    [Fact]
    public async Task A_member_of_the_werkgever_changes_the_phone_and_the_public_page_shows_it()
    {
        using var client = await LidAsync("lid@sleutel.example");

        var profiel = await Html.ParseAsync(await client.GetAsync($"/brugfiguren/{NaamSlug}"));
        Assert.NotNull(profiel.QuerySelector($"a[href='/brugfiguren/{NaamSlug}/bewerken']"));
        var mijnOrganisatie = await Html.ParseAsync(await client.GetAsync("/mijn-organisatie"));
        Assert.Equal(Naam, mijnOrganisatie.QuerySelector($"a[href='/brugfiguren/{NaamSlug}/bewerken']")?.TextContent.Trim());

        using var saved = await Html.SubmitFormAsync(client, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.Telefoon", "09 123 45 67"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/brugfiguren/{NaamSlug}/bewerken", saved.Headers.Location?.OriginalString);
        using var anonymous = _factory.CreateClient();
        var publiek = await Html.ParseAsync(await anonymous.GetAsync($"/brugfiguren/{NaamSlug}"));
        Assert.Contains("09 123 45 67", publiek.Text("section[aria-labelledby=contact-titel]"));
        Assert.DoesNotContain(OudeTelefoon, publiek.Text("section[aria-labelledby=contact-titel]"));
        Assert.Equal(Naam, publiek.Text("h1"));

        // Anonymous visitors get "meld een fout", not the edit link.
        Assert.NotNull(publiek.QuerySelector($"a[href='/brugfiguren/{NaamSlug}/meld-een-fout']"));
        Assert.Null(publiek.QuerySelector($"a[href='/brugfiguren/{NaamSlug}/bewerken']"));

        // The rest stayed as it was: the schools, the languages, the werkgever.
        var opgeslagen = await BrugfiguurAsync();
        Assert.Equal(Regenboog, Assert.Single(opgeslagen.Scholen).Naam);
        Assert.Equal(["nl", "tr"], opgeslagen.Talen);
        Assert.Equal(WerkgeverSoort.Organisatie, opgeslagen.WerkgeverSoort);
    }

    [Fact]
    public async Task An_invalid_email_and_an_unknown_school_are_refused_in_Dutch_and_nothing_is_saved()
    {
        var brugfiguur = await BrugfiguurAsync();
        using var client = await LidAsync("lid@sleutel.example");

        using var response = await Html.SubmitFormAsync(client, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.Email", "geen-adres").With("Formulier.ExtraScholen", "Bestaat Niet School").With("Formulier.Functie", "Schoolopbouwwerker"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Vul een geldig e-mailadres in", page.Text(".foutenoverzicht"));
        Assert.Contains("We vinden geen school ‘Bestaat Niet School’", page.Text("#Formulier_ExtraScholen-fout"));
        Assert.Equal("true", page.QuerySelector("#Formulier_Email")?.GetAttribute("aria-invalid"));
        Assert.Equal("Schoolopbouwwerker", page.QuerySelector("#Formulier_Functie")?.GetAttribute("value"));
        Assert.Contains(Werkgever, page.Text("form.profielformulier"));

        var opgeslagen = await BrugfiguurAsync();
        Assert.Equal(brugfiguur.Email, opgeslagen.Email);
        Assert.Equal(brugfiguur.Functie, opgeslagen.Functie);
        Assert.Equal(brugfiguur.Versie, opgeslagen.Versie);
        Assert.Empty(await VersiesAsync(Id));
    }

    [Fact]
    public async Task An_empty_function_and_an_unknown_language_are_refused_in_Dutch()
    {
        using var client = await LidAsync("lid@sleutel.example");

        using var response = await Html.SubmitFormAsync(client, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.Functie", "").With("Formulier.Talen", "Nederlands, Klingon"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Vul de functie in", page.Text("#Formulier_Functie-fout"));
        Assert.Contains("Deze talen kennen we niet: Klingon", page.Text("#Formulier_Talen-fout"));
        Assert.Equal("Brugfiguur", (await BrugfiguurAsync()).Functie);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_editors_sees_both_values_and_can_then_save()
    {
        var brugfiguur = await BrugfiguurAsync();
        using var eerste = await LidAsync("eerste@sleutel.example");
        using var tweede = await LidAsync("tweede@sleutel.example");
        var url = $"/brugfiguren/{NaamSlug}/bewerken";

        var page = await Gelijktijdig.ConflictAsync(eerste, "eerste@sleutel.example", tweede, url, Formulier, "Formulier.Telefoon", "09 111 11 11", "09 222 22 22", "welzijnswerker");
        Assert.Equal("09 111 11 11", (await BrugfiguurAsync()).Telefoon);

        // Submitting the conflict page's form as it stands applies the second person's input.
        using var opnieuw = await tweede.PostAsync(url, new FormUrlEncodedContent(Html.FormFields(page, Formulier)));
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        var nu = await BrugfiguurAsync();
        Assert.Equal("09 222 22 22", nu.Telefoon);
        Assert.Equal(brugfiguur.Versie + 2, nu.Versie);
    }

    [Fact]
    public async Task The_history_shows_old_and_new_and_a_Beheerder_restores_version_1_but_a_member_may_not()
    {
        using var lid = await LidAsync("lid@sleutel.example");
        using var saved = await Html.SubmitFormAsync(lid, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.Telefoon", "09 123 45 67").With("Formulier.Scholen", "").With("Formulier.ExtraScholen", Atheneum));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Atheneum, Assert.Single((await BrugfiguurAsync()).Scholen).Naam);

        var geschiedenis = await Html.ParseAsync(await lid.GetAsync($"/brugfiguren/{NaamSlug}/geschiedenis"));
        Assert.Contains(Naam, geschiedenis.Text("h1"));
        var regels = geschiedenis.QuerySelectorAll("#versie-2 tbody tr");
        var telefoon = regels.Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Telefoon");
        Assert.Equal(OudeTelefoon, telefoon.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("09 123 45 67", telefoon.QuerySelectorAll("td")[1].TextContent.Trim());
        var scholen = regels.Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Scholen");
        Assert.Equal(Regenboog, scholen.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal(Atheneum, scholen.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Empty(geschiedenis.QuerySelectorAll("form[action*='/herstellen']"));

        // A member may not restore.
        using var geweigerd = await Html.SubmitAsync(lid, $"/brugfiguren/{NaamSlug}/bewerken", $"/brugfiguren/{NaamSlug}/geschiedenis/1/herstellen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Contains("/geen-toegang", geweigerd.Headers.Location?.ToString());
        Assert.Equal("09 123 45 67", (await BrugfiguurAsync()).Telefoon);

        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);
        using var hersteld = await Html.SubmitFormAsync(beheerder, $"/brugfiguren/{NaamSlug}/geschiedenis", "form[action$='/geschiedenis/1/herstellen']");
        Assert.Equal(HttpStatusCode.Redirect, hersteld.StatusCode);

        var nu = await BrugfiguurAsync();
        Assert.Equal(OudeTelefoon, nu.Telefoon);
        Assert.Equal(Regenboog, Assert.Single(nu.Scholen).Naam);
        var versies = await VersiesAsync(Id);
        Assert.Equal(VersieAard.Herstel, versies[^1].Aard);
        Assert.Equal(3, versies[^1].Nummer);
        var audit = await _factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Soort == AuditSoorten.VersieHersteld).ToListAsync());
        Assert.Contains(audit, a => a.Onderwerp != null && a.Onderwerp.Contains(Naam, StringComparison.Ordinal));
        using var anonymous = _factory.CreateClient();
        Assert.Contains(OudeTelefoon, (await Html.ParseAsync(await anonymous.GetAsync($"/brugfiguren/{NaamSlug}"))).Text("section[aria-labelledby=contact-titel]"));
    }

    [Fact]
    public async Task A_member_of_another_organisatie_and_an_Onderzoeker_may_not_edit()
    {
        var brugfiguur = await BrugfiguurAsync();
        var url = $"/brugfiguren/{NaamSlug}/bewerken";
        using var anderLid = await LidAsync("ander@sociaalhuis.example", AndereOrganisatie);
        using var onderzoeker = await AangemeldAsync("onderzoeker@example.org", Rollen.Onderzoeker);

        foreach (var client in new[] { anderLid, onderzoeker })
        {
            using var get = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Contains("/geen-toegang", get.Headers.Location?.ToString());
            Assert.Null((await Html.ParseAsync(await client.GetAsync($"/brugfiguren/{NaamSlug}"))).QuerySelector($"a[href='{url}']"));

            using var post = await Html.SubmitAsync(client, "/", url, new Dictionary<string, string>
            {
                ["Formulier.Versie"] = brugfiguur.Versie.ToString(CultureInfo.InvariantCulture),
                ["Formulier.Naam"] = "Overgenomen",
                ["Formulier.Functie"] = "Brugfiguur",
            });
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.Contains("/geen-toegang", post.Headers.Location?.ToString());

            using var geschiedenis = await client.GetAsync($"/brugfiguren/{NaamSlug}/geschiedenis");
            Assert.Contains("/geen-toegang", geschiedenis.Headers.Location?.ToString());
        }

        Assert.Equal(Naam, (await BrugfiguurAsync()).Naam);
    }

    [Fact]
    public async Task A_brugfiguur_employed_by_a_gemeente_is_edited_only_by_a_Beheerder()
    {
        await _factory.WithDbAsync(async db =>
        {
            var b = await db.Brugfiguren.SingleAsync(x => x.Id == Id);
            b.WerkgeverSoort = WerkgeverSoort.Gemeente;
            b.WerkgeverOrganisatieId = null;
            b.WerkgeverGemeenteNis = "44021";
            return await db.SaveChangesAsync();
        });
        using var lid = await LidAsync("lid@sleutel.example");
        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);

        using var geweigerd = await lid.GetAsync($"/brugfiguren/{NaamSlug}/bewerken");
        Assert.Contains("/geen-toegang", geweigerd.Headers.Location?.ToString());

        var pagina = await Html.ParseAsync(await beheerder.GetAsync($"/brugfiguren/{NaamSlug}/bewerken"));
        Assert.Equal("Gent", pagina.QuerySelector("#Formulier_Werkgever")?.GetAttribute("value"));
        Assert.NotNull(pagina.QuerySelector("#werkgever-gemeente[checked]"));
    }

    [Fact]
    public async Task Only_a_Beheerder_changes_the_werkgever()
    {
        using var lid = await LidAsync("lid@sleutel.example");
        var formulier = await Html.ParseAsync(await lid.GetAsync($"/brugfiguren/{NaamSlug}/bewerken"));
        Assert.Null(formulier.QuerySelector("#Formulier_Werkgever"));
        Assert.Contains(Werkgever, formulier.Text("form.profielformulier"));

        // A member who posts a werkgever anyway changes nothing of it.
        using var lidPost = await Html.SubmitFormAsync(lid, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.WerkgeverSoort", "gemeente").With("Formulier.Werkgever", "Gent").With("Formulier.Telefoon", "09 123 45 67"));
        Assert.Equal(HttpStatusCode.Redirect, lidPost.StatusCode);
        Assert.Equal(WerkgeverSoort.Organisatie, (await BrugfiguurAsync()).WerkgeverSoort);

        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);
        using var onbekend = await Html.SubmitFormAsync(beheerder, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.WerkgeverSoort", "school").With("Formulier.Werkgever", "Bestaat niet"));
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.StatusCode);
        Assert.Contains("We vinden geen school", (await Html.ParseAsync(onbekend)).Text("#Formulier_Werkgever-fout"));

        using var beheerderPost = await Html.SubmitFormAsync(beheerder, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.WerkgeverSoort", "school").With("Formulier.Werkgever", Regenboog));
        Assert.Equal(HttpStatusCode.Redirect, beheerderPost.StatusCode);
        var nu = await BrugfiguurAsync();
        Assert.Equal(WerkgeverSoort.School, nu.WerkgeverSoort);
        Assert.Null(nu.WerkgeverOrganisatieId);
        using var anonymous = _factory.CreateClient();
        Assert.Contains(Regenboog, (await Html.ParseAsync(await anonymous.GetAsync($"/brugfiguren/{NaamSlug}"))).Text("section[aria-labelledby=contact-titel]"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var anonymous = _factory.CreateClient();

        using var get = await anonymous.GetAsync($"/brugfiguren/{NaamSlug}/bewerken");
        using var post = await anonymous.PostAsync($"/brugfiguren/{NaamSlug}/bewerken", new FormUrlEncodedContent([new("Formulier.Naam", "Overgenomen")]));
        using var nieuw = await anonymous.GetAsync("/beheer/brugfiguren/nieuw");

        foreach (var response in new[] { get, post, nieuw })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/aanmelden", response.Headers.Location?.ToString());
        }
    }

    [Fact]
    public async Task An_unknown_or_too_long_slug_is_not_found()
    {
        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);

        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync("/brugfiguren/bestaat-niet/bewerken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync($"/brugfiguren/{new string('a', 201)}/bewerken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync("/brugfiguren/bestaat-niet/geschiedenis")).StatusCode);
    }

    [Fact]
    public async Task Showing_only_the_function_hides_the_name_on_every_public_page_and_in_search()
    {
        using var anonymous = _factory.CreateClient();
        Assert.True(await Wacht.TotAsync(async () => (await NamenAsync(anonymous, "/sociale-kaart?soort=brugfiguren&q=Demir")).Contains(Naam), TimeSpan.FromSeconds(5)));
        Assert.Contains(Naam, (await Html.ParseAsync(await anonymous.GetAsync($"/organisaties/{WerkgeverSlug}"))).Text("main"));

        using var lid = await LidAsync("lid@sleutel.example");
        using var saved = await Html.SubmitFormAsync(lid, $"/brugfiguren/{NaamSlug}/bewerken", Formulier,
            f => f.With("Formulier.AlleenFunctie", "true"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The address no longer carries the name either.
        var nu = await BrugfiguurAsync();
        Assert.True(nu.AlleenFunctie);
        Assert.Equal(Naam, nu.Naam);
        Assert.DoesNotContain("demir", nu.Slug, StringComparison.Ordinal);
        Assert.Equal($"/brugfiguren/{nu.Slug}/bewerken", saved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/brugfiguren/{NaamSlug}")).StatusCode);

        var profiel = await Html.ParseAsync(await anonymous.GetAsync($"/brugfiguren/{nu.Slug}"));
        Assert.Equal("Brugfiguur", profiel.Text("h1"));
        Assert.DoesNotContain("Demir", profiel.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var regenboog = await _factory.WithDbAsync(db => db.Scholen.Where(s => s.Naam == Regenboog).Select(s => s.Slug).SingleAsync());
        var school = await Html.ParseAsync(await anonymous.GetAsync($"/scholen/{regenboog}"));
        Assert.NotNull(school.QuerySelector($"a[href='/brugfiguren/{nu.Slug}']"));
        Assert.DoesNotContain("Demir", school.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Demir", (await Html.ParseAsync(await anonymous.GetAsync($"/organisaties/{WerkgeverSlug}"))).DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Demir", (await Html.ParseAsync(await anonymous.GetAsync($"/brugfiguren/{nu.Slug}/meld-een-fout"))).DocumentElement.OuterHtml, StringComparison.Ordinal);

        Assert.True(await Wacht.TotAsync(async () => (await NamenAsync(anonymous, "/sociale-kaart?soort=brugfiguren&q=Demir")).Count == 0, TimeSpan.FromSeconds(5)));
        Assert.Contains("Brugfiguur", await NamenAsync(anonymous, "/sociale-kaart?soort=brugfiguren"));

        // The members still see the name, where they keep the profile.
        var bewerken = await Html.ParseAsync(await lid.GetAsync($"/brugfiguren/{nu.Slug}/bewerken"));
        Assert.Equal(Naam, bewerken.QuerySelector("#Formulier_Naam")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_new_import_of_the_brugfiguur_does_not_undo_alleen_functie()
    {
        await _factory.WithDbAsync(async db =>
        {
            (await db.Brugfiguren.SingleAsync(x => x.Id == Id)).AlleenFunctie = true;
            return await db.SaveChangesAsync();
        });

        // The file knows the brugfiguur without "alleenFunctie".
        await KaartFixture.ImportAsync(_factory, KaartFixture.Fixture("scholen.json"));

        Assert.True((await BrugfiguurAsync()).AlleenFunctie);
    }

    [Fact]
    public async Task A_Beheerder_creates_a_brugfiguur_that_is_public_at_once_with_version_1()
    {
        using var beheerder = await AangemeldAsync("beheerder@partnerschap.example", Rollen.Beheerder);
        var beheer = await Html.ParseAsync(await beheerder.GetAsync("/beheer"));
        Assert.NotNull(beheer.QuerySelector("a[href='/beheer/brugfiguren/nieuw']"));

        using var ongeldig = await Html.SubmitFormAsync(beheerder, "/beheer/brugfiguren/nieuw", Formulier,
            f => f.With("Formulier.Functie", "").With("Formulier.Werkgever", "Nergenshuizen").With("Formulier.WerkgeverSoort", "gemeente"));
        Assert.Equal(HttpStatusCode.BadRequest, ongeldig.StatusCode);
        var fouten = (await Html.ParseAsync(ongeldig)).Text(".foutenoverzicht");
        Assert.Contains("Vul de functie in", fouten);
        Assert.Contains("We kennen de gemeente ‘Nergenshuizen’ niet", fouten);

        using var aangemaakt = await Html.SubmitFormAsync(beheerder, "/beheer/brugfiguren/nieuw", Formulier, f => f
            .With("Formulier.Naam", "Jonas Peeters").With("Formulier.Functie", "Schoolopbouwwerker")
            .With("Formulier.Email", "jonas@example.org").With("Formulier.Talen", "Nederlands, Frans")
            .With("Formulier.WerkgeverSoort", "organisatie").With("Formulier.Werkgever", Werkgever)
            .With("Formulier.ExtraScholen", $"{Regenboog}\n{Atheneum}"));

        Assert.Equal(HttpStatusCode.Redirect, aangemaakt.StatusCode);
        Assert.Equal("/brugfiguren/jonas-peeters", aangemaakt.Headers.Location?.OriginalString);
        var publiek = await Html.ParseAsync(await beheerder.GetAsync("/brugfiguren/jonas-peeters"));
        Assert.Contains("staat op de kaart", publiek.Text("[role=status]"));
        Assert.Equal("Jonas Peeters", publiek.Text("h1"));
        Assert.Contains(Werkgever, publiek.Text("main"));
        Assert.Contains(Atheneum, publiek.Text("section[aria-labelledby=scholen-titel]"));

        var nieuw = await _factory.WithDbAsync(db => db.Brugfiguren.AsNoTracking().SingleAsync(b => b.Slug == "jonas-peeters"));
        var versie = Assert.Single(await VersiesAsync(nieuw.Id));
        Assert.Equal(1, versie.Nummer);
        Assert.Equal("beheerder@partnerschap.example", versie.Door);
        using var anonymous = _factory.CreateClient();
        Assert.True(await Wacht.TotAsync(async () => (await NamenAsync(anonymous, "/sociale-kaart?soort=brugfiguren&q=Peeters")).Contains("Jonas Peeters"), TimeSpan.FromSeconds(5)));

        // A member of the werkgever keeps it up from now on.
        using var lid = await LidAsync("lid@sleutel.example");
        Assert.Equal(HttpStatusCode.OK, (await lid.GetAsync("/brugfiguren/jonas-peeters/bewerken")).StatusCode);
    }

    [Fact]
    public async Task Only_a_Beheerder_creates_a_brugfiguur()
    {
        using var lid = await LidAsync("lid@sleutel.example");

        using var get = await lid.GetAsync("/beheer/brugfiguren/nieuw");
        using var post = await Html.SubmitAsync(lid, "/", "/beheer/brugfiguren/nieuw", new Dictionary<string, string>
        {
            ["Formulier.Functie"] = "Brugfiguur", ["Formulier.WerkgeverSoort"] = "gemeente", ["Formulier.Werkgever"] = "Gent",
        });

        Assert.Contains("/geen-toegang", get.Headers.Location?.ToString());
        Assert.Contains("/geen-toegang", post.Headers.Location?.ToString());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Brugfiguren.CountAsync()));
    }

    /// <summary>The names of the hits; first the clock moves past the index's check interval, so the search sees the last save.</summary>
    private async Task<List<string>> NamenAsync(HttpClient client, string url)
    {
        _clock.Advance(TimeSpan.FromSeconds(3));
        var page = await Html.ParseAsync(await client.GetAsync(url));
        return [.. page.QuerySelectorAll(".treffer .treffer-naam").Select(a => a.TextContent.Trim())];
    }
}
