using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Seeding;

/// <summary>
/// `generate-demo --organisations N`: N synthetic organisations (with 1–3 aanbod each) spread over every gemeente,
/// for benchmarks and load tests. Deterministic: the same N gives the same map. Names say "synthetisch".
/// </summary>
public sealed class SyntheticMapGenerator(PortalDbContext db, TimeProvider clock)
{
    private static readonly string[] Woorden =
    [
        "De Brug", "Het Anker", "De Sleutel", "Kompas", "De Linde", "Het Nest", "Samen", "De Horizon", "Vlinder", "De Wegwijzer",
        "Kleurrijk", "De Kering", "Het Kruispunt", "Open Deur", "De Vonk", "Zonnebloem", "De Hoek", "Thuis", "De Schakel", "Lichtpunt",
    ];

    private static readonly string[] Aanbodnamen =
    [
        "Huiswerkbegeleiding", "Hulp bij de schoolrekening", "Opvoedingsspreekuur", "Budgetbegeleiding", "Sport en spel na school",
        "Onthaal en eerste hulp", "Taalcafé voor ouders", "Vakantiewerking", "Gezondheidsconsult", "Ouderkoffie op school",
        "Energie en huur", "Brugfiguur op school", "Speelotheek", "Schuldhulp", "Begeleiding voor nieuwkomers",
    ];

    private static readonly string[] Talen = ["nl", "fr", "en", "ar", "tr", "pl", "ro", "bg", "so", "uk"];

    public async Task<int> GenerateAsync(int aantal, CancellationToken cancellationToken = default)
    {
        var random = new Random(20261123);
        var gemeenten = await db.Gemeenten.AsNoTracking().OrderBy(g => g.NisCode).ToListAsync(cancellationToken);
        var taken = (await db.Organisaties.Select(o => o.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var vandaag = BelgischeTijd.Vandaag(clock);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < aantal; i++)
        {
            var gemeente = gemeenten[random.Next(gemeenten.Count)];
            var type = Vocabulaire.Organisatietypes[random.Next(Vocabulaire.Organisatietypes.Count)];
            var naam = $"{type.Label} {Woorden[random.Next(Woorden.Length)]} {gemeente.Weergavenaam} {i + 1} (synthetisch)";
            var id = Guid.CreateVersion7();
            var aanleidingen = Pick(random, Vocabulaire.Aanleidingen, 1, 3);
            var vormen = Pick(random, Vocabulaire.Samenwerkingsvormen, 1, 2);
            var doelgroepen = Pick(random, Vocabulaire.Doelgroepen, 1, 3);
            var regionaal = random.NextDouble() < 0.08;
            var gebied = regionaal
                ? new Gebied { Soort = gemeente.Provincie.Length > 0 ? GebiedSoort.Provincie : GebiedSoort.Gewest, Code = gemeente.Provincie.Length > 0 ? gemeente.Provincie : gemeente.Gewest }
                : new Gebied { Soort = GebiedSoort.Gemeente, Code = gemeente.NisCode };
            var organisatie = new Organisatie
            {
                Id = id,
                Naam = naam,
                Slug = Slugs.Unique(naam, taken),
                Type = type.Code,
                Beschrijving = $"Synthetische organisatie voor tests. {type.Uitleg} Wij helpen gezinnen in {gemeente.Weergavenaam}.",
                Email = $"org{i + 1}@example.org",
                Telefoon = "09 000 00 00",
                Kosten = random.NextDouble() < 0.7 ? "Gratis" : "Een kleine bijdrage (€ 2)",
                ToegangOuders = "Bel of kom langs tijdens de openingsuren.",
                ToegangProfessionals = "Mail het aanspreekpunt voor scholen.",
                Status = random.NextDouble() < 0.05 ? OrganisatieStatus.TijdelijkGesloten : OrganisatieStatus.Actief,
                LaatstGecontroleerd = vandaag.AddDays(-random.Next(0, 700)),
                LaatstGewijzigd = clock.GetUtcNow(),
                Aanspreekpunt = new Aanspreekpunt { Functie = "Contactpersoon scholen", Email = $"scholen{i + 1}@example.org", Telefoon = "09 000 00 01" },
                Locaties = regionaal ? [] :
                [
                    new Locatie
                    {
                        Straat = $"Kerkstraat {random.Next(1, 200)}",
                        Postcode = gemeente.Postcodes.Split(' ')[0],
                        GemeenteNis = gemeente.NisCode,
                        Latitude = gemeente.Latitude + ((random.NextDouble() - 0.5) / 50),
                        Longitude = gemeente.Longitude + ((random.NextDouble() - 0.5) / 50),
                        Openingsuren = "Maandag tot vrijdag: 9–12 uur.",
                    },
                ],
                Werkingsgebied = [gebied],
                Talen = ["nl", .. Pick(random, Talen, 0, 2).Where(t => t != "nl")],
                Aanleidingen = [.. aanleidingen.Select(t => t.Code)],
                Doelgroepen = [.. doelgroepen.Select(t => t.Code)],
                Samenwerkingsvormen = [.. vormen.Select(v => new VormToelichting { Code = v.Code, Toelichting = $"Zo doen wij {v.Label.ToLowerInvariant()} met scholen." })],
            };
            for (var a = 0; a < random.Next(1, 4); a++)
            {
                organisatie.Aanbod.Add(new Aanbod
                {
                    Id = Guid.CreateVersion7(),
                    OrganisatieId = id,
                    Naam = Aanbodnamen[random.Next(Aanbodnamen.Length)],
                    Beschrijving = "Synthetisch aanbod voor tests.",
                    Aanleidingen = [organisatie.Aanleidingen[0]],
                    Samenwerkingsvormen = [organisatie.Samenwerkingsvormen[0].Code],
                    Doelgroepen = [organisatie.Doelgroepen[0]],
                    Werkingsgebied = [new Gebied { Soort = gebied.Soort, Code = gebied.Code }],
                });
            }

            db.Organisaties.Add(organisatie);
            if ((i + 1) % 1000 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return aantal;
    }

    private static List<T> Pick<T>(Random random, IReadOnlyList<T> from, int min, int max) =>
        [.. from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1))];
}
