using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Herinneringen;
using static Partnerschap.Tests.Infrastructure.TestKaart;

namespace Partnerschap.Tests;

/// <summary>
/// Keeping the sociale kaart up to date: the audit clean-up and the dashboard at /beheer/actualiteit (the reminder
/// mails are in <see cref="HerinneringTests"/>).
/// </summary>
public sealed class ActualiteitTests
{
    [Fact]
    public async Task The_audit_clean_up_deletes_events_older_than_the_retention_and_keeps_newer_ones()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Audit:BewaarDagen"] = "100" }) { Clock = clock };
        using var start = factory.CreateClient();
        var nu = clock.GetUtcNow();
        await factory.WithDbAsync(async db =>
        {
            foreach (var (dagen, wie) in new[] { (400, "heel-oud"), (101, "net-te-oud"), (99, "net-op-tijd"), (1, "gisteren") })
            {
                db.AuditLog.Add(new AuditGebeurtenis { Tijdstip = nu.AddDays(-dagen), Soort = AuditSoorten.AanmeldenGelukt, Actor = wie });
            }

            return await db.SaveChangesAsync();
        });

        using var scope = factory.Services.CreateScope();
        var verwijderd = await scope.ServiceProvider.GetRequiredService<HerinneringService>().RuimAuditOpAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, verwijderd);
        var over = await factory.WithDbAsync(db => db.AuditLog.Select(a => a.Actor).ToListAsync());
        Assert.Equal(["gisteren", "net-op-tijd"], over.Order());
    }

    [Fact]
    public async Task A_Beheerder_sees_how_up_to_date_the_map_is_per_region_and_type_and_which_organisations_have_no_member()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        var vandaag = BelgischeTijd.Vandaag(TimeProvider.System);
        await factory.WithDbAsync(async db =>
        {
            await db.Organisaties.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.LaatstGecontroleerd, vandaag.AddMonths(-1))
                .SetProperty(o => o.Status, OrganisatieStatus.Actief)
                .SetProperty(o => o.Type, "andere"));
            await ZetGecontroleerdAsync(db, Sleutel, vandaag.AddMonths(-8), "huiswerkbegeleiding");
            await ZetGecontroleerdAsync(db, OcmwLeuven, null, "ocmw");
            await ZetGecontroleerdAsync(db, SociaalHuisGent, vandaag.AddMonths(-1), "ocmw");
            await ZetGecontroleerdAsync(db, Zeep, vandaag.AddMonths(-13), "andere");
            await ZetGecontroleerdAsync(db, ClbGent, null, "clb");
            await db.Organisaties.Where(o => o.Naam == ClbGent).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrganisatieStatus.Stopgezet));
            var laatste = new DateTimeOffset(2025, 3, 4, 10, 15, 0, TimeSpan.Zero);
            await db.Organisaties.Where(o => o.Naam == Sleutel).ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatsteHerinnering, laatste));
            await db.Organisaties.Where(o => o.Naam == OcmwLeuven).ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatsteHerinnering, laatste.AddDays(-40)));
            foreach (var status in new[] { MeldingStatus.Nieuw, MeldingStatus.InBehandeling, MeldingStatus.Opgelost, MeldingStatus.Afgewezen })
            {
                db.Meldingen.Add(new Melding
                {
                    ProfielNaam = Sleutel,
                    ProfielUrl = "/organisaties/huiswerkklas-de-sleutel",
                    Tekst = "Het telefoonnummer klopt niet.",
                    Status = status,
                    AangemaaktOp = DateTimeOffset.UtcNow,
                });
            }

            return await db.SaveChangesAsync();
        });
        await factory.AddMembershipAsync(await factory.CreateUserAsync("lid.gent@example.org", Rollen.Welzijnswerker), Slugs.From(SociaalHuisGent));
        await factory.AddMembershipAsync(await factory.CreateUserAsync("lid.sleutel@example.org", Rollen.Welzijnswerker), Slugs.From(Sleutel));
        await factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var client = await Html.SignedInClientAsync(factory, "beheerder@example.org");

        using var response = await client.GetAsync("/beheer/actualiteit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Actualiteit van de sociale kaart", page.Text("h1"));

        // 13 organisations on the test map, one stopped: 12. Not checked in 6 months: De Sleutel (8 months),
        // OCMW Leuven (never), De Zeep (13 months); in 12 months: OCMW Leuven and De Zeep.
        Assert.Equal("12", page.Text("#totaal-organisaties"));
        Assert.Equal("3", page.Text("#totaal-ouder-6"));
        Assert.Equal("2", page.Text("#totaal-ouder-12"));

        var regios = Rijen(page, "#per-regio");
        Assert.Equal(["6", "1", "0"], regios["Oost-Vlaanderen"]); // Gent and Merelbeke, without the stopped CLB
        Assert.Equal(["3", "1", "1"], regios["Vlaams-Brabant"]);
        Assert.Equal(["1", "1", "1"], regios["Antwerpen"]);
        Assert.Equal(["2", "0", "0"], regios["Onbekend"]); // two organisations without an address
        Assert.Equal(["0", "0", "0"], regios["Limburg"]);
        Assert.Equal(["0", "0", "0"], regios["Brussel"]);
        Assert.Equal("Regio", page.QuerySelector("#per-regio thead th")!.TextContent);
        Assert.NotNull(page.QuerySelector("#per-regio caption"));

        var types = Rijen(page, "#per-type");
        Assert.Equal(["2", "1", "1"], types["OCMW / sociaal huis"]);
        Assert.Equal(["1", "1", "0"], types["Huiswerkbegeleiding"]);
        Assert.Equal(["9", "1", "1"], types["Andere"]);
        Assert.False(types.ContainsKey("CLB"));

        Assert.Contains("2 open meldingen", page.Text("#open-meldingen"));
        Assert.Equal("/meldingen", page.QuerySelector("#open-meldingen a")!.GetAttribute("href"));

        var zonderLid = page.QuerySelectorAll("ul.zonder-lid li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, zonderLid.Count);
        Assert.Contains($"{OcmwLeuven} – laatst nagekeken: nog nooit", zonderLid);
        Assert.DoesNotContain(zonderLid, t => t.StartsWith(SociaalHuisGent, StringComparison.Ordinal) || t.StartsWith(Sleutel, StringComparison.Ordinal) || t.StartsWith(ClbGent, StringComparison.Ordinal));
        Assert.Equal("/organisaties/ocmw-leuven", page.QuerySelectorAll("ul.zonder-lid a").Single(a => a.TextContent == OcmwLeuven).GetAttribute("href"));
        Assert.Null(page.QuerySelector("#zonder-lid-meer"));

        Assert.Equal("Laatste herinnering verstuurd op 4 maart 2025 om 11:15.", page.Text("#laatste-herinnering"));
        Assert.Contains("6 maanden niet is nagekeken, hoogstens één keer per 30 dagen", page.Text("main"));
    }

    [Fact]
    public async Task The_list_of_organisations_without_members_stops_at_200_and_says_how_many_more_there_are()
    {
        await using var factory = new PortalFactory();
        using var start = factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 205; i++)
            {
                db.Organisaties.Add(new Organisatie { Naam = $"Organisatie {i:000}", Slug = $"organisatie-{i:000}", Type = "andere" });
            }

            return await db.SaveChangesAsync();
        });
        await factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var client = await Html.SignedInClientAsync(factory, "beheerder@example.org");

        var page = await Html.ParseAsync(await client.GetAsync("/beheer/actualiteit"));

        Assert.Equal("205", page.Text("#totaal-organisaties"));
        Assert.Equal(["205", "205", "205"], Rijen(page, "#per-regio")["Onbekend"]);
        Assert.Equal(200, page.QuerySelectorAll("ul.zonder-lid li").Length);
        Assert.Contains("Er zijn nog 5 organisaties zonder lid die hier niet staan", page.Text("#zonder-lid-meer"));
        Assert.Equal("Er zijn nog geen herinneringen verstuurd.", page.Text("#laatste-herinnering"));
        Assert.Equal("Er zijn geen open meldingen.", page.Text("#open-meldingen"));
    }

    [Fact]
    public async Task Only_a_Beheerder_may_see_the_dashboard()
    {
        await using var factory = new PortalFactory();
        await factory.CreateUserAsync("werker@example.org", Rollen.Welzijnswerker);
        using var anonymous = factory.CreateClient();
        using var werker = await Html.SignedInClientAsync(factory, "werker@example.org");

        using var anoniem = await anonymous.GetAsync("/beheer/actualiteit");
        using var geweigerd = await werker.GetAsync("/beheer/actualiteit");

        Assert.Equal(HttpStatusCode.Redirect, anoniem.StatusCode);
        Assert.Contains("/aanmelden", anoniem.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Contains("/geen-toegang", geweigerd.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The rows of a table: row header → the other cells.</summary>
    private static Dictionary<string, string[]> Rijen(AngleSharp.Dom.IDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr").ToDictionary(
            tr => tr.QuerySelector("th[scope=row]")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
}
