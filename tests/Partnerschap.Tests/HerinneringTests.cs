using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Herinneringen;
using Partnerschap.Web.Infrastructure.Mail;
using static Partnerschap.Tests.Infrastructure.TestKaart;

namespace Partnerschap.Tests;

/// <summary>
/// Reminder mails to members of profiles not checked in 6 months: who gets one and who not, once per 30 days, safe with
/// two instances and a failing mail server, from the service, the daily job and the send-reminders command.
/// </summary>
public sealed class HerinneringTests
{
    private const string BaseUrl = "https://partnerschap.example";
    private const string Onderwerp = "Kijk het profiel van";

    private static readonly Dictionary<string, string?> Instellingen = new() { ["Portal:PubliekeUrl"] = BaseUrl };

    [Fact]
    public async Task Reminders_go_only_to_active_members_of_stale_profiles_in_plain_Dutch_with_the_edit_link()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), Instellingen) { Clock = clock };
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
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), Instellingen) { Clock = clock };
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
        await using var b = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), Instellingen) { Clock = clock };
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
        await using var werkt = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), Instellingen) { Clock = clock };
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
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart), new Dictionary<string, string?>(Instellingen) { ["Herinneringen:Dagelijks"] = "true" }) { Clock = clock };
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
        var database = await TestDatabase.CopyAsync(Sjabloon.Kaart);
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

    /// <summary>
    /// The test map (the factory runs on a copy of it) with members. Reminded: De Sleutel (checked 7 months ago; its deactivated member gets nothing)
    /// and OCMW Leuven (never checked). Not reminded: Sociaal Huis Gent (checked last month), Huiswerkpunt Leuven
    /// (stale, no member), Huis van het Kind Leuven (stale but stopped), Buurtwerk De Kring (stale, its member never
    /// confirmed the e-mail address).
    /// </summary>
    private static async Task KaartMetLedenAsync(PortalFactory factory, DateOnly vandaag)
    {
        await factory.WithDbAsync(async db =>
        {
            await db.Organisaties.ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatstGecontroleerd, vandaag).SetProperty(o => o.Status, OrganisatieStatus.Actief));
            await ZetGecontroleerdAsync(db, Sleutel, vandaag.AddMonths(-7));
            await ZetGecontroleerdAsync(db, OcmwLeuven, null);
            await ZetGecontroleerdAsync(db, SociaalHuisGent, vandaag.AddMonths(-1));
            await ZetGecontroleerdAsync(db, HuiswerkpuntLeuven, vandaag.AddYears(-2));
            await ZetGecontroleerdAsync(db, HuisVanHetKind, vandaag.AddYears(-2));
            await ZetGecontroleerdAsync(db, DeKring, null);
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

    private static async Task LidAsync(PortalFactory factory, string email, string organisatie) =>
        await factory.AddMembershipAsync(await factory.CreateUserAsync(email, Rollen.Welzijnswerker), Slugs.From(organisatie));

    private static async Task<HerinneringResultaat> VerstuurAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HerinneringService>().VerstuurAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<OutboxMessage>> HerinneringenAsync(PortalFactory factory) =>
        await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Onderwerp.StartsWith(Onderwerp)).ToListAsync());

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
