using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Herinneringen;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Tests;

/// <summary>
/// Keeping the sociale kaart up to date: reminder mails to members of stale profiles (service, command, daily job),
/// the audit clean-up, and the dashboard at /beheer/actualiteit.
/// </summary>
public sealed class ActualiteitTests
{
    private const string BaseUrl = "https://partnerschap.example";
    private const string Onderwerp = "Kijk het profiel van";

    private const string Sleutel = "Huiswerkklas De Sleutel";
    private const string OcmwLeuven = "OCMW Leuven";
    private const string SociaalHuisGent = "Sociaal Huis Gent";
    private const string HuiswerkpuntLeuven = "Huiswerkpunt Leuven";
    private const string HuisVanHetKind = "Huis van het Kind Leuven";
    private const string Zeep = "Hygiëne-atelier De Zeep";
    private const string ClbGent = "CLB Gent Demo";
    private const string DeKring = "Buurtwerk De Kring";

    private static readonly Dictionary<string, string?> Instellingen = new() { ["Portal:PubliekeUrl"] = BaseUrl };

    [Fact]
    public async Task Reminders_go_only_to_active_members_of_stale_profiles_in_plain_Dutch_with_the_edit_link()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new PortalFactory(settings: Instellingen) { Clock = clock };
        await KaartMetLedenAsync(factory, BelgischeTijd.Vandaag(clock));

        var resultaat = await VerstuurAsync(factory);

        var mails = await HerinneringenAsync(factory);
        Assert.Equal(new HerinneringResultaat(2, 2, 0), resultaat);
        Assert.Equal(["lid.ocmw@example.org", "lid.sleutel@example.org"], mails.Select(m => m.Aan).Order());

