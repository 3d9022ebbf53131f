using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>
/// /onderzoek/samenwerkingsscan: only scans with consent, no names or ids, only breakdown groups of at least five scans,
/// only for an Onderzoeker, and every download in the audit log.
/// </summary>
public sealed partial class OnderzoeksexportTests(OnderzoeksexportTests.Fixture fixture) : IClassFixture<OnderzoeksexportTests.Fixture>
{
    private const string Csv = "/onderzoek/samenwerkingsscan/antwoorden.csv";

    public sealed class Fixture : KaartFixture
    {
        private int _nummer;

        protected override async Task SeedAsync()
        {
            await Factory.CreateUserAsync("onderzoeker@example.org", Rollen.Onderzoeker);
            await Factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
            await Factory.CreateUserAsync("welzijn@example.org", Rollen.Welzijnswerker);

            // Gent (Oost-Vlaanderen): five school sides with consent and two without. Antwerpen: four with consent.
            for (var i = 0; i < 5; i++)
            {
                await ScanAsync("44021", toestemming: true);
            }

            await ScanAsync("44021", toestemming: false);
            await ScanAsync("44021", toestemming: false);
            for (var i = 0; i < 4; i++)
            {
                await ScanAsync("11002", toestemming: true);
            }
        }

        /// <summary>A school side's scan of a new samenwerking between a new school in <paramref name="nis"/> and an organisation of the map.</summary>
        public async Task ScanAsync(string nis, bool toestemming)
        {
            var n = Interlocked.Increment(ref _nummer);
            await Factory.WithDbAsync(async db =>
            {
                var school = new School { Id = Guid.NewGuid(), Naam = $"Geheime School {n}", Slug = $"geheime-school-{n}", Net = "vrij-gesubsidieerd", GemeenteNis = nis };
                var samenwerking = new Samenwerking { Id = Guid.NewGuid(), SchoolId = school.Id, OrganisatieId = await db.Organisaties.Where(o => o.Slug == "huiswerkklas-de-sleutel").Select(o => o.Id).SingleAsync() };
                db.Scholen.Add(school);
                db.Samenwerkingen.Add(samenwerking);
                db.ScanInvullingen.Add(new ScanInvulling
                {
                    Id = Guid.NewGuid(),
                    SamenwerkingId = samenwerking.Id,
                    Ronde = 1,
                    Kant = ScanKant.School,
                    ScanVersieNummer = 1,
                    Antwoorden = toestemming ? "{\"elkaar-kennen-aanspreekpunt\":3,\"elkaar-kennen-aanbod\":0}" : "{\"elkaar-kennen-aanspreekpunt\":1}",
                    ToestemmingOnderzoek = toestemming,
                    IngevuldDoor = $"Geheime Persoon {n}",
                    IngevuldOp = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero),
                    Versie = 1,
                });
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task The_export_holds_only_consented_scans_in_groups_of_at_least_five_and_no_names()
    {
        using var onderzoeker = await Html.SignedInClientAsync(fixture.Factory, "onderzoeker@example.org");

        var (kop, rijen, tekst) = await DownloadAsync(onderzoeker);

        Assert.Equal(["rij", "kant", "provincie", "jaar", "scanversie", "ronde"], kop.Take(6));
        Assert.Contains("elkaar-kennen-aanspreekpunt", kop);
        Assert.Equal(5, rijen.Count);
        Assert.All(rijen, r => Assert.Equal(["school", "Oost-Vlaanderen", "2027", "1", "1"], r.Skip(1).Take(5)));
        var aanspreekpunt = Array.IndexOf(kop, "elkaar-kennen-aanspreekpunt");
        var aanbod = Array.IndexOf(kop, "elkaar-kennen-aanbod");
        Assert.All(rijen, r => Assert.Equal(("3", "0"), (r[aanspreekpunt], r[aanbod])));
        Assert.Equal(["1", "2", "3", "4", "5"], rijen.Select(r => r[0]).Order());
        Assert.DoesNotContain("Geheime", tekst);
        Assert.DoesNotContain("Sleutel", tekst, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", tekst);
        Assert.False(GuidPatroon().IsMatch(tekst), "het bestand bevat een id");

        var pagina = await Html.ParseAsync(await onderzoeker.GetAsync("/onderzoek/samenwerkingsscan"));
        Assert.Equal("5", pagina.Text("#aantal-in-bestand"));
        Assert.Equal("2", pagina.Text("#aantal-zonder-toestemming"));
        Assert.Equal("4", pagina.Text("#aantal-kleine-groep"));

        // A fifth scan in Antwerpen makes that group big enough.
        await fixture.ScanAsync("11002", toestemming: true);
        var (_, meer, _) = await DownloadAsync(onderzoeker);
        Assert.Equal(10, meer.Count);
        Assert.Equal(5, meer.Count(r => r[2] == "Antwerpen"));
    }

    [Fact]
    public async Task Only_an_Onderzoeker_downloads_and_each_download_is_in_the_audit_log()
    {
        using var anoniem = fixture.Factory.CreateClient();
        using var beheerder = await Html.SignedInClientAsync(fixture.Factory, "beheerder@example.org");
        using var welzijn = await Html.SignedInClientAsync(fixture.Factory, "welzijn@example.org");
        using var onderzoeker = await Html.SignedInClientAsync(fixture.Factory, "onderzoeker@example.org");
        foreach (var pad in new[] { Csv, "/onderzoek/samenwerkingsscan" })
        {
            Assert.Contains("/aanmelden", (await anoniem.GetAsync(pad)).Headers.Location!.OriginalString);
            Assert.Contains("/geen-toegang", (await beheerder.GetAsync(pad)).Headers.Location!.OriginalString);
            Assert.Contains("/geen-toegang", (await welzijn.GetAsync(pad)).Headers.Location!.OriginalString);
        }

        var voor = await fixture.Factory.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Soort == AuditSoorten.OnderzoeksexportGedownload));
        using var download = await onderzoeker.GetAsync(Csv);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var lijn = await fixture.Factory.WithDbAsync(db => db.AuditLog.Where(a => a.Soort == AuditSoorten.OnderzoeksexportGedownload).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(voor + 1, await fixture.Factory.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Soort == AuditSoorten.OnderzoeksexportGedownload)));
        Assert.Equal("onderzoeker@example.org", lijn.Actor);
        Assert.Contains("scans in het bestand", lijn.Details);
    }

    private static async Task<(string[] Kop, List<string[]> Rijen, string Tekst)> DownloadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var tekst = Encoding.UTF8.GetString(bytes[3..]);
        var lijnen = tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(';')).ToList();
        return (lijnen[0], lijnen.Skip(1).ToList(), tekst);
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPatroon();
}
