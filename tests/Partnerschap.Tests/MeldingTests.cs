using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>"Meld een fout": the public form, the queue for members and Beheerders, and the mails on both sides.</summary>
public sealed class MeldingTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
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

    [Fact]
    public async Task A_visitor_reports_an_error_members_and_Beheerders_are_mailed_and_the_reporter_hears_when_it_is_solved()
    {
        using var bezoeker = _factory.CreateClient();
        var profiel = await Html.ParseAsync(await bezoeker.GetAsync($"/organisaties/{Slug}"));
        Assert.NotNull(profiel.QuerySelector($"a[href='/organisaties/{Slug}/meld-een-fout']"));

        using var gemeld = await Html.SubmitFormAsync(bezoeker, $"/organisaties/{Slug}/meld-een-fout", Formulier, f => f
            .With("Formulier.Tekst", "Het telefoonnummer werkt niet meer, ze verhuisden in september.")
            .With("Formulier.Email", "ouder@example.org"));

        Assert.Equal(HttpStatusCode.OK, gemeld.StatusCode);
        Assert.Equal("Bedankt voor je melding", (await Html.ParseAsync(gemeld)).Text("h1"));
        var mails = await _factory.WithDbAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Contains(mails, m => m.Aan == "lid@example.org" && m.Tekst.Contains("Het telefoonnummer werkt niet meer", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Aan == "beheerder@example.org" && m.Onderwerp == "Nieuwe melding over Huiswerkklas De Sleutel");
        Assert.Contains(mails, m => m.Aan == "ouder@example.org" && m.Onderwerp == "We ontvingen je melding");
        Assert.DoesNotContain(mails, m => m.Aan == "ander@example.org");

        // The member sees it in the queue; a Welzijnswerker of another organisation does not and may not handle it.
        using var lid = await Html.SignedInClientAsync(_factory, "lid@example.org");
        var wachtrij = await Html.ParseAsync(await lid.GetAsync("/meldingen"));
        Assert.Contains("Het telefoonnummer werkt niet meer", wachtrij.Text(".meldingen"));
        Assert.Contains("Nieuw", wachtrij.Text(".meldingen .meta"));
        using var ander = await Html.SignedInClientAsync(_factory, "ander@example.org");
        var andereWachtrij = await Html.ParseAsync(await ander.GetAsync("/meldingen"));
        Assert.DoesNotContain("Het telefoonnummer", andereWachtrij.Text("main"));
        var id = await _factory.WithDbAsync(db => db.Meldingen.Select(m => m.Id).SingleAsync());
        var anderToken = await Html.AntiforgeryTokenAsync(ander, "/mijn-account");
        using var geweigerd = await ander.PostAsync($"/meldingen/{id}/status", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = anderToken, ["Status"] = "Opgelost" }));
        Assert.StartsWith("/geen-toegang", geweigerd.Headers.Location!.OriginalString);

        using var inBehandeling = await Html.SubmitFormAsync(lid, "/meldingen", ".status-formulier", f => f.With("Status", "InBehandeling"));
        Assert.Equal(HttpStatusCode.Redirect, inBehandeling.StatusCode);
        Assert.DoesNotContain(await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == "ouder@example.org").Select(m => m.Onderwerp).ToListAsync()),
            o => o.Contains("behandeld", StringComparison.Ordinal));

        using var opgelost = await Html.SubmitFormAsync(lid, "/meldingen", ".status-formulier", f => f.With("Status", "Opgelost").With("Notitie", "Nummer aangepast."));
        Assert.Equal(HttpStatusCode.Redirect, opgelost.StatusCode);
        var melding = await _factory.WithDbAsync(db => db.Meldingen.SingleAsync());
        Assert.Equal(MeldingStatus.Opgelost, melding.Status);
        Assert.Equal("lid@example.org", melding.BehandeldDoor);
        var antwoord = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == "ouder@example.org").OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal("Je melding over Huiswerkklas De Sleutel is behandeld", antwoord.Onderwerp);
        var open = await Html.ParseAsync(await lid.GetAsync("/meldingen"));
        Assert.DoesNotContain("Het telefoonnummer", open.Text(".meldingen"));
        var afgehandeld = await Html.ParseAsync(await lid.GetAsync("/meldingen?status=Opgelost"));
        Assert.Contains("Nummer aangepast.", afgehandeld.Text(".meldingen"));
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_same_thanks_but_nothing_is_stored_or_sent()
    {
        using var robot = _factory.CreateClient();

        using var response = await Html.SubmitFormAsync(robot, $"/organisaties/{Slug}/meld-een-fout", Formulier, f => f
            .With("Formulier.Tekst", "Koop goedkope horloges op onze website!")
            .With("Formulier.Website", "https://spam.example.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bedankt voor je melding", (await Html.ParseAsync(response)).Text("h1"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Meldingen.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Bad_input_gets_a_Dutch_message_and_the_text_is_kept()
    {
        using var bezoeker = _factory.CreateClient();

        using var response = await Html.SubmitFormAsync(bezoeker, $"/organisaties/{Slug}/meld-een-fout", Formulier, f => f
            .With("Formulier.Tekst", "fout").With("Formulier.Email", "geen adres"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Schrijf wat er niet klopt in 10 tot 2000 tekens.", page.Text("#Formulier_Tekst-fout"));
        Assert.Contains("geldig e-mailadres", page.Text("#Formulier_Email-fout"));
        Assert.Equal("fout", page.QuerySelector("#Formulier_Tekst")!.TextContent.Trim());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Meldingen.CountAsync()));
    }

    [Fact]
    public async Task Schools_and_brugfiguren_have_the_form_too_and_unknown_profiles_are_a_404()
    {
        using var bezoeker = _factory.CreateClient();
        var brugfiguur = await _factory.WithDbAsync(db => db.Brugfiguren.Select(b => b.Slug).FirstAsync());

        Assert.Equal(HttpStatusCode.OK, (await bezoeker.GetAsync("/scholen/basisschool-de-regenboog/meld-een-fout")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bezoeker.GetAsync($"/brugfiguren/{brugfiguur}/meld-een-fout")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bezoeker.GetAsync("/organisaties/bestaat-niet/meld-een-fout")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await Html.SignedInClientAsync(_factory, "beheerder@example.org")).GetAsync("/meldingen?status=kapot")).StatusCode);
    }

    [Fact]
    public async Task The_reporters_e_mail_is_wiped_a_year_after_the_melding_was_closed()
    {
        var organisatie = await _factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Id).SingleAsync());
        Melding Nieuw(string email, MeldingStatus status, int dagenGeleden) => new()
        {
            Soort = ProfielSoort.Organisatie, ProfielId = organisatie, OrganisatieId = organisatie, ProfielNaam = "Huiswerkklas De Sleutel",
            ProfielUrl = "/organisaties/" + Slug, Tekst = "Het adres klopt niet meer.", Email = email, Status = status,
            AangemaaktOp = DateTimeOffset.UtcNow.AddDays(-dagenGeleden - 1), GewijzigdOp = DateTimeOffset.UtcNow.AddDays(-dagenGeleden),
        };
        await _factory.WithDbAsync(db =>
        {
            db.Meldingen.AddRange(Nieuw("oud@example.org", MeldingStatus.Opgelost, 400), Nieuw("recent@example.org", MeldingStatus.Afgewezen, 30), Nieuw("open@example.org", MeldingStatus.InBehandeling, 400));
            return db.SaveChangesAsync();
        });

        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Partnerschap.Web.Infrastructure.Herinneringen.HerinneringService>().RuimAuditOpAsync(TestContext.Current.CancellationToken);
        }

        var adressen = await _factory.WithDbAsync(db => db.Meldingen.Select(m => m.Email).ToListAsync());
        Assert.Equal(["open@example.org", "recent@example.org"], adressen.OfType<string>().Order());
    }

    [Fact]
    public async Task The_form_is_rate_limited_per_visitor()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), new Dictionary<string, string?> { ["RateLimits:FormulierPerMinuut"] = "2" });
        using var client = factory.CreateClient();
        var statussen = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Html.SubmitFormAsync(client, $"/organisaties/{Slug}/meld-een-fout", Formulier,
                f => f.With("Formulier.Tekst", $"Melding nummer {i} met genoeg tekst."));
            statussen.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statussen);
    }
}
