using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>Users and access: invitations, roles, memberships, deactivation, access requests and the audit log.</summary>
public sealed partial class BeheerTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change and count the same rows: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<string> LaatsteLinkAsync(string aan)
    {
        var mail = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == aan).OrderByDescending(m => m.Id).FirstAsync());
        return new Uri(Link().Match(mail.Tekst).Value).PathAndQuery;
    }

    private async Task<HttpResponseMessage> UitnodigenAsync(HttpClient beheerder, string email, string rol = Rollen.Welzijnswerker, string organisaties = "Huiswerkklas De Sleutel") =>
        await Html.SubmitFormAsync(beheerder, "/beheer/gebruikers/uitnodigen", "main form", f => f
            .With("Email", email).With("Weergavenaam", "Nieuwe Collega").With("Rol", rol).With("Organisaties", organisaties));

    [Fact]
    public async Task A_Beheerder_invites_a_welzijnswerker_who_sets_a_password_once_and_may_then_edit_the_profile()
    {
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var uitgenodigd = await UitnodigenAsync(beheerder, "nieuw@example.org");
        Assert.Equal(HttpStatusCode.Redirect, uitgenodigd.StatusCode);

        var mail = await _factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Aan == "nieuw@example.org"));
        Assert.Equal("Je bent uitgenodigd voor Partnerschap", mail.Onderwerp);
        Assert.Contains("Huiswerkklas De Sleutel", mail.Tekst);
        var link = await LaatsteLinkAsync("nieuw@example.org");

        using var anoniem = _factory.CreateClient();
        var pagina = await Html.ParseAsync(await anoniem.GetAsync(link));
        Assert.Contains("Welzijnswerker", pagina.Text("main"));
        var velden = Html.FormFields(pagina, "main form").With("Wachtwoord", PortalFactory.Wachtwoord).With("Herhaling", PortalFactory.Wachtwoord);
        using var aanvaard = await anoniem.PostAsync("/uitnodiging", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, aanvaard.StatusCode);

        using var welzijnswerker = await Html.SignedInClientAsync(_factory, "nieuw@example.org");
        Assert.Equal(HttpStatusCode.OK, (await welzijnswerker.GetAsync($"/organisaties/{Slug}/bewerken")).StatusCode);

        // The link worked once.
        using var nogEens = await anoniem.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, nogEens.StatusCode);
        Assert.Contains("niet meer geldig", (await Html.ParseAsync(nogEens)).Text("main"));
        var audit = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit?wie=nieuw%40example.org"));
        Assert.Contains("Uitnodiging verstuurd", audit.Text("table"));
        Assert.Contains("Uitnodiging aanvaard", audit.Text("table"));
    }

    [Fact]
    public async Task A_new_invitation_replaces_the_old_link()
    {
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var _ = await UitnodigenAsync(beheerder, "traag@example.org");
        var eerste = await LaatsteLinkAsync("traag@example.org");
        using var anoniem = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anoniem.GetAsync(eerste)).StatusCode);

        var id = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "traag@example.org").Select(u => u.Id).SingleAsync());
        using var opnieuw = await Html.SubmitFormAsync(beheerder, $"/beheer/gebruikers/{id}", $"form[action='/beheer/gebruikers/{id}/uitnodiging-opnieuw']");
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        var tweede = await LaatsteLinkAsync("traag@example.org");

        Assert.NotEqual(eerste, tweede);
        Assert.Equal(HttpStatusCode.BadRequest, (await anoniem.GetAsync(eerste)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anoniem.GetAsync(tweede)).StatusCode);
    }

    [Fact]
    public async Task An_invitation_link_stops_working_when_its_lifetime_is_over()
    {
        // Identity's token providers read the system clock, so this portal gets a lifetime of one second.
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Auth:InvitationLifetime"] = "00:00:01" });
        await factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(factory, "beheerder@example.org");
        using var _ = await Html.SubmitFormAsync(beheerder, "/beheer/gebruikers/uitnodigen", "main form", f => f
            .With("Email", "laat@example.org").With("Rol", Rollen.Onderzoeker));
        var mail = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Aan == "laat@example.org"));
        var link = new Uri(Link().Match(mail.Tekst).Value).PathAndQuery;

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        using var response = await factory.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ouder dan 7 dagen", (await Html.ParseAsync(response)).Text("main"));
    }

    [Fact]
    public async Task Invitation_form_errors_are_Dutch_and_name_the_unknown_organisation()
    {
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var response = await UitnodigenAsync(beheerder, "geen-email", organisaties: "Bestaat Niet vzw");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("geldig e-mailadres", page.Text("#Email-fout"));
        Assert.Contains("We vinden geen organisatie ‘Bestaat Niet vzw’", page.Text("#Organisaties-fout"));
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "geen-email")));
    }

    [Fact]
    public async Task Deactivating_ends_the_session_on_the_next_request_and_refuses_sign_in_until_reactivated()
    {
        var user = await _factory.CreateUserAsync("vertrokken@example.org", Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(user, Slug);
        using var sessie = await Html.SignedInClientAsync(_factory, "vertrokken@example.org");
        Assert.Equal(HttpStatusCode.OK, (await sessie.GetAsync("/mijn-organisatie")).StatusCode);

        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        using var uit = await Html.SubmitFormAsync(beheerder, $"/beheer/gebruikers/{user.Id}", $"form[action='/beheer/gebruikers/{user.Id}/deactiveren']");
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);

        using var volgende = await sessie.GetAsync("/mijn-organisatie");
        Assert.Equal(HttpStatusCode.Redirect, volgende.StatusCode);
        Assert.StartsWith("/aanmelden", volgende.Headers.Location!.OriginalString);
        using var aanmelden = await Html.SignInAsync(_factory.CreateClient(), "vertrokken@example.org");
        Assert.Equal(HttpStatusCode.BadRequest, aanmelden.StatusCode);
        Assert.Contains(Partnerschap.Web.Features.Account.AccountController.AanmeldenMisluktTekst, (await Html.ParseAsync(aanmelden)).Text(".foutenoverzicht"));

        using var aan = await Html.SubmitFormAsync(beheerder, $"/beheer/gebruikers/{user.Id}", $"form[action='/beheer/gebruikers/{user.Id}/activeren']");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SignInAsync(_factory.CreateClient(), "vertrokken@example.org")).StatusCode);
    }

    [Fact]
    public async Task Role_and_membership_changes_take_effect_on_the_users_next_request()
    {
        var user = await _factory.CreateUserAsync("wisselt@example.org", Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(user, Slug);
        using var sessie = await Html.SignedInClientAsync(_factory, "wisselt@example.org");
        Assert.Equal(HttpStatusCode.OK, (await sessie.GetAsync($"/organisaties/{Slug}/bewerken")).StatusCode);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");

        var pagina = await Html.ParseAsync(await beheerder.GetAsync($"/beheer/gebruikers/{user.Id}"));
        var verwijder = pagina.QuerySelector("form[action*='/lidmaatschappen/'][action$='/verwijderen']")!.GetAttribute("action")!;
        using var weg = await beheerder.PostAsync(verwijder, new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = Html.HiddenFields(pagina)["__af"] }));
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.StartsWith("/geen-toegang", (await sessie.GetAsync($"/organisaties/{Slug}/bewerken")).Headers.Location!.OriginalString);

        using var rollen = await Html.SubmitFormAsync(beheerder, $"/beheer/gebruikers/{user.Id}", $"form[action='/beheer/gebruikers/{user.Id}/rollen']",
            f => f.With("rollen", Rollen.Onderzoeker));
        Assert.Equal(HttpStatusCode.Redirect, rollen.StatusCode);
        var account = await Html.ParseAsync(await sessie.GetAsync("/mijn-account"));
        Assert.Contains("Onderzoeker", account.Text(".gegevens"));
        Assert.DoesNotContain("Welzijnswerker", account.Text(".gegevens"));
        var audit = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit?wie=wisselt"));
        Assert.Contains("Rol gewijzigd", audit.Text("table"));
        Assert.Contains("Lidmaatschap gewijzigd", audit.Text("table"));
    }

    [Fact]
    public async Task Someone_who_works_there_asks_access_and_is_told_by_mail_when_a_Beheerder_approves_or_refuses()
    {
        await _factory.CreateUserAsync("vraagt@example.org", Rollen.Welzijnswerker);
        await _factory.CreateUserAsync("ook@example.org", Rollen.Welzijnswerker);
        foreach (var email in new[] { "vraagt@example.org", "ook@example.org" })
        {
            using var client = await Html.SignedInClientAsync(_factory, email);
            var profiel = await Html.ParseAsync(await client.GetAsync($"/organisaties/{Slug}"));
            Assert.NotNull(profiel.QuerySelector($"a[href='/organisaties/{Slug}/ik-werk-hier']"));
            using var vraag = await Html.SubmitFormAsync(client, $"/organisaties/{Slug}/ik-werk-hier", "main form",
                f => f.With("Formulier.Toelichting", "Ik ben coördinator van de huiswerkklas."));
            Assert.Equal(HttpStatusCode.Redirect, vraag.StatusCode);
        }

        Assert.Contains("Toegangsaanvraag", (await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == "beheerder@example.org").Select(m => m.Onderwerp).ToListAsync()))[0]);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        var aanvragen = await Html.ParseAsync(await beheerder.GetAsync("/beheer/aanvragen"));
        var af = Html.HiddenFields(aanvragen)["__af"];
        var goedkeuren = aanvragen.QuerySelectorAll("form[action$='/goedkeuren']").Select(f => f.GetAttribute("action")!).ToList();
        var weigeren = aanvragen.QuerySelectorAll("form[action$='/weigeren']").Select(f => f.GetAttribute("action")!).ToList();
        var eersteIsVraagt = aanvragen.QuerySelectorAll(".meldingen > li")[0].TextContent.Contains("vraagt@example.org", StringComparison.Ordinal);
        using var ja = await beheerder.PostAsync(goedkeuren[eersteIsVraagt ? 0 : 1], new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = af }));
        using var nee = await beheerder.PostAsync(weigeren[eersteIsVraagt ? 1 : 0], new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = af, ["reden"] = "We kennen je niet bij deze organisatie." }));

        using var vraagt = await Html.SignedInClientAsync(_factory, "vraagt@example.org");
        Assert.Equal(HttpStatusCode.OK, (await vraagt.GetAsync($"/organisaties/{Slug}/bewerken")).StatusCode);
        using var ook = await Html.SignedInClientAsync(_factory, "ook@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await ook.GetAsync($"/organisaties/{Slug}/bewerken")).StatusCode);
        var mails = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == "vraagt@example.org" || m.Aan == "ook@example.org").ToListAsync());
        Assert.Contains(mails, m => m.Aan == "vraagt@example.org" && m.Onderwerp.StartsWith("Je mag Huiswerkklas De Sleutel nu beheren", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Aan == "ook@example.org" && m.Tekst.Contains("We kennen je niet bij deze organisatie.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_log_records_sign_ins_failures_and_lockouts_and_filters_by_kind()
    {
        await _factory.CreateUserAsync("vergeetachtig@example.org", Rollen.Welzijnswerker);
        using var client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await Html.SignInAsync(client, "vergeetachtig@example.org", "helemaal het verkeerde wachtwoord");
        }

        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        var alles = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit"));
        Assert.Contains("Account geblokkeerd", alles.Text("table"));
        Assert.Contains("Aanmelden gelukt", alles.Text("table")); // the Beheerder's own sign-in

        var mislukt = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit?soort=aanmelden-mislukt"));
        var rijen = mislukt.QuerySelectorAll("tbody tr");
        Assert.Equal(4, rijen.Length);
        Assert.All(rijen, r => Assert.Contains("vergeetachtig@example.org", r.TextContent));

        Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.GetAsync("/beheer/audit?soort=iets-anders")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.GetAsync("/beheer/audit?van=2026-13-45")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync($"/beheer/audit?van={Partnerschap.Web.Infrastructure.BelgischeTijd.Vandaag(TimeProvider.System):yyyy-MM-dd}&tot={Partnerschap.Web.Infrastructure.BelgischeTijd.Vandaag(TimeProvider.System):yyyy-MM-dd}")).StatusCode);
    }

    [Fact]
    public async Task A_Beheerder_cannot_lock_themselves_out()
    {
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        var id = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "beheerder@example.org").Select(u => u.Id).SingleAsync());

        using var rollen = await Html.SubmitFormAsync(beheerder, $"/beheer/gebruikers/{id}", $"form[action='/beheer/gebruikers/{id}/rollen']",
            f => f.With("rollen", Rollen.Onderzoeker));

        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("/beheer")).StatusCode);
        var pagina = await Html.ParseAsync(await beheerder.GetAsync($"/beheer/gebruikers/{id}"));
        Assert.Null(pagina.QuerySelector($"form[action='/beheer/gebruikers/{id}/deactiveren']"));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
