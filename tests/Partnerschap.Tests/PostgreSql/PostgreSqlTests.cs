using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Features.Account;

namespace Partnerschap.Tests.PostgreSql;

/// <summary>
/// The portal on a real PostgreSQL server, as several instances behind a load balancer run it: its own migrations from
/// an empty database, the version tokens, the import, the search of one instance following a change made on another,
/// and the data-protection keys that let one instance read another's cookies and forms.
/// </summary>
public sealed class PostgreSqlTests : IAsyncLifetime
{
    private readonly string _database = PostgreSqlServer.NieuweDatabase();
    private readonly List<PortalFactory> _instanties = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var instantie in _instanties)
        {
            await instantie.DisposeAsync();
        }

        await PostgreSqlServer.VerwijderAsync(_database);
    }

    private PortalFactory Instantie()
    {
        var factory = new PortalFactory(PortalFactory.NewDatabasePath(), PostgreSqlServer.Instellingen(_database));
        _instanties.Add(factory);
        return factory;
    }

    [Fact]
    public async Task The_portal_migrates_an_empty_database_with_its_own_migrations_and_is_ready()
    {
        var portal = Instantie();
        using var client = portal.CreateClient();

        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var (bekend, toegepast, gemeenten) = await portal.WithDbAsync(async db => (
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            await db.Gemeenten.CountAsync()));
        Assert.NotEmpty(bekend);
        Assert.Equal(bekend, toegepast);
        Assert.True(gemeenten > 300, $"{gemeenten} gemeenten");
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await portal.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
    }

    [Fact]
    public async Task The_version_token_refuses_the_second_of_two_saves_from_the_same_version()
    {
        var portal = Instantie();
        using var client = portal.CreateClient();
        (await client.GetAsync("/health/ready")).Dispose();

        await portal.WithDbAsync(async eerste =>
        {
            await portal.WithDbAsync(async tweede =>
            {
                var a = await eerste.Hulpvragen.OrderBy(h => h.Code).FirstAsync();
                var b = await tweede.Hulpvragen.OrderBy(h => h.Code).FirstAsync();
                a.Label = "Eerst bewaard";
                b.Label = "Later bewaard";

                await eerste.SaveChangesAsync();
                await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => tweede.SaveChangesAsync());
                return 0;
            });
            return 0;
        });

        var label = await portal.WithDbAsync(db => db.Hulpvragen.OrderBy(h => h.Code).Select(h => h.Label).FirstAsync());
        Assert.Equal("Eerst bewaard", label);
    }

    [Fact]
    public async Task An_import_on_one_instance_is_found_by_the_search_of_another_within_seconds()
    {
        var schrijver = Instantie();
        var lezer = Instantie();
        using var lezerClient = lezer.CreateClient();
        (await schrijver.CreateClient().GetAsync("/health/ready")).Dispose();

        // The other instance has searched already: its index holds the empty map.
        Assert.Equal(0, await TreffersAsync(lezerClient, "/sociale-kaart?q=uithuiszetting"));

        var import = await KaartFixture.ImportAsync(schrijver, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        Assert.True(import.Gelukt, string.Join("\n", import.Fouten));

        // 2 s between stamp checks; room for a loaded CI machine.
        var gevonden = await Wacht.TotAsync(async () => await TreffersAsync(lezerClient, "/sociale-kaart?q=uithuiszetting") > 0, TimeSpan.FromSeconds(10));

        Assert.True(gevonden, "De andere instantie vond de geïmporteerde organisaties niet binnen 10 seconden.");
    }

    [Fact]
    public async Task A_form_from_one_instance_is_accepted_by_another_through_the_shared_keys()
    {
        var a = Instantie();
        var b = Instantie();
        using var clientA = a.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = a.ClientOptions.BaseAddress, AllowAutoRedirect = false });
        using var clientB = b.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = b.ClientOptions.BaseAddress, AllowAutoRedirect = false });
        (await clientB.GetAsync("/health/ready")).Dispose();

        using var formulier = await clientA.GetAsync("/aanmelden");
        var cookies = string.Join("; ", formulier.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = (await Html.ParseAsync(formulier)).QuerySelector("main form[method=post] input[name=__af]")!.GetAttribute("value")!;
        var velden = new Dictionary<string, string> { ["__af"] = token, ["Email"] = "niemand@example.org", ["Wachtwoord"] = "een verkeerd wachtwoord" };

        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/aanmelden") { Content = new FormUrlEncodedContent(velden) };
        verzoek.Headers.Add("Cookie", cookies);
        using var antwoord = await clientB.SendAsync(verzoek);

        // Instance B read A's antiforgery cookie and token: the form was judged on its content, not refused as forged.
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains(AccountController.AanmeldenMisluktTekst, (await Html.ParseAsync(antwoord)).Text(".foutenoverzicht"));
    }

    /// <summary>
    /// The queries issue 14 added, on the server database: organisations with an address in a gemeente (a query into the
    /// JSON column of addresses) for "Zet je organisatie op de kaart", and the HSDS API's pages and stream.
    /// </summary>
    [Fact]
    public async Task Similar_organisations_and_the_HSDS_API_work_on_the_server_database()
    {
        var portal = Instantie();
        using var client = portal.CreateClient();
        (await client.GetAsync("/health/ready")).Dispose();
        var import = await KaartFixture.ImportAsync(portal, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        Assert.True(import.Gelukt, string.Join("\n", import.Fouten));

        using var stap1 = await client.GetAsync("/organisatie-toevoegen?naam=Huiswerkklas+Sleutel&gemeente=Gent");
        Assert.Equal(HttpStatusCode.OK, stap1.StatusCode);
        Assert.Contains("Huiswerkklas De Sleutel", (await Html.ParseAsync(stap1)).Text("main"));

        using var pagina = await client.GetAsync("/api/hsds/services?per_page=5&page=1");
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await pagina.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total_items").GetInt32() > 0);

        using var stroom = await client.GetAsync("/api/hsds/services?format=ndjson&modified_after=2020-01-01");
        Assert.Equal(HttpStatusCode.OK, stroom.StatusCode);
        Assert.Equal(json.RootElement.GetProperty("total_items").GetInt32(), (await stroom.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static async Task<int> TreffersAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var pagina = await Html.ParseAsync(response);
        return pagina.QuerySelectorAll(".treffers > li").Length;
    }
}
