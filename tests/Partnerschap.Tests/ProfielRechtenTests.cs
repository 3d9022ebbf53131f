using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>
/// Who may edit what: every edit endpoint of an organisation, school or brugfiguur profile × {anonymous, Welzijnswerker of
/// another organisatie, Onderzoeker, member (of the organisatie that employs the brugfiguur), Beheerder}, each with the
/// exact answer it must get.
/// </summary>
public sealed class ProfielRechtenTests(ProfielRechtenTests.Fixture fixture) : IClassFixture<ProfielRechtenTests.Fixture>
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private const string AndereSlug = "sociaal-huis-gent";
    private const string School = "basisschool-de-regenboog";
    private const string Brugfiguur = "brugfiguur-van-de-sleutel";

    private enum Persona
    {
        Anoniem,
        AndereWelzijnswerker,
        Onderzoeker,
        Lid,
        Beheerder,
    }

    /// <summary>
    /// An edit endpoint; {a} and {s} become an aanbod and a samenwerking of the persona's own (so deleting is safe to
    /// repeat), {w} and {v} a samenwerking with the school that waits for confirmation (to confirm and to refuse).
    /// </summary>
    private sealed record Rij(string Methode, string Pad, string Toegelaten, string? BeheerderAlleen = null, bool LegeVelden = true);

    // Toegelaten: "200", "400" (authorised, the empty form is refused with a Dutch message), or "302 <path>".
    private static readonly Rij[] Matrix =
    [
        new("GET", "/organisaties/{slug}/bewerken", "200"),
        new("POST", "/organisaties/{slug}/bewerken", "400"),
        new("POST", "/organisaties/{slug}/bevestigen", "302 /organisaties/{slug}/bewerken"),
        new("GET", "/organisaties/{slug}/geschiedenis", "200"),
        new("POST", "/organisaties/{slug}/geschiedenis/1/herstellen", "302 /geen-toegang", BeheerderAlleen: "302 /organisaties/{slug}/geschiedenis"),
        new("GET", "/organisaties/{slug}/aanbod/nieuw", "200"),
        new("POST", "/organisaties/{slug}/aanbod/nieuw", "400"),
        new("GET", "/organisaties/{slug}/aanbod/{a}", "200"),
        new("POST", "/organisaties/{slug}/aanbod/{a}", "400"),
        new("GET", "/organisaties/{slug}/aanbod/{a}/verwijderen", "200"),
        new("POST", "/organisaties/{slug}/aanbod/{a}/verwijderen", "302 /organisaties/{slug}/bewerken"),
        new("GET", "/organisaties/{slug}/samenwerkingen/nieuw", "200"),
        new("POST", "/organisaties/{slug}/samenwerkingen/nieuw", "400"),
        new("GET", "/organisaties/{slug}/samenwerkingen/{s}", "200"),
        new("POST", "/organisaties/{slug}/samenwerkingen/{s}", "400"),
        new("GET", "/organisaties/{slug}/samenwerkingen/{s}/verwijderen", "200"),
        new("POST", "/organisaties/{slug}/samenwerkingen/{s}/verwijderen", "302 /organisaties/{slug}/bewerken"),
        new("GET", "/scholen/{school}/bewerken", "200"),
        new("POST", "/scholen/{school}/bewerken", "400"),
        new("POST", "/scholen/{school}/bevestigen", "302 /scholen/{school}/bewerken"),
        new("GET", "/scholen/{school}/geschiedenis", "200"),
        new("POST", "/scholen/{school}/geschiedenis/1/herstellen", "302 /geen-toegang", BeheerderAlleen: "302 /scholen/{school}/geschiedenis"),
        new("POST", "/scholen/{school}/samenwerkingen/{w}/bevestigen", "302 /scholen/{school}/bewerken"),
        new("POST", "/scholen/{school}/samenwerkingen/{v}/weigeren", "302 /scholen/{school}/bewerken"),
        new("GET", "/brugfiguren/{brug}/bewerken", "200"),
        new("POST", "/brugfiguren/{brug}/bewerken", "400"),
        new("GET", "/brugfiguren/{brug}/geschiedenis", "200"),
        new("POST", "/brugfiguren/{brug}/geschiedenis/1/herstellen", "302 /geen-toegang", BeheerderAlleen: "302 /brugfiguren/{brug}/geschiedenis"),
    ];

    /// <summary>The test map with a user per persona, and for each persona an aanbod and samenwerkingen of its own.</summary>
    public sealed class Fixture : KaartFixture
    {
        public Dictionary<string, (Guid Aanbod, Guid Samenwerking, Guid TeBevestigen, Guid TeWeigeren)> Eigen { get; } = [];

        protected override async Task SeedAsync()
        {
            await Factory.CreateUserAsync("ander@example.org", Rollen.Welzijnswerker);
            await Factory.AddMembershipAsync(await Factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "ander@example.org")), AndereSlug);
            await Factory.CreateUserAsync("onderzoeker@example.org", Rollen.Onderzoeker);
            var lid = await Factory.CreateUserAsync("lid@example.org", Rollen.Welzijnswerker, Rollen.Schoolmedewerker);
            await Factory.AddMembershipAsync(lid, Slug);
            await Factory.WithDbAsync(async db =>
            {
                db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = lid.Id, SchoolId = await db.Scholen.Where(s => s.Slug == School).Select(s => s.Id).SingleAsync(), Sinds = DateTimeOffset.UtcNow });
                return await db.SaveChangesAsync();
            });
            await Factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
            // A brugfiguur employed by the member's organisatie, made as a Beheerder makes one (so it has a version 1).
            using (var scope = Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Partnerschap.Web.Data.PortalDbContext>();
                var gemeenten = (await scope.ServiceProvider.GetRequiredService<Partnerschap.Web.Features.SocialeKaart.Zoeken.KaartIndexProvider>().GetAsync(CancellationToken.None)).Gemeenten;
                var brugfiguur = new Brugfiguur
                {
                    Id = Guid.NewGuid(),
                    Slug = Brugfiguur,
                    Naam = "Brugfiguur Van De Sleutel",
                    Functie = "Brugfiguur",
                    WerkgeverSoort = WerkgeverSoort.Organisatie,
                    WerkgeverOrganisatieId = await db.Organisaties.Where(o => o.Slug == Slug).Select(o => o.Id).SingleAsync(),
                };
                await scope.ServiceProvider.GetRequiredService<Partnerschap.Web.Features.Profielbeheer.ProfielHistoriek>()
                    .BewaarNieuwAsync(ProfielSoort.Brugfiguur, brugfiguur, b => Partnerschap.Web.Features.Profielbeheer.ProfielDescriptors.Brugfiguur.Toestand(b, gemeenten));
            }

            // Every persona gets an aanbod and a samenwerking of its own to try to delete.
            var scholen = await Factory.WithDbAsync(db => db.Scholen.OrderBy(s => s.Naam).Select(s => s.Id).ToListAsync());
            var organisatie = await Factory.WithDbAsync(db => db.Organisaties.SingleAsync(o => o.Slug == Slug));
            var anderen = await Factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug != Slug).OrderBy(o => o.Slug).Select(o => o.Id).ToListAsync());
            var regenboog = await Factory.WithDbAsync(db => db.Scholen.Where(s => s.Slug == School).Select(s => s.Id).SingleAsync());
            foreach (var (persona, i) in Enum.GetValues<Persona>().Select((p, i) => (p, i)))
            {
                var teBevestigen = new Samenwerking { Id = Guid.NewGuid(), OrganisatieId = anderen[2 * i], SchoolId = regenboog, Samenwerkingsvormen = ["toeleiding"], WachtOpBevestiging = true };
                var teWeigeren = new Samenwerking { Id = Guid.NewGuid(), OrganisatieId = anderen[(2 * i) + 1], SchoolId = regenboog, Samenwerkingsvormen = ["toeleiding"], WachtOpBevestiging = true };
                var aanbod = new Aanbod { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, Naam = $"Aanbod van {persona}", Beschrijving = "Test." };
                var extraSchool = new School { Id = Guid.NewGuid(), Naam = $"School van {persona}", Slug = $"school-van-{persona}".ToLowerInvariant(), Net = "vrij-gesubsidieerd", GemeenteNis = "44021" };
                var samenwerking = new Samenwerking { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, SchoolId = extraSchool.Id, Samenwerkingsvormen = ["toeleiding"] };
                await Factory.WithDbAsync(db =>
                {
                    db.Aanbod.Add(aanbod);
                    db.Scholen.Add(extraSchool);
                    db.Samenwerkingen.AddRange(samenwerking, teBevestigen, teWeigeren);
                    return db.SaveChangesAsync();
                });
                Eigen[persona.ToString()] = (aanbod.Id, samenwerking.Id, teBevestigen.Id, teWeigeren.Id);
            }

            Assert.NotEmpty(scholen);
        }
    }

    [Fact]
    public async Task Every_edit_endpoint_answers_each_persona_exactly_as_intended()
    {
        var clients = new Dictionary<Persona, HttpClient>
        {
            [Persona.Anoniem] = fixture.Factory.CreateClient(),
            [Persona.AndereWelzijnswerker] = await Html.SignedInClientAsync(fixture.Factory, "ander@example.org"),
            [Persona.Onderzoeker] = await Html.SignedInClientAsync(fixture.Factory, "onderzoeker@example.org"),
            [Persona.Lid] = await Html.SignedInClientAsync(fixture.Factory, "lid@example.org"),
            [Persona.Beheerder] = await Html.SignedInClientAsync(fixture.Factory, "beheerder@example.org"),
        };
        var tokens = new Dictionary<Persona, string>();
        foreach (var (persona, client) in clients)
        {
            tokens[persona] = await Html.AntiforgeryTokenAsync(client, persona == Persona.Anoniem ? "/wachtwoord-vergeten" : "/mijn-account");
        }

        var fouten = new List<string>();
        foreach (var rij in Matrix)
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                var (aanbod, samenwerking, teBevestigen, teWeigeren) = fixture.Eigen[persona.ToString()];
                var pad = rij.Pad.Replace("{slug}", Slug).Replace("{school}", School).Replace("{brug}", Brugfiguur).Replace("{a}", aanbod.ToString()).Replace("{s}", samenwerking.ToString())
                    .Replace("{w}", teBevestigen.ToString()).Replace("{v}", teWeigeren.ToString());
                using var request = new HttpRequestMessage(new HttpMethod(rij.Methode), pad);
                if (rij.Methode == "POST")
                {
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = tokens[persona] });
                }

                using var response = await clients[persona].SendAsync(request);
                var verwacht = persona switch
                {
                    Persona.Anoniem => "302 /aanmelden",
                    Persona.AndereWelzijnswerker or Persona.Onderzoeker => "302 /geen-toegang",
                    Persona.Beheerder when rij.BeheerderAlleen is not null => rij.BeheerderAlleen,
                    _ => rij.Toegelaten,
                };
                verwacht = verwacht.Replace("{slug}", Slug).Replace("{school}", School).Replace("{brug}", Brugfiguur);
                var kreeg = $"{(int)response.StatusCode}" + (response.Headers.Location is { } l ? " " + (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString).Split('?', '#')[0] : string.Empty);
                if (kreeg != verwacht)
                {
                    fouten.Add($"{rij.Methode} {rij.Pad} als {persona}: verwacht {verwacht}, kreeg {kreeg}");
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join("\n", fouten));

        // Nothing of anyone without the right was deleted; the member's and the Beheerder's own items were.
        var overgebleven = await fixture.Factory.WithDbAsync(db => db.Aanbod.Where(a => a.Naam.StartsWith("Aanbod van ")).Select(a => a.Naam).ToListAsync());
        Assert.Equal(["Aanbod van AndereWelzijnswerker", "Aanbod van Anoniem", "Aanbod van Onderzoeker"], overgebleven.Order());
    }

    [Fact]
    public void The_matrix_covers_every_edit_endpoint_of_an_organisation_a_school_and_a_brugfiguur()
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Where(e => e.Contains("/organisaties/{slug}/", StringComparison.Ordinal) || e.Contains("/scholen/{slug}/", StringComparison.Ordinal) ||
                e.Contains("/brugfiguren/{slug}/", StringComparison.Ordinal))
            .Select(e => e.Replace(":guid", string.Empty, StringComparison.Ordinal).Replace(":int", string.Empty, StringComparison.Ordinal))
            .ToHashSet();
        var gedekt = Matrix.Select(r => $"{r.Methode} {r.Pad.Replace("{school}", "{slug}").Replace("{brug}", "{slug}").Replace("{a}", "{id}").Replace("{s}", "{id}").Replace("{w}", "{id}").Replace("{v}", "{id}").Replace("/1/", "/{nummer}/")}").ToHashSet();
        var nietBewerken = new HashSet<string>
        {
            "GET /organisaties/{slug}/ik-werk-hier", // any signed-in person may ask access (tested in ToegangTests)
            "POST /organisaties/{slug}/ik-werk-hier",
            "GET /organisaties/{slug}/fiche", // the public print view (FicheTests)
        };

        Assert.Empty(endpoints.Except(gedekt).Except(nietBewerken));
    }
}
