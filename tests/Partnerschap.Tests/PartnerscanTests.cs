using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>
/// The partners' samenwerkingsscan and action plan: only the members of the school and of the organisation get in (not
/// even a Beheerder), each side answers apart and sees the other side only after answering, the result side by side with
/// the biggest difference first, a new round compared with the previous one, and the action plan with its history.
/// </summary>
public sealed class PartnerscanTests(PartnerscanTests.Fixture fixture) : IClassFixture<PartnerscanTests.Fixture>
{
    private const string Organisatie = "huiswerkklas-de-sleutel";

    private enum Persona
    {
        Anoniem,
        AndereWelzijnswerker,
        Onderzoeker,
        Beheerder,
        LidSchool,
        LidOrganisatie,
    }

    private static readonly Dictionary<Persona, string> Emails = new()
    {
        [Persona.AndereWelzijnswerker] = "ander@example.org",
        [Persona.Onderzoeker] = "onderzoeker@example.org",
        [Persona.Beheerder] = "beheerder@example.org",
        [Persona.LidSchool] = "school@example.org",
        [Persona.LidOrganisatie] = "organisatie@example.org",
    };

    /// <summary>Every endpoint of a samenwerking's scan and plan; {a} is an action of the plan. Toegelaten: what a member gets for an empty request.</summary>
    private static readonly (string Methode, string Pad, string Toegelaten)[] Matrix =
    [
        ("GET", "/samenwerkingen/{id}/scan", "200"),
        ("GET", "/samenwerkingen/{id}/scan/rondes/1", "200"),
        ("GET", "/samenwerkingen/{id}/scan/invullen", "200"),
        ("POST", "/samenwerkingen/{id}/scan/invullen", "400"),
        ("POST", "/samenwerkingen/{id}/scan/nieuwe-ronde", "409"),
        ("GET", "/samenwerkingen/{id}/actieplan", "200"),
        ("POST", "/samenwerkingen/{id}/actieplan", "400"),
        ("GET", "/samenwerkingen/{id}/actieplan/{a}", "200"),
        ("POST", "/samenwerkingen/{id}/actieplan/{a}", "400"),
        ("GET", "/samenwerkingen/{id}/actieplan/geschiedenis", "200"),
    ];

    public sealed class Fixture : KaartFixture
    {
        /// <summary>1 March 2027, 10:00 in Belgium.</summary>
        public FakeTimeProvider Klok { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

        protected override PortalFactory CreateFactory(string databasePath) => new(databasePath) { Clock = Klok };

        protected override async Task SeedAsync()
        {
            var ander = await Factory.CreateUserAsync(Emails[Persona.AndereWelzijnswerker], Rollen.Welzijnswerker);
            await Factory.AddMembershipAsync(ander, "sociaal-huis-gent");
            await Factory.CreateUserAsync(Emails[Persona.Onderzoeker], Rollen.Onderzoeker);
            await Factory.CreateUserAsync(Emails[Persona.Beheerder], Rollen.Beheerder);
            await Factory.CreateUserAsync(Emails[Persona.LidSchool], Rollen.Schoolmedewerker);
            var organisatie = await Factory.CreateUserAsync(Emails[Persona.LidOrganisatie], Rollen.Welzijnswerker);
            await Factory.AddMembershipAsync(organisatie, Organisatie);
            await Factory.WithDbAsync(async db =>
            {
                await db.Users.Where(u => u.Email == Emails[Persona.LidSchool]).ExecuteUpdateAsync(u => u.SetProperty(x => x.Weergavenaam, "An Peeters"));
                return await db.Users.Where(u => u.Email == Emails[Persona.LidOrganisatie]).ExecuteUpdateAsync(u => u.SetProperty(x => x.Weergavenaam, "Bram Claes"));
            });
        }

        /// <summary>A confirmed samenwerking of its own between a new school (the school member's) and the organisation.</summary>
        public async Task<Guid> NieuweSamenwerkingAsync(string schoolNaam)
        {
            var id = Guid.NewGuid();
            await Factory.WithDbAsync(async db =>
            {
                var school = new School { Id = Guid.NewGuid(), Naam = schoolNaam, Slug = Web.Domain.Slugs.From(schoolNaam), Net = "vrij-gesubsidieerd", GemeenteNis = "44021" };
                db.Scholen.Add(school);
                db.Samenwerkingen.Add(new Samenwerking { Id = id, SchoolId = school.Id, OrganisatieId = await db.Organisaties.Where(o => o.Slug == Organisatie).Select(o => o.Id).SingleAsync(), Samenwerkingsvormen = ["toeleiding"] });
                var lid = await db.Users.SingleAsync(u => u.Email == Emails[Persona.LidSchool]);
                db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = lid.Id, SchoolId = school.Id, Sinds = DateTimeOffset.UtcNow });
                return await db.SaveChangesAsync();
            });
            return id;
        }

