using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.ZonderResultaat;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Herinneringen;

namespace Partnerschap.Tests;

/// <summary>Searches that found nothing are counted (text and gemeente only), listed per week and kept 90 days.</summary>
public sealed class ZoekopdrachtenZonderResultaatTests : IAsyncLifetime
{
    private const string Beheerder = "beheerder.zoekopdrachten@example.org";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 22, 30, 0, TimeSpan.Zero));
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change and count the same rows: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart)) { Clock = _clock };
        await _factory.CreateUserAsync(Beheerder, Rollen.Beheerder);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private Task FlushAsync() => _factory.Services.GetRequiredService<ZoekopdrachtenBuffer>().FlushAsync(TestContext.Current.CancellationToken);

    private Task<List<ZoekopdrachtZonderResultaat>> RijenAsync() =>
        _factory.WithDbAsync(db => db.ZoekopdrachtenZonderResultaat.AsNoTracking().OrderBy(z => z.Tekst).ToListAsync());

    [Fact]
    public async Task A_search_without_result_is_counted_after_a_flush_without_digits_email_or_phone()
    {
        using var client = _factory.CreateClient();
        const string Zoek = "/sociale-kaart?q=Zzqx+Wóónnood+jan.peeters%40example.org+%2B32+(0)470+12.34.56+1a&gemeente=Gent";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Zoek)).StatusCode);
        await client.GetAsync(Zoek);
        await client.GetAsync("/sociale-kaart?q=huiswerk"); // found something: not counted
        Assert.Empty(await RijenAsync());

        await FlushAsync();
        var rij = Assert.Single(await RijenAsync());
        Assert.Equal("zzqx woonnood a", rij.Tekst);
        Assert.Equal("Gent", rij.Gemeente);
        Assert.Equal(new DateOnly(2026, 12, 2), rij.Dag); // 23:30 in Belgium
        Assert.Equal(2, rij.Aantal);

        // The next flush adds to the same row.
        await client.GetAsync(Zoek);
        await FlushAsync();
        Assert.Equal(3, Assert.Single(await RijenAsync()).Aantal);
    }

    [Fact]
    public async Task The_daily_job_removes_counts_older_than_90_days()
    {
        var vandaag = BelgischeTijd.Vandaag(_clock);
        await _factory.WithDbAsync(db =>
        {
            db.ZoekopdrachtenZonderResultaat.AddRange(
                new ZoekopdrachtZonderResultaat { Dag = vandaag.AddDays(-91), Tekst = "oud", Aantal = 4 },
                new ZoekopdrachtZonderResultaat { Dag = vandaag.AddDays(-90), Tekst = "net op tijd", Aantal = 1 });
            return db.SaveChangesAsync();
        });

        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<HerinneringService>().RuimAuditOpAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(["net op tijd"], (await RijenAsync()).Select(r => r.Tekst));
    }

    [Fact]
    public async Task The_week_page_lists_the_most_frequent_first_and_adds_a_text_as_a_term()
    {
        var maandag = new DateOnly(2026, 11, 30);
        await _factory.WithDbAsync(db =>
        {
            db.ZoekopdrachtenZonderResultaat.AddRange(
                new ZoekopdrachtZonderResultaat { Dag = maandag, Tekst = "weinig", Aantal = 1 },
                new ZoekopdrachtZonderResultaat { Dag = maandag, Tekst = "vaak", Gemeente = "Gent", Aantal = 4 },
                new ZoekopdrachtZonderResultaat { Dag = maandag.AddDays(2), Tekst = "vaak", Gemeente = "Gent", Aantal = 3 },
                new ZoekopdrachtZonderResultaat { Dag = maandag, Tekst = "soms", Aantal = 3 },
                new ZoekopdrachtZonderResultaat { Dag = maandag.AddDays(-1), Tekst = "vorige week", Aantal = 50 });
            return db.SaveChangesAsync();
        });

        using var beheerder = await Html.SignedInClientAsync(_factory, Beheerder);
        var page = await Html.ParseAsync(await beheerder.GetAsync("/beheer/zoekopdrachten"));
        Assert.Contains("Week 2026-W49", page.Text("#week-titel"));
        var rijen = page.QuerySelectorAll("#zoekopdrachten tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim() + " " + r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.Equal(["vaak 7", "soms 3", "weinig 1"], rijen);

        using var bad = await beheerder.GetAsync("/beheer/zoekopdrachten?week=gisteren");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var velden = Html.FormFields(page, "#zoekopdrachten tbody tr:first-child form").With("code", "dakloosheid");
        using var toegevoegd = await beheerder.PostAsync("/beheer/hulpvragen/termen", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        Assert.Equal("/beheer/zoekopdrachten?week=2026-W49", toegevoegd.Headers.Location!.OriginalString);
        Assert.Contains("vaak", await _factory.WithDbAsync(db => db.Hulpvragen.Where(h => h.Code == "dakloosheid").Select(h => h.Termen).SingleAsync()));
    }
}