        var sleutel = mails.Single(m => m.Aan == "lid.sleutel@example.org");
        Assert.Equal($"Kijk het profiel van {Sleutel} even na", sleutel.Onderwerp);
        Assert.Contains($"Je beheert het profiel van {Sleutel}", sleutel.Tekst);
        Assert.Contains($"{BaseUrl}/organisaties/huiswerkklas-de-sleutel/bewerken", sleutel.Tekst);
        Assert.Contains("‘De gegevens kloppen nog’", sleutel.Tekst);
        var zevenMaandenGeleden = BelgischeTijd.Vandaag(clock).AddMonths(-7);
        Assert.Contains($"voor het laatst nagekeken op {zevenMaandenGeleden.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-BE"))}", sleutel.Tekst);

        var ocmw = mails.Single(m => m.Aan == "lid.ocmw@example.org");
        Assert.Contains("nog nooit nagekeken", ocmw.Tekst);
        Assert.Contains($"{BaseUrl}/organisaties/ocmw-leuven/bewerken", ocmw.Tekst);
    }

    [Fact]
    public async Task A_second_run_sends_nothing_and_after_thirty_one_days_the_members_are_reminded_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new PortalFactory(settings: Instellingen) { Clock = clock };
        await KaartMetLedenAsync(factory, BelgischeTijd.Vandaag(clock));

        var eerste = await VerstuurAsync(factory);
        var tweede = await VerstuurAsync(factory);
        Assert.Equal(2, eerste.Mails);
        Assert.Equal(new HerinneringResultaat(0, 0, 0), tweede);
        Assert.Equal(2, (await HerinneringenAsync(factory)).Count);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, (await VerstuurAsync(factory)).Mails);

        clock.Advance(TimeSpan.FromDays(2));
        var later = await VerstuurAsync(factory);
        Assert.Equal(new HerinneringResultaat(2, 2, 0), later);
        Assert.Equal(4, (await HerinneringenAsync(factory)).Count);
    }

    [Fact]
    public async Task When_two_instances_send_at_the_same_time_each_profile_is_reminded_once()
    {
        // Instance A has read its list of stale profiles (De Sleutel, then OCMW Leuven) and is sending the first mail
        // when instance B runs completely. B finds De Sleutel claimed and takes OCMW Leuven; A must then skip it.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var b = new PortalFactory(settings: Instellingen) { Clock = clock };
        await KaartMetLedenAsync(b, BelgischeTijd.Vandaag(clock));
        var vanB = new List<HerinneringResultaat>();
        await using var a = new FactoryMetHaak(b.DatabasePath, async () =>
        {
            if (vanB.Count == 0)
            {
                vanB.Add(await VerstuurAsync(b));
            }
        }) { Clock = clock };

        var vanA = await VerstuurAsync(a);

        Assert.Equal(new HerinneringResultaat(1, 1, 0), vanA);
        Assert.Equal([new HerinneringResultaat(1, 1, 0)], vanB);
        Assert.Equal(["lid.ocmw@example.org", "lid.sleutel@example.org"], (await HerinneringenAsync(b)).Select(m => m.Aan).Order());
    }

    [Fact]
    public async Task When_no_mail_of_a_profile_could_be_sent_the_next_run_tries_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var werkt = new PortalFactory(settings: Instellingen) { Clock = clock };
        await KaartMetLedenAsync(werkt, BelgischeTijd.Vandaag(clock));
        await using var kapot = new FactoryMetHaak(werkt.DatabasePath, () => throw new InvalidOperationException("De mailserver antwoordt niet.")) { Clock = clock };

        var mislukt = await VerstuurAsync(kapot);
        var daarna = await VerstuurAsync(werkt);

        Assert.Equal(new HerinneringResultaat(0, 0, 2), mislukt);
        Assert.Equal(new HerinneringResultaat(2, 2, 0), daarna);
        Assert.Equal(2, (await HerinneringenAsync(werkt)).Count);
    }

    [Theory]
    [InlineData("Testing", null, false)]
    [InlineData("Testing", true, true)]
    [InlineData("Production", null, true)]
    [InlineData("Production", false, false)]
    [InlineData("Development", null, true)]
    public void The_daily_job_is_on_by_default_except_in_tests(string environment, bool? dagelijks, bool aan)
    {
        var options = new HerinneringOptions { Dagelijks = dagelijks };
        Assert.Equal(aan, options.IsAan(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment }));
    }

    [Fact]
    public async Task The_daily_job_when_switched_on_sends_the_reminders_shortly_after_start_up()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?>(Instellingen) { ["Herinneringen:Dagelijks"] = "true" }) { Clock = clock };
        await KaartMetLedenAsync(factory, BelgischeTijd.Vandaag(clock));

        // The job waits one minute on the portal's clock; move it on until the job has run (or give up).
        var mails = await HerinneringenAsync(factory);
        for (var poging = 0; poging < 300 && mails.Count < 2; poging++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(100, TestContext.Current.CancellationToken);
            mails = await HerinneringenAsync(factory);
        }

        Assert.Equal(["lid.ocmw@example.org", "lid.sleutel@example.org"], mails.Select(m => m.Aan).Order());
    }

    [Fact]
    public async Task The_send_reminders_command_sends_the_reminders_and_prints_a_summary()
    {
        var database = PortalFactory.NewDatabasePath();
        await using (var factory = new PortalFactory(database))
        {
            await KaartMetLedenAsync(factory, BelgischeTijd.Vandaag(TimeProvider.System));
        }

        var result = await RunCommandAsync(database, "send-reminders");
        var again = await RunCommandAsync(database, "send-reminders");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Herinneringen verstuurd voor 2 profielen (2 mails).", result.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Herinneringen verstuurd voor 0 profielen (0 mails).", again.Output);
        await using var check = new PortalFactory(database);
        var mails = await HerinneringenAsync(check);
        Assert.Equal(["lid.ocmw@example.org", "lid.sleutel@example.org"], mails.Select(m => m.Aan).Order());
        Assert.Contains($"{BaseUrl}/organisaties/huiswerkklas-de-sleutel/bewerken", mails.Single(m => m.Aan == "lid.sleutel@example.org").Tekst);
    }

    [Fact]
    public async Task The_help_lists_the_send_reminders_command()
    {
        var result = await RunCommandAsync(PortalFactory.NewDatabasePath(), "help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("send-reminders", result.Output);
    }

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
        await using var factory = new PortalFactory();
        var vandaag = BelgischeTijd.Vandaag(TimeProvider.System);
        await KaartAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            await db.Organisaties.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.LaatstGecontroleerd, vandaag.AddMonths(-1))
                .SetProperty(o => o.Status, OrganisatieStatus.Actief)
                .SetProperty(o => o.Type, "andere"));
            await Zet(db, Sleutel, vandaag.AddMonths(-8), "huiswerkbegeleiding");
            await Zet(db, OcmwLeuven, null, "ocmw");
            await Zet(db, SociaalHuisGent, vandaag.AddMonths(-1), "ocmw");
            await Zet(db, Zeep, vandaag.AddMonths(-13), "andere");
            await Zet(db, ClbGent, null, "clb");
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

    /// <summary>
    /// The test map with members. Reminded: De Sleutel (checked 7 months ago; its deactivated member gets nothing)
    /// and OCMW Leuven (never checked). Not reminded: Sociaal Huis Gent (checked last month), Huiswerkpunt Leuven
    /// (stale, no member), Huis van het Kind Leuven (stale but stopped), Buurtwerk De Kring (stale, its member never
    /// confirmed the e-mail address).
    /// </summary>
    private static async Task KaartMetLedenAsync(PortalFactory factory, DateOnly vandaag)
    {
        await KaartAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            await db.Organisaties.ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatstGecontroleerd, vandaag).SetProperty(o => o.Status, OrganisatieStatus.Actief));
            await Zet(db, Sleutel, vandaag.AddMonths(-7));
            await Zet(db, OcmwLeuven, null);
            await Zet(db, SociaalHuisGent, vandaag.AddMonths(-1));
            await Zet(db, HuiswerkpuntLeuven, vandaag.AddYears(-2));
            await Zet(db, HuisVanHetKind, vandaag.AddYears(-2));
            await Zet(db, DeKring, null);
            return await db.Organisaties.Where(o => o.Naam == HuisVanHetKind).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrganisatieStatus.Stopgezet));
        });

        await LidAsync(factory, "lid.sleutel@example.org", Sleutel);
        await LidAsync(factory, "gedeactiveerd.sleutel@example.org", Sleutel);
        await LidAsync(factory, "lid.ocmw@example.org", OcmwLeuven);
        await LidAsync(factory, "lid.gent@example.org", SociaalHuisGent);
        await LidAsync(factory, "lid.huisvanhetkind@example.org", HuisVanHetKind);
        await LidAsync(factory, "onbevestigd.kring@example.org", DeKring);
        await factory.WithDbAsync(async db =>
            await db.Users.Where(u => u.Email == "gedeactiveerd.sleutel@example.org").ExecuteUpdateAsync(s => s.SetProperty(u => u.Gedeactiveerd, true)) +
            await db.Users.Where(u => u.Email == "onbevestigd.kring@example.org").ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
    }

    private static async Task KaartAsync(PortalFactory factory)
    {
        var result = await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
    }

    private static async Task LidAsync(PortalFactory factory, string email, string organisatie) =>
        await factory.AddMembershipAsync(await factory.CreateUserAsync(email, Rollen.Welzijnswerker), Slugs.From(organisatie));

    private static async Task Zet(Web.Data.PortalDbContext db, string naam, DateOnly? gecontroleerd, string? type = null)
    {
        var aantal = await db.Organisaties.Where(o => o.Naam == naam).ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatstGecontroleerd, gecontroleerd));
        Assert.Equal(1, aantal);
        if (type is not null)
        {
            await db.Organisaties.Where(o => o.Naam == naam).ExecuteUpdateAsync(s => s.SetProperty(o => o.Type, type));
        }
    }

    private static async Task<HerinneringResultaat> VerstuurAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HerinneringService>().VerstuurAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<OutboxMessage>> HerinneringenAsync(PortalFactory factory) =>
        await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Onderwerp.StartsWith(Onderwerp)).ToListAsync());

    /// <summary>The rows of a table: row header → the other cells.</summary>
    private static Dictionary<string, string[]> Rijen(AngleSharp.Dom.IDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr").ToDictionary(
            tr => tr.QuerySelector("th[scope=row]")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    /// <summary>Another instance on the same database, whose mail sender runs <paramref name="haak"/> before each mail.</summary>
    private sealed class FactoryMetHaak(string databasePath, Func<Task> haak) : PortalFactory(databasePath, Instellingen)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<IMailSender>(sp =>
                new HaakMailSender(ActivatorUtilities.CreateInstance<OutboxMailSender>(sp), haak)));
        }
    }

    private sealed class HaakMailSender(IMailSender inner, Func<Task> haak) : IMailSender
    {
        public async Task SendAsync(string aan, string onderwerp, string tekst, CancellationToken cancellationToken = default)
        {
            await haak();
            await inner.SendAsync(aan, onderwerp, tekst, cancellationToken);
        }
    }

    /// <summary>Runs a command on the built executable with mail into the outbox.</summary>
    private static Task<(int ExitCode, string Output, string Error)> RunCommandAsync(string database, params string[] args) =>
        PortalCommand.RunAsync(database, new Dictionary<string, string> { ["Mail__Delivery"] = "Outbox", ["Portal__PubliekeUrl"] = BaseUrl }, args);
}
