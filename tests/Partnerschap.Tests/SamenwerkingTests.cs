using System.Net;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>Samenwerkingen between an organisatie and a school: confirmed by the school, safe under concurrent saves.</summary>
public sealed class SamenwerkingTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private const string School = "atheneum-demo-gent";
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change and count the same rows: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpClient> OrganisatieLidAsync(string email = "lid@example.org")
    {
        var user = await _factory.CreateUserAsync(email, Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(user, Slug);
        return await Html.SignedInClientAsync(_factory, email);
    }

    private async Task<HttpClient> SchoolLidAsync(string email)
    {
        var user = await _factory.CreateUserAsync(email, Rollen.Schoolmedewerker);
        await _factory.WithDbAsync(async db =>
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, SchoolId = await db.Scholen.Where(s => s.Slug == School).Select(s => s.Id).SingleAsync(), Sinds = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        return await Html.SignedInClientAsync(_factory, email);
    }

    private static Task<HttpResponseMessage> VoegToeAsync(HttpClient client) =>
        Html.SubmitFormAsync(client, $"/organisaties/{Slug}/samenwerkingen/nieuw", "main form", f => f
            .With("Formulier.School", "900002")
            .With("Formulier.Samenwerkingsvormen", "uitwisseling-overleg")
            .With("Formulier.Beschrijving", "Maandelijks overleg met de zorgcoördinator."));

    [Fact]
    public async Task A_closed_school_takes_no_new_samenwerking_but_one_it_already_has_can_still_be_edited()
    {
        using var organisatie = await OrganisatieLidAsync();
        var gesloten = Partnerschap.Web.Infrastructure.BelgischeTijd.Vandaag(TimeProvider.System).AddDays(-30);
        await _factory.WithDbAsync(async db =>
        {
            (await db.Scholen.SingleAsync(s => s.Slug == School)).Einddatum = gesloten;
            return await db.SaveChangesAsync();
        });

        using var geweigerd = await VoegToeAsync(organisatie);

        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.StatusCode);
        Assert.Contains($"is gesloten sinds {Partnerschap.Web.Infrastructure.BelgischeTijd.Datum(gesloten)}", (await Html.ParseAsync(geweigerd)).Text(".foutenoverzicht"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Samenwerkingen.CountAsync(s => s.School!.Slug == School && s.Organisatie!.Slug == Slug)));

        // A samenwerking from before the school closed keeps its school when its other fields change.
        var bestaand = new Samenwerking
        {
            Id = Guid.NewGuid(),
            OrganisatieId = await _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Id).SingleAsync()),
            SchoolId = await _factory.WithDbAsync(db => db.Scholen.Where(s => s.Slug == School).Select(s => s.Id).SingleAsync()),
            Samenwerkingsvormen = ["toeleiding"],
        };
        await _factory.WithDbAsync(db =>
        {
            db.Samenwerkingen.Add(bestaand);
            return db.SaveChangesAsync();
        });
        using var bewerkt = await Html.SubmitFormAsync(organisatie, $"/organisaties/{Slug}/samenwerkingen/{bestaand.Id}", "main form", f => f
            .With("Formulier.Beschrijving", "Tot de school sloot: elke week overleg."));
        Assert.Equal(HttpStatusCode.Redirect, bewerkt.StatusCode);
        Assert.Equal("Tot de school sloot: elke week overleg.", await _factory.WithDbAsync(db => db.Samenwerkingen.Where(s => s.Id == bestaand.Id).Select(s => s.Beschrijving).SingleAsync()));
    }

    [Fact]
    public async Task A_samenwerking_added_by_an_organisatie_shows_publicly_only_after_the_school_confirms_it()
    {
        using var organisatie = await OrganisatieLidAsync();
        using var school = await SchoolLidAsync("zorg@school.example");

        using var toegevoegd = await VoegToeAsync(organisatie);

        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        var publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/scholen/{School}"));
        Assert.DoesNotContain("Huiswerkklas De Sleutel", publiek.Text("main"));
        var profiel = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/organisaties/{Slug}"));
        Assert.DoesNotContain("Atheneum Demo Gent", profiel.Text("main"));
        var eigen = await Html.ParseAsync(await organisatie.GetAsync($"/organisaties/{Slug}/bewerken"));
        Assert.Contains("wacht op bevestiging", eigen.Text("#samenwerkingen"));
        var mail = await _factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Aan == "zorg@school.example"));
        Assert.Contains("Bevestig de samenwerking met Huiswerkklas De Sleutel", mail.Onderwerp);
        Assert.Contains($"/scholen/{School}/bewerken#samenwerkingen", mail.Tekst);

        var schoolPagina = await Html.ParseAsync(await school.GetAsync($"/scholen/{School}/bewerken"));
        Assert.Contains("Wacht op bevestiging", schoolPagina.Text("#samenwerkingen"));
        using var bevestigd = await Html.SubmitFormAsync(school, $"/scholen/{School}/bewerken", "#samenwerkingen form[action$='/bevestigen']");

        Assert.Equal(HttpStatusCode.Redirect, bevestigd.StatusCode);
        publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/scholen/{School}"));
        Assert.Contains("Huiswerkklas De Sleutel", publiek.Text("main"));
        eigen = await Html.ParseAsync(await organisatie.GetAsync($"/organisaties/{Slug}/bewerken"));
        Assert.DoesNotContain("wacht op bevestiging", eigen.Text("#samenwerkingen"));
    }

    [Fact]
    public async Task A_school_that_refuses_a_samenwerking_removes_it()
    {
        using var organisatie = await OrganisatieLidAsync();
        using var school = await SchoolLidAsync("zorg@school.example");
        using var _ = await VoegToeAsync(organisatie);

        using var geweigerd = await Html.SubmitFormAsync(school, $"/scholen/{School}/bewerken", "#samenwerkingen form[action$='/weigeren']");

        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Samenwerkingen.AnyAsync(s => s.School!.Slug == School && s.Organisatie!.Slug == Slug)));
    }

    [Fact]
    public async Task A_samenwerking_added_by_a_Beheerder_needs_no_confirmation()
    {
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");

        using var toegevoegd = await VoegToeAsync(beheerder);

        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        var publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/scholen/{School}"));
        Assert.Contains("Huiswerkklas De Sleutel", publiek.Text("main"));
    }

    [Fact]
    public async Task A_samenwerking_added_by_someone_who_may_also_edit_the_school_needs_no_confirmation()
    {
        using var beide = await OrganisatieLidAsync("beide@example.org");
        var user = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "beide@example.org"));
        await _factory.WithDbAsync(async db =>
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, SchoolId = await db.Scholen.Where(s => s.Slug == School).Select(s => s.Id).SingleAsync(), Sinds = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        using var toegevoegd = await VoegToeAsync(beide);

        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        var publiek = await Html.ParseAsync(await _factory.CreateClient().GetAsync($"/scholen/{School}"));
        Assert.Contains("Huiswerkklas De Sleutel", publiek.Text("main"));
    }

    [Fact]
    public async Task Concurrent_saves_of_a_samenwerking_end_in_one_save_and_conflict_screens_never_an_error()
    {
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var _ = await VoegToeAsync(beheerder);
        var id = await _factory.WithDbAsync(db => db.Samenwerkingen.Where(s => s.School!.Slug == School).Select(s => s.Id).SingleAsync());
        var leden = new List<HttpClient>();
        for (var i = 0; i < 8; i++)
        {
            leden.Add(await OrganisatieLidAsync($"lid{i}@example.org"));
        }

        // Everyone opens the form first, then all save at once: 8 members × 3 tabs.
        var formulieren = new List<(HttpClient Client, List<KeyValuePair<string, string>> Velden)>();
        foreach (var (lid, i) in leden.Select((l, i) => (l, i)))
        {
            for (var tab = 0; tab < 3; tab++)
            {
                var pagina = await Html.ParseAsync(await lid.GetAsync($"/organisaties/{Slug}/samenwerkingen/{id}"));
                formulieren.Add((lid, Html.FormFields(pagina, "main form").With("Formulier.Beschrijving", $"Versie van lid {i}, tab {tab}")));
            }
        }

        var antwoorden = await Task.WhenAll(formulieren.Select(async f =>
        {
            using var response = await f.Client.PostAsync($"/organisaties/{Slug}/samenwerkingen/{id}", new FormUrlEncodedContent(f.Velden));
            return (response.StatusCode, Tekst: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(antwoorden, a => Assert.True(a.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"{(int)a.StatusCode}"));
        Assert.Equal(1, antwoorden.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        Assert.All(antwoorden.Where(a => a.StatusCode == HttpStatusCode.Conflict), a => Assert.Contains("nog niet bewaard", a.Tekst));
        foreach (var lid in leden)
        {
            lid.Dispose();
        }
    }
}