        public Task<HttpClient> ClientAsync(string email) => Html.SignedInClientAsync(Factory, email);
    }

    [Fact]
    public async Task Only_members_of_the_school_and_of_the_organisation_reach_the_scan_and_the_action_plan_not_even_a_Beheerder()
    {
        var id = await fixture.NieuweSamenwerkingAsync("Basisschool Rechten");
        var actie = Guid.NewGuid();
        await fixture.Factory.WithDbAsync(db =>
        {
            db.Actiepunten.Add(new Actiepunt { Id = actie, SamenwerkingId = id, Actie = "Kennismaken", Wie = "Zorgcoördinator", AangemaaktOp = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        var clients = new Dictionary<Persona, HttpClient> { [Persona.Anoniem] = fixture.Factory.CreateClient() };
        foreach (var (persona, email) in Emails)
        {
            clients[persona] = await fixture.ClientAsync(email);
        }

        var tokens = new Dictionary<Persona, string>();
        foreach (var (persona, client) in clients)
        {
            tokens[persona] = await Html.AntiforgeryTokenAsync(client, persona == Persona.Anoniem ? "/wachtwoord-vergeten" : "/mijn-account");
        }

        var fouten = new List<string>();
        foreach (var (methode, sjabloon, toegelaten) in Matrix)
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                var pad = sjabloon.Replace("{id}", id.ToString()).Replace("{a}", actie.ToString());
                using var request = new HttpRequestMessage(new HttpMethod(methode), pad);
                if (methode == "POST")
                {
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = tokens[persona] });
                }

                using var response = await clients[persona].SendAsync(request);
                var verwacht = persona switch
                {
                    Persona.Anoniem => "302 /aanmelden",
                    Persona.LidSchool or Persona.LidOrganisatie => toegelaten,
                    _ => "302 /geen-toegang",
                };
                var kreeg = $"{(int)response.StatusCode}" + (response.Headers.Location is { } l ? " " + (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString).Split('?')[0] : string.Empty);
                if (kreeg != verwacht)
                {
                    fouten.Add($"{methode} {sjabloon} als {persona}: verwacht {verwacht}, kreeg {kreeg}");
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
        Assert.Equal(0, await fixture.Factory.WithDbAsync(db => db.ScanInvullingen.CountAsync(i => i.SamenwerkingId == id)));
        Assert.Equal(1, await fixture.Factory.WithDbAsync(db => db.Actiepunten.CountAsync(a => a.SamenwerkingId == id)));
    }

    [Fact]
    public void The_matrix_covers_every_endpoint_of_a_samenwerking()
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("samenwerkingen/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Select(e => e.Replace(":guid", string.Empty, StringComparison.Ordinal).Replace(":int", string.Empty, StringComparison.Ordinal))
            .ToHashSet();
        var gedekt = Matrix.Select(r => $"{r.Methode} {r.Pad.Replace("{a}", "{actieId}").Replace("/rondes/1", "/rondes/{ronde}")}").ToHashSet();

        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Except(gedekt));
    }

    [Fact]
    public async Task Each_side_answers_apart_and_then_sees_both_side_by_side_with_the_biggest_difference_first()
    {
        var id = await fixture.NieuweSamenwerkingAsync("Basisschool Naast Elkaar");
        using var school = await fixture.ClientAsync(Emails[Persona.LidSchool]);
        using var organisatie = await fixture.ClientAsync(Emails[Persona.LidOrganisatie]);

        // The school answers "klopt helemaal" everywhere except in the third theme ("klopt niet"); the organisation "klopt helemaal" everywhere.
        var themas = await ThemasAsync(school, id);
        var verschilThema = themas.Keys.ElementAt(2);
        var schoolOp = BelgischeTijd.Tijdstip(fixture.Klok.GetUtcNow());
        var bewaard = await VulInAsync(school, id, (thema, _) => thema == verschilThema ? "1" : "4");
        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);

        // The organisation's members hear that the school filled in, with a link to their form; the school's do not.
        Task<List<Partnerschap.Web.Infrastructure.Mail.OutboxMessage>> MailsAsync(Persona persona) => fixture.Factory.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.Aan == Emails[persona] && m.Tekst.Contains(id.ToString())).ToListAsync());
        var melding = Assert.Single(await MailsAsync(Persona.LidOrganisatie));
        Assert.Equal("Basisschool Naast Elkaar vulde de samenwerkingsscan in", melding.Onderwerp);
        Assert.Contains($"/samenwerkingen/{id}/scan/invullen", melding.Tekst);
        Assert.Empty(await MailsAsync(Persona.LidSchool));

        // The organisation sees that the school answered, but not what.
        var voor = await PaginaAsync(organisatie, $"/samenwerkingen/{id}/scan");
        Assert.Contains($"ingevuld door An Peeters op {schoolOp}", voor.QuerySelector("#stand-school")!.TextContent);
        Assert.Contains("nog niet ingevuld", voor.QuerySelector("#stand-organisatie")!.TextContent);
        Assert.Null(voor.QuerySelector("svg.scan-grafiek"));
        Assert.Null(voor.QuerySelector("#verschillen-titel"));
        Assert.Contains("pas als jullie kant ook heeft ingevuld", voor.QuerySelector("main")!.TextContent);

        // The school sees its own result meanwhile.
        var eigen = await PaginaAsync(school, $"/samenwerkingen/{id}/scan");
        Assert.NotNull(eigen.QuerySelector("svg.scan-grafiek"));
        Assert.Contains("vulde deze ronde nog niet in", eigen.QuerySelector("main")!.TextContent);

        fixture.Klok.Advance(TimeSpan.FromMinutes(20));
        var organisatieOp = BelgischeTijd.Tijdstip(fixture.Klok.GetUtcNow());
        Assert.Equal(HttpStatusCode.Redirect, (await VulInAsync(organisatie, id, (_, _) => "4")).StatusCode);
        Assert.EndsWith("beide kanten zijn ingevuld", Assert.Single(await MailsAsync(Persona.LidSchool)).Onderwerp);

        // Changing answers already given mails nobody again.
        Assert.Equal(HttpStatusCode.Redirect, (await VulInAsync(organisatie, id, (_, _) => "4")).StatusCode);
        Assert.Single(await MailsAsync(Persona.LidSchool));
        Assert.Single(await MailsAsync(Persona.LidOrganisatie));

        foreach (var client in new[] { school, organisatie })
        {
            var pagina = await PaginaAsync(client, $"/samenwerkingen/{id}/scan");
            var eerste = pagina.QuerySelector(".scan-verschillen-lijst > li")!;
            Assert.Equal(themas[verschilThema], eerste.QuerySelector("h3")!.TextContent.Trim());
            Assert.Contains("verschil 3,0", eerste.TextContent);
            Assert.Contains("School: Klopt niet. Organisatie: Klopt helemaal.", string.Join(" ", eerste.QuerySelectorAll("li").Select(l => l.TextContent.Trim())).Replace("\n", " "));
            var kolommen = pagina.QuerySelectorAll(".scan-tabel thead th").Select(t => t.TextContent.Trim()).ToList();
            Assert.Contains("School: fase", kolommen);
            Assert.Contains("Organisatie: fase", kolommen);
            Assert.Contains($"ingevuld door Bram Claes op {organisatieOp}", pagina.QuerySelector("#stand-organisatie")!.TextContent);

            // The next step per theme: where both sides are in the same stage, one line for both; else a line per side.
            var stappen = pagina.QuerySelectorAll(".scan-thema-uitslag")
                .ToDictionary(s => s.QuerySelector("h3")!.TextContent.Trim(), s => s.QuerySelectorAll("p strong").Select(b => b.TextContent.Trim()).ToList());
            Assert.Equal(["School:", "Organisatie:"], stappen[themas[verschilThema]]);
            Assert.All(themas.Values.Where(t => t != themas[verschilThema]), t => Assert.Equal(["School en Organisatie:"], stappen[t]));
        }

        var opgeslagen = await fixture.Factory.WithDbAsync(db => db.ScanInvullingen.Where(i => i.SamenwerkingId == id).OrderBy(i => i.Kant).ToListAsync());
        Assert.Equal([ScanKant.School, ScanKant.Organisatie], opgeslagen.Select(i => i.Kant));
        Assert.All(opgeslagen, i => Assert.True(i.ToestemmingOnderzoek));
    }

    [Fact]
    public async Task A_new_round_starts_only_when_both_answered_and_its_result_is_compared_with_the_previous_round()
    {
        var id = await fixture.NieuweSamenwerkingAsync("Basisschool Tweede Ronde");
        var school = await fixture.ClientAsync(Emails[Persona.LidSchool]);
        var organisatie = await fixture.ClientAsync(Emails[Persona.LidOrganisatie]);
        var eersteOp = BelgischeTijd.Datum(fixture.Klok.GetUtcNow());
        await VulInAsync(school, id, (_, _) => "2");
        var teVroeg = await school.PostAsync($"/samenwerkingen/{id}/scan/nieuwe-ronde",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = await Html.AntiforgeryTokenAsync(school, $"/samenwerkingen/{id}/scan") }));
        Assert.Equal(HttpStatusCode.Conflict, teVroeg.StatusCode);
        await VulInAsync(organisatie, id, (_, _) => "2");

        var nieuw = await Html.SubmitFormAsync(school, $"/samenwerkingen/{id}/scan", "main form[action$='/nieuwe-ronde']");
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        Assert.Equal($"/samenwerkingen/{id}/scan/invullen?ronde=2", nieuw.Headers.Location!.OriginalString);
        fixture.Klok.Advance(TimeSpan.FromDays(90));
        var tweedeOp = BelgischeTijd.Datum(fixture.Klok.GetUtcNow());
        school = await fixture.ClientAsync(Emails[Persona.LidSchool]); // a sign-in lasts hours, not months
        organisatie = await fixture.ClientAsync(Emails[Persona.LidOrganisatie]);
        Assert.Equal(HttpStatusCode.Redirect, (await VulInAsync(school, id, (_, _) => "4", "?ronde=2")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VulInAsync(organisatie, id, (_, _) => "3")).StatusCode);

        var pagina = await PaginaAsync(school, $"/samenwerkingen/{id}/scan");
        Assert.Contains("Ronde 2", pagina.QuerySelector("#stand-titel")!.TextContent);
        Assert.NotNull(pagina.QuerySelector("#vergelijking-titel"));
        var legendes = pagina.QuerySelectorAll(".scan-legende li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("School nu", legendes);
        Assert.Contains("School vorige keer", legendes);
        Assert.Contains("Organisatie vorige keer", legendes);
        Assert.Contains($"ronde 2 ({tweedeOp}) en ronde 1 ({eersteOp})", pagina.QuerySelector("#vergelijking-titel")!.ParentElement!.TextContent);
        var tabel = pagina.QuerySelectorAll(".scan-tabel").Single(t => t.TextContent.Contains("School vorige keer"));
        Assert.Contains("4,0", tabel.QuerySelector("tbody tr")!.TextContent);
        Assert.Contains("2,0", tabel.QuerySelector("tbody tr")!.TextContent);

        var eerste = await school.GetAsync($"/samenwerkingen/{id}/scan/rondes/1");
        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Contains("Ronde 1", (await Html.ParseAsync(eerste)).QuerySelector("#stand-titel")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/samenwerkingen/{id}/scan/rondes/3")).StatusCode);
    }

    [Fact]
    public async Task A_scan_form_saved_by_someone_else_in_between_gets_409_and_keeps_the_input()
    {
        var id = await fixture.NieuweSamenwerkingAsync("Basisschool Twee Tabbladen");
        using var school = await fixture.ClientAsync(Emails[Persona.LidSchool]);
        var formulier = $"/samenwerkingen/{id}/scan/invullen";
        var eerste = await PaginaAsync(school, formulier);
        var tweede = await PaginaAsync(school, formulier);
        var code = eerste.QuerySelector("fieldset.scan-stelling")!.Id!;

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(school, eerste, f => f.With(code, "3").With("toestemming", "nee"))).StatusCode);
        using var conflict = await PostAsync(school, tweede, f => f.With(code, "1").With("toestemming", "ja"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var pagina = await Html.ParseAsync(conflict);
        Assert.Contains("An Peeters bewaarde de antwoorden", pagina.QuerySelector("[role=alert]")!.TextContent);
        Assert.NotNull(pagina.QuerySelector($"input[name='{code}'][value='1'][checked]"));
        var opgeslagen = await fixture.Factory.WithDbAsync(db => db.ScanInvullingen.SingleAsync(i => i.SamenwerkingId == id));
        Assert.Contains("\":3", opgeslagen.Antwoorden);
        Assert.False(opgeslagen.ToestemmingOnderzoek);

        // Without an answer to the consent question the form comes back with a Dutch message and the answers kept.
        using var zonder = await PostAsync(school, await PaginaAsync(school, formulier), f => f.Where(v => v.Key != "toestemming").ToList().With(code, "2"));
        Assert.Equal(HttpStatusCode.BadRequest, zonder.StatusCode);
        var fout = await Html.ParseAsync(zonder);
        Assert.Contains("Kies of onderzoekers jullie antwoorden mogen gebruiken", fout.QuerySelector(".foutenoverzicht")!.TextContent);
        Assert.NotNull(fout.QuerySelector($"input[name='{code}'][value='2'][checked]"));
    }

    [Fact]
    public async Task The_action_plan_keeps_every_change_with_who_and_when_and_refuses_a_stale_edit()
    {
        var id = await fixture.NieuweSamenwerkingAsync("Basisschool Actieplan");
        var school = await fixture.ClientAsync(Emails[Persona.LidSchool]);
        var plan = $"/samenwerkingen/{id}/actieplan";
        var vandaag = BelgischeTijd.Vandaag(fixture.Klok);
        var toegevoegdOp = BelgischeTijd.Tijdstip(fixture.Klok.GetUtcNow());
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var verleden = await Html.SubmitFormAsync(school, plan, "main form", f => f.With("Formulier.Actie", "Te laat begonnen").With("Formulier.Wie", "Directie").With("Formulier.Tegen", Iso(vandaag.AddDays(-1))));
        Assert.Equal(HttpStatusCode.BadRequest, verleden.StatusCode);
        var fout = await Html.ParseAsync(verleden);
        Assert.Contains($"Kies een datum vanaf vandaag ({BelgischeTijd.Datum(vandaag)})", fout.QuerySelector(".foutenoverzicht")!.TextContent);
        Assert.Equal("Te laat begonnen", fout.QuerySelector("textarea[name='Formulier.Actie']")!.TextContent.Trim());

        using var toegevoegd = await Html.SubmitFormAsync(school, plan, "main form", f => f
            .With("Formulier.Actie", "Kennismaking op de personeelsvergadering").With("Formulier.Wie", "Zorgcoördinator").With("Formulier.Tegen", Iso(vandaag.AddDays(9))).With("Formulier.Thema", "elkaar-kennen"));
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        var actie = await fixture.Factory.WithDbAsync(db => db.Actiepunten.SingleAsync(a => a.SamenwerkingId == id));

        fixture.Klok.Advance(TimeSpan.FromDays(11));
        school = await fixture.ClientAsync(Emails[Persona.LidSchool]); // a sign-in lasts hours, not days
        var organisatie = await fixture.ClientAsync(Emails[Persona.LidOrganisatie]);
        var gedaanOp = BelgischeTijd.Tijdstip(fixture.Klok.GetUtcNow());
        var lijst = await PaginaAsync(organisatie, plan);
        Assert.Contains("te laat", lijst.QuerySelector($"#actie-{actie.Id}")!.TextContent);
        Assert.Contains(BelgischeTijd.Datum(vandaag.AddDays(9)), lijst.QuerySelector($"#actie-{actie.Id}")!.TextContent);

        var bewerken = $"{plan}/{actie.Id}";
        var open1 = await PaginaAsync(organisatie, bewerken);
        var open2 = await PaginaAsync(school, bewerken);
        using var gedaan = await PostAsync(organisatie, open1, f => f.With("Formulier.Status", "Gedaan"));
        Assert.Equal(HttpStatusCode.Redirect, gedaan.StatusCode);
        Assert.DoesNotContain("te laat", (await PaginaAsync(organisatie, plan)).QuerySelector($"#actie-{actie.Id}")!.TextContent);

        // The school had the form open before: its change is refused, kept in the form, and nothing of the first is lost.
        using var oud = await PostAsync(school, open2, f => f.With("Formulier.Wie", "Juf Sara"));
        Assert.Equal(HttpStatusCode.Conflict, oud.StatusCode);
        var conflict = await Html.ParseAsync(oud);
        Assert.Contains("Bram Claes (organisatie) wijzigde deze actie intussen", conflict.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Juf Sara", conflict.QuerySelector("input[name='Formulier.Wie']")!.GetAttribute("value"));
        Assert.Equal(ActiepuntStatus.Gedaan, (await fixture.Factory.WithDbAsync(db => db.Actiepunten.SingleAsync(a => a.Id == actie.Id))).Status);

        // Saving the conflict form again (it now carries the stored version) goes through.
        fixture.Klok.Advance(TimeSpan.FromMinutes(5));
        var opnieuwOp = BelgischeTijd.Tijdstip(fixture.Klok.GetUtcNow());
        using var opnieuw = await school.PostAsync(bewerken, new FormUrlEncodedContent(Html.FormFields(conflict, "main form")));
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);

        var geschiedenis = await PaginaAsync(school, $"{plan}/geschiedenis");
        var rijen = geschiedenis.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td, th").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(3, rijen.Count);
        Assert.Equal([opnieuwOp, "An Peeters (school)", "Kennismaking op de personeelsvergadering", "Wie: Zorgcoördinator → Juf Sara; Status: gedaan → te doen"], rijen[0]);
        Assert.Equal([gedaanOp, "Bram Claes (organisatie)", "Kennismaking op de personeelsvergadering", "Status: te doen → gedaan"], rijen[1]);
        Assert.Equal(toegevoegdOp, rijen[2][0]);
        Assert.Equal("An Peeters (school)", rijen[2][1]);
        Assert.Contains("Toegevoegd", rijen[2][3]);
        Assert.Contains($"tegen {BelgischeTijd.Datum(vandaag.AddDays(9))}", rijen[2][3]);
        Assert.Contains("thema Elkaar kennen", rijen[2][3]);
    }

    /// <summary>Theme code → title, read from the form.</summary>
    private static async Task<Dictionary<string, string>> ThemasAsync(HttpClient client, Guid id)
    {
        var pagina = await PaginaAsync(client, $"/samenwerkingen/{id}/scan/invullen");
        return pagina.QuerySelectorAll("fieldset.scan-thema").ToDictionary(f => f.Id!["thema-".Length..], f => f.QuerySelector("legend h2")!.TextContent.Trim());
    }

    /// <summary>Fills in the form as the user's side: every statement gets <paramref name="antwoord"/>(theme, statement code); consent yes.</summary>
    private static async Task<HttpResponseMessage> VulInAsync(HttpClient client, Guid id, Func<string, string, string> antwoord, string query = "")
    {
        var pagina = await PaginaAsync(client, $"/samenwerkingen/{id}/scan/invullen{query}");
        return await PostAsync(client, pagina, f =>
        {
            foreach (var stelling in pagina.QuerySelectorAll("fieldset.scan-stelling"))
            {
                var thema = stelling.Closest("fieldset.scan-thema")!.Id!["thema-".Length..];
                f = f.With(stelling.Id!, antwoord(thema, stelling.Id!));
            }

            return f.With("toestemming", "ja");
        });
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument pagina, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>> wijzig)
    {
        var form = pagina.QuerySelector("main form[method=post]")!;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(wijzig(Html.FormFields(pagina, "main form[method=post]"))));
    }

    private static async Task<IDocument> PaginaAsync(HttpClient client, string pad)
    {
        using var response = await client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }
}
