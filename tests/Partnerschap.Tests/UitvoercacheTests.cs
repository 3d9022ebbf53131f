using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.GidsBeheer;

namespace Partnerschap.Tests;

/// <summary>
/// The output cache of the public profile and gids pages (ADR 0011): a second visitor gets the stored page (the cache
/// answers with an <c>Age</c> header), yet every change, every instance, every visitor's own forms and every signed-in
/// or doorverwijslijst page stay right.
/// </summary>
public sealed class UitvoercacheTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private const string Profiel = "/organisaties/" + Slug;
    private const string Hoofdstuk = "/gids/toeleiding";
    private PortalFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        // The tests change the data and count what is cached: each test starts from its own copy of the test map.
        _factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>A new visitor (own cookies) opens <paramref name="pad"/>: the status, whether it came from the cache, the HTML and the page.</summary>
    private static async Task<Bezoek> BezoekAsync(HttpClient client, string pad)
    {
        var response = await client.GetAsync(pad);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new Bezoek(response.StatusCode, response.Headers.Age is not null, bytes, await Html.ParseAsync(response), response);
    }

    private sealed record Bezoek(HttpStatusCode Status, bool UitCache, byte[] Bytes, IDocument Pagina, HttpResponseMessage Response)
    {
        public string Html => System.Text.Encoding.UTF8.GetString(Bytes);
    }

    /// <summary>Opens the page as one anonymous visitor and then as another, and checks that the second got the stored copy.</summary>
    private static async Task<Bezoek> InDeCacheAsync(PortalFactory factory, string pad)
    {
        using var eerste = factory.CreateClient();
        var eerst = await BezoekAsync(eerste, pad);
        Assert.Equal(HttpStatusCode.OK, eerst.Status);
        using var tweede = factory.CreateClient();
        var daarna = await BezoekAsync(tweede, pad);
        Assert.True(daarna.UitCache, $"{pad} kwam niet uit de cache");
        return daarna;
    }

    private static string Inhoud(IDocument pagina) => pagina.QuerySelector("main")!.TextContent;

    private static async Task<HttpResponseMessage> PostFormulierAsync(HttpClient client, IDocument pagina, string formulier, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? wijzig = null)
    {
        var velden = Html.FormFields(pagina, formulier);
        return await client.PostAsync(pagina.QuerySelector(formulier)!.GetAttribute("action"), new FormUrlEncodedContent(wijzig?.Invoke(velden) ?? velden));
    }

    private static string Token(IDocument pagina, string formulier) => pagina.QuerySelector($"{formulier} input[name=__af]")!.GetAttribute("value")!;

    [Fact]
    public async Task A_second_anonymous_visitor_gets_the_stored_profile_with_the_same_content_and_the_same_security_headers()
    {
        using var eerste = _factory.CreateClient();
        var eerst = await BezoekAsync(eerste, Profiel);
        using var tweede = _factory.CreateClient();
        var daarna = await BezoekAsync(tweede, Profiel);
        using var derde = _factory.CreateClient();
        var metQuery = await BezoekAsync(derde, Profiel + "?utm_source=nieuwsbrief");

        Assert.False(eerst.UitCache);
        Assert.True(daarna.UitCache);
        Assert.True(metQuery.UitCache, "een willekeurige query mag de cache niet omzeilen");
        Assert.Equal(Inhoud(eerst.Pagina), Inhoud(daarna.Pagina));
        Assert.Equal("Huiswerkklas De Sleutel", daarna.Pagina.Text("h1"));
        foreach (var bezoek in (Bezoek[])[eerst, daarna])
        {
            var headers = bezoek.Response.Headers;
            Assert.Contains("frame-ancestors 'none'", headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", headers.GetValues("X-Frame-Options").Single());
            Assert.True(headers.CacheControl?.NoStore, "een pagina met een token van de bezoeker mag de browser niet bewaren");
            Assert.DoesNotContain("antiforgery-token", bezoek.Html, StringComparison.Ordinal);
            Assert.Equal(bezoek.Bytes.Length, bezoek.Response.Content.Headers.ContentLength ?? bezoek.Bytes.Length);
        }

        Assert.NotEqual(Token(eerst.Pagina, ".doorverwijs-knop form"), Token(daarna.Pagina, ".doorverwijs-knop form"));
    }

    [Fact]
    public async Task Two_visitors_of_a_cached_profile_and_chapter_each_post_the_forms_with_their_own_token()
    {
        await InDeCacheAsync(_factory, Profiel);
        await InDeCacheAsync(_factory, Hoofdstuk);
        using var anna = _factory.CreateClient();
        using var bert = _factory.CreateClient();
        var profielAnna = await BezoekAsync(anna, Profiel);
        var profielBert = await BezoekAsync(bert, Profiel);
        var hoofdstukAnna = await BezoekAsync(anna, Hoofdstuk);
        var hoofdstukBert = await BezoekAsync(bert, Hoofdstuk);
        Assert.All((Bezoek[])[profielAnna, profielBert, hoofdstukAnna, hoofdstukBert], b => Assert.True(b.UitCache));

        // A token from someone else's copy is refused: the antiforgery check still holds on a cached page.
        using var vreemd = await PostFormulierAsync(bert, profielBert.Pagina, ".doorverwijs-knop form", f => f.With("__af", Token(profielAnna.Pagina, ".doorverwijs-knop form")));
        Assert.Equal(HttpStatusCode.BadRequest, vreemd.StatusCode);

        foreach (var (client, pagina) in ((HttpClient, IDocument)[])[(anna, profielAnna.Pagina), (bert, profielBert.Pagina)])
        {
            using var toegevoegd = await PostFormulierAsync(client, pagina, ".doorverwijs-knop form");
            Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
            Assert.StartsWith(Profiel + "#o-", toegevoegd.Headers.Location!.OriginalString);
        }

        foreach (var (client, pagina) in ((HttpClient, IDocument)[])[(anna, hoofdstukAnna.Pagina), (bert, hoofdstukBert.Pagina)])
        {
            using var nuttig = await PostFormulierAsync(client, pagina, ".nuttig form", f => f.With("nuttig", "ja"));
            Assert.Equal(HttpStatusCode.Redirect, nuttig.StatusCode);
        }

        Assert.Equal(2, await _factory.WithDbAsync(db => db.GidsFeedback.CountAsync()));
    }

    [Fact]
    public async Task An_edited_profile_shows_the_new_text_at_once_and_the_next_visitors_get_that_from_the_cache()
    {
        await InDeCacheAsync(_factory, Profiel);
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");

        using var bewaard = await Html.SubmitFormAsync(beheerder, Profiel + "/bewerken", "form.profielformulier",
            f => f.With("Formulier.Beschrijving", "Nu ook op woensdagnamiddag huiswerkbegeleiding.").With("actie", "opslaan"));
        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);

        using var bezoeker = _factory.CreateClient();
        var na = await BezoekAsync(bezoeker, Profiel);
        Assert.False(na.UitCache);
        Assert.Contains("Nu ook op woensdagnamiddag", na.Pagina.Text(".profiel-beschrijving"));
        var opnieuw = await InDeCacheAsync(_factory, Profiel);
        Assert.Contains("Nu ook op woensdagnamiddag", opnieuw.Pagina.Text(".profiel-beschrijving"));
    }

    [Fact]
    public async Task A_published_chapter_and_one_the_schedule_publishes_show_at_once_without_renewing_the_map()
    {
        const string Inleiding = "/gids/inleiding";
        const string Beheer = "/gids/beheer/inleiding";
        await InDeCacheAsync(_factory, Inleiding);
        var kaartVoor = await _factory.WithDbAsync(db => db.KaartVersies.Select(v => v.Stempel).SingleAsync());
        await _factory.CreateUserAsync("onderzoeker@example.org", Rollen.Onderzoeker);
        using var onderzoeker = await Html.SignedInClientAsync(_factory, "onderzoeker@example.org");

        using var bewaard = await Html.SubmitFormAsync(onderzoeker, Beheer, "form.hoofdstukformulier",
            f => f.With("Formulier.Tekst", "Een inleiding die vandaag online komt.").With("Formulier.Notitie", "Nieuw").With("actie", "opslaan"));
        using var gepubliceerd = await Html.SubmitFormAsync(onderzoeker, Beheer, "form.publiceren");
        Assert.Equal(HttpStatusCode.Redirect, gepubliceerd.StatusCode);

        using var lezer = _factory.CreateClient();
        var na = await BezoekAsync(lezer, Inleiding);
        Assert.False(na.UitCache);
        Assert.Contains("vandaag online komt", na.Pagina.Text(".gids-tekst"));

        await InDeCacheAsync(_factory, Inleiding);
        using var nogEen = await Html.SubmitFormAsync(onderzoeker, Beheer, "form.hoofdstukformulier",
            f => f.With("Formulier.Tekst", "Een inleiding die morgen online komt.").With("Formulier.Notitie", "Gepland").With("actie", "opslaan"));
        var morgen = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        using var gepland = await Html.SubmitFormAsync(onderzoeker, Beheer, "form.plannen",
            f => f.With("planOp", morgen.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, gepland.StatusCode);
        Assert.Contains("vandaag online komt", (await InDeCacheAsync(_factory, Inleiding)).Pagina.Text(".gids-tekst"));

        // What the publication job runs every minute.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<GidsPublicatie>().PubliceerGeplandAsync(DateTimeOffset.UtcNow.AddDays(1).AddMinutes(5)));
        }

        var gepubliceerdDoorDeJob = await BezoekAsync(lezer, Inleiding);
        Assert.False(gepubliceerdDoorDeJob.UitCache);
        Assert.Contains("morgen online komt", gepubliceerdDoorDeJob.Pagina.Text(".gids-tekst"));
        // A chapter is no change to the map: the search index is not rebuilt for it.
        Assert.Equal(kaartVoor, await _factory.WithDbAsync(db => db.KaartVersies.Select(v => v.Stempel).SingleAsync()));
    }

    [Fact]
    public async Task Another_instance_on_the_same_database_shows_a_changed_profile_and_chapter_within_the_refresh_interval()
    {
        await using var tweede = new PortalFactory(_factory.DatabasePath);
        await InDeCacheAsync(tweede, Profiel);
        await InDeCacheAsync(tweede, Hoofdstuk);

        await _factory.WithDbAsync(async db =>
        {
            var organisatie = await db.Organisaties.SingleAsync(o => o.Slug == Slug);
            organisatie.Beschrijving = "Vanaf januari in een nieuw lokaal.";
            var hoofdstuk = await db.Hoofdstukken.SingleAsync(h => h.Slug == "toeleiding");
            hoofdstuk.LaatstNagekeken = new DateOnly(2026, 1, 15);
            return await db.SaveChangesAsync();
        });

        using var bezoeker = tweede.CreateClient();
        var begonnen = DateTimeOffset.UtcNow;
        var (profiel, hoofdstuk) = (false, false);
        await Wacht.TotAsync(async () =>
        {
            profiel |= (await BezoekAsync(bezoeker, Profiel)).Pagina.Text(".profiel-beschrijving").Contains("nieuw lokaal", StringComparison.Ordinal);
            hoofdstuk |= (await BezoekAsync(bezoeker, Hoofdstuk)).Pagina.Text(".hoofdstuk").Contains("nagekeken op 15 januari 2026", StringComparison.Ordinal);
            return profiel && hoofdstuk;
        }, TimeSpan.FromSeconds(10));

        // The interval is 2 seconds; the margin is for a slow test machine.
        Assert.True(profiel && hoofdstuk, $"na {(DateTimeOffset.UtcNow - begonnen).TotalSeconds:0.0} s: profiel {profiel}, hoofdstuk {hoofdstuk}");
        Assert.True(DateTimeOffset.UtcNow - begonnen < TimeSpan.FromSeconds(6), "de tweede instantie volgde pas na meer dan 6 seconden");
    }

    [Fact]
    public async Task A_signed_in_Beheerder_never_gets_the_stored_page_and_visitors_never_get_the_Beheerders()
    {
        await InDeCacheAsync(_factory, Profiel);
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var eigen = await BezoekAsync(beheerder, Profiel);
            Assert.False(eigen.UitCache);
            Assert.NotNull(eigen.Pagina.QuerySelector($"a[href='{Profiel}/bewerken']"));
            Assert.Contains("Afmelden", eigen.Pagina.Text(".hoofdmenu"));
        }

        using var bezoeker = _factory.CreateClient();
        var publiek = await BezoekAsync(bezoeker, Profiel);
        Assert.True(publiek.UitCache);
        Assert.Null(publiek.Pagina.QuerySelector($"a[href='{Profiel}/bewerken']"));
        Assert.DoesNotContain("Afmelden", publiek.Pagina.Text(".hoofdmenu"));
    }

    [Fact]
    public async Task A_visitor_with_a_doorverwijslijst_sees_what_is_on_it_and_others_still_get_the_stored_page()
    {
        await InDeCacheAsync(_factory, Profiel);
        using var zorgcoordinator = _factory.CreateClient();
        var voor = await BezoekAsync(zorgcoordinator, Profiel);
        using var toegevoegd = await PostFormulierAsync(zorgcoordinator, voor.Pagina, ".doorverwijs-knop form");
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);

        var eigen = await BezoekAsync(zorgcoordinator, Profiel);

        Assert.False(eigen.UitCache);
        var knop = eigen.Pagina.QuerySelector(".doorverwijs-knop form")!;
        Assert.Equal("/doorverwijslijst/verwijderen", knop.GetAttribute("action"));
        Assert.False(knop.QuerySelector(".op-lijst-tekst")!.HasAttribute("hidden"));
        Assert.Contains("Staat op je doorverwijslijst", knop.TextContent);
        Assert.Contains("Doorverwijslijst (1)", eigen.Pagina.Text(".hoofdmenu"));

        using var ander = _factory.CreateClient();
        var publiek = await BezoekAsync(ander, Profiel);
        Assert.True(publiek.UitCache);
        Assert.Equal("/doorverwijslijst/toevoegen", publiek.Pagina.QuerySelector(".doorverwijs-knop form")!.GetAttribute("action"));
        Assert.DoesNotContain("Doorverwijslijst (1)", publiek.Pagina.Text(".hoofdmenu"));
    }

    [Fact]
    public async Task The_statusbericht_after_a_post_is_shown_and_not_lost_to_the_cache()
    {
        var hoofdstuk = await InDeCacheAsync(_factory, Hoofdstuk);
        using var lezer = _factory.CreateClient();
        var pagina = await BezoekAsync(lezer, Hoofdstuk);

        using var nuttig = await PostFormulierAsync(lezer, pagina.Pagina, ".nuttig form", f => f.With("nuttig", "nee"));
        var terug = await BezoekAsync(lezer, nuttig.Headers.Location!.OriginalString);

        Assert.False(terug.UitCache);
        Assert.Contains("Bedankt voor je reactie", terug.Pagina.Text("main"));
        Assert.DoesNotContain("Bedankt voor je reactie", Inhoud(hoofdstuk.Pagina));
    }

    [Fact]
    public async Task The_next_Belgian_day_gives_a_fresh_page_with_todays_freshness_notice()
    {
        // Checked on 1 October 2026: still "recent" on 1 October 2027, no longer on the 2nd. 21:30 UTC is 23:30 in Brussels.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 10, 1, 21, 30, 0, TimeSpan.Zero));
        await using var factory = new PortalFactory(_factory.DatabasePath) { Clock = clock };
        var vandaag = await InDeCacheAsync(factory, Profiel);
        Assert.Null(vandaag.Pagina.QuerySelector(".melding-let-op"));

        // 22:30 UTC: still 1 October in UTC, already 2 October in Belgium.
        clock.Advance(TimeSpan.FromHours(1));
        using var bezoeker = factory.CreateClient();
        var morgen = await BezoekAsync(bezoeker, Profiel);

        Assert.False(morgen.UitCache);
        Assert.Contains("Niet recent gecontroleerd", morgen.Pagina.Text(".melding-let-op"));
        Assert.Contains("Niet recent gecontroleerd", (await InDeCacheAsync(factory, Profiel)).Pagina.Text(".melding-let-op"));
    }

    [Fact]
    public async Task With_the_cache_off_every_visitor_gets_a_page_made_for_them()
    {
        await using var factory = new PortalFactory(_factory.DatabasePath, new Dictionary<string, string?> { ["Uitvoercache:Aan"] = "false" });
        using var eerste = factory.CreateClient();
        Assert.False((await BezoekAsync(eerste, Profiel)).UitCache);

        // A change that renews no stamp (written straight into the table) still shows: nothing was kept.
        await factory.WithDbAsync(db => db.Organisaties.Where(o => o.Slug == Slug)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Beschrijving, "Rechtstreeks in de tabel gezet.")));
        using var tweede = factory.CreateClient();
        var daarna = await BezoekAsync(tweede, Profiel);

        Assert.False(daarna.UitCache);
        Assert.Contains("Rechtstreeks in de tabel gezet.", daarna.Pagina.Text(".profiel-beschrijving"));
        using var toegevoegd = await PostFormulierAsync(tweede, daarna.Pagina, ".doorverwijs-knop form");
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
    }
}
