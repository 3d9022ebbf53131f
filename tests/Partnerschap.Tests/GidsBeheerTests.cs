using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.GidsBeheer;

namespace Partnerschap.Tests;

public sealed class GidsBeheerTests : IAsyncDisposable
{
    private const string Slug = "inleiding";
    private const string Beheer = "/gids/beheer/" + Slug;
    private const string Formulier = "form.hoofdstukformulier";
    private const string OudeTekst = "Een kind komt zonder boterhammen naar school.";
    private readonly PortalFactory _factory = new();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpClient> OnderzoekerAsync(string email = "onderzoeker@example.org")
    {
        await _factory.CreateUserAsync(email, Rollen.Onderzoeker);
        return await Html.SignedInClientAsync(_factory, email);
    }

    private static async Task<HttpResponseMessage> BewaarAsync(HttpClient client, string tekst, string notitie = "Tekst herschreven") =>
        await Html.SubmitFormAsync(client, Beheer, Formulier,
            f => f.With("Formulier.Tekst", tekst).With("Formulier.Notitie", notitie).With("actie", "opslaan"));

    private async Task<string> LezerZietAsync()
    {
        using var anonymous = _factory.CreateClient();
        using var response = await anonymous.GetAsync($"/gids/{Slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Html.ParseAsync(response)).Text(".gids-tekst");
    }

    private Task<Hoofdstuk> HoofdstukAsync() =>
        _factory.WithDbAsync(db => db.Hoofdstukken.AsNoTracking().Include(h => h.Versies).SingleAsync(h => h.Slug == Slug));

    [Fact]
    public async Task A_saved_concept_stays_offline_until_it_is_published()
    {
        using var client = await OnderzoekerAsync();
        var voor = await HoofdstukAsync();

        using var bewaard = await BewaarAsync(client, "Een volledig nieuwe inleiding over samenwerken.");
        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);

        Assert.Contains(OudeTekst, await LezerZietAsync());
        Assert.DoesNotContain("volledig nieuwe inleiding", await LezerZietAsync());
        var overzicht = await Html.ParseAsync(await client.GetAsync("/gids/beheer"));
        Assert.Contains("nog niet gepubliceerd", overzicht.Text($"#hoofdstuk-{Slug}"));
        var na = await HoofdstukAsync();
        Assert.Equal(voor.GepubliceerdeVersie, na.GepubliceerdeVersie);
        var nieuwste = na.Versies.MaxBy(v => v.Nummer)!;
        Assert.Equal("onderzoeker@example.org", nieuwste.Auteur);
        Assert.Equal("Tekst herschreven", nieuwste.Notitie);

        using var gepubliceerd = await Html.SubmitFormAsync(client, Beheer, "form.publiceren");
        Assert.Equal(HttpStatusCode.Redirect, gepubliceerd.StatusCode);
        var bevestiging = await Html.ParseAsync(await client.GetAsync(Beheer));
        Assert.Contains("gepubliceerd", bevestiging.Text(".melding"));
        Assert.Contains("volledig nieuwe inleiding", await LezerZietAsync());
        Assert.Equal(nieuwste.Nummer, (await HoofdstukAsync()).GepubliceerdeVersie);

        // The Beheerder sees who published what in the audit log.
        await _factory.CreateUserAsync("beheerder@example.org", Rollen.Beheerder);
        using var beheerder = await Html.SignedInClientAsync(_factory, "beheerder@example.org");
        var audit = await Html.ParseAsync(await beheerder.GetAsync("/beheer/audit?soort=hoofdstuk-gepubliceerd"));
        var regel = Assert.Single(audit.QuerySelectorAll("table tbody tr"));
        Assert.Contains("onderzoeker@example.org", regel.TextContent);
        Assert.Contains($"gids/{Slug}", regel.TextContent);
        Assert.Contains($"Versie {nieuwste.Nummer}", regel.TextContent);
    }

    [Fact]
    public async Task A_preview_shows_the_rendered_text_and_saves_nothing()
    {
        using var client = await OnderzoekerAsync();
        var versies = (await HoofdstukAsync()).Versies.Count;

        using var response = await Html.SubmitFormAsync(client, Beheer, Formulier,
            f => f.With("Formulier.Tekst", "## Een nieuwe tussentitel\n\nDit is **heel belangrijk**.").With("actie", "voorbeeld"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await Html.ParseAsync(response);
        Assert.Equal("Een nieuwe tussentitel", pagina.Text(".voorbeeld .gids-tekst h2"));
        Assert.Equal("heel belangrijk", pagina.Text(".voorbeeld .gids-tekst strong"));
        Assert.Contains("**heel belangrijk**", pagina.QuerySelector("#Formulier_Tekst")!.TextContent);
        Assert.Equal(versies, (await HoofdstukAsync()).Versies.Count);
        Assert.Contains(OudeTekst, await LezerZietAsync());
    }

    [Fact]
    public async Task Publishing_with_broken_links_is_refused_and_each_link_is_listed()
    {
        using var client = await OnderzoekerAsync();
        var voor = (await HoofdstukAsync()).GepubliceerdeVersie;
        using var bewaard = await BewaarAsync(client,
            "Lees [x](organisatie:bestaat-niet), [y](/gids/bestaat-niet) en [z](kaart:aanleiding=onbekend), [k](kaart:kosten=duur). Wel goed: [w](/gids/toeleiding) en [v](https://example.org).");
        Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);

        using var response = await Html.SubmitFormAsync(client, Beheer, "form.publiceren");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var pagina = await Html.ParseAsync(response);
        var lijst = pagina.Text(".kapotte-links");
        Assert.Contains("Deze links werken niet:", lijst);
        Assert.Contains("organisatie:bestaat-niet", lijst);
        Assert.Contains("/gids/bestaat-niet", lijst);
        Assert.Contains("kaart:aanleiding=onbekend", lijst);
        Assert.Contains("‘duur’ is geen bekende kostenfilter", lijst); // every filter of KaartFilters is checked
        Assert.Equal(4, pagina.QuerySelectorAll(".kapotte-links li").Length);
        Assert.Equal(voor, (await HoofdstukAsync()).GepubliceerdeVersie);
        Assert.Contains(OudeTekst, await LezerZietAsync());
    }

    [Fact]
    public async Task The_history_compares_two_versions_word_by_word_and_restores_an_old_one_as_a_new_version()
    {
        using var client = await OnderzoekerAsync();
        using var eerste = await BewaarAsync(client, "De kat zat op de mat.\nTweede regel blijft.", "Eerste versie");
        using var tweede = await BewaarAsync(client, "De hond zat op de mat.\nTweede regel blijft.", "Kat werd hond");
        var nummers = (await HoofdstukAsync()).Versies.Select(v => v.Nummer).Order().ToList();
        var (katVersie, hondVersie) = (nummers[^2], nummers[^1]);

        var geschiedenis = await Html.ParseAsync(await client.GetAsync($"{Beheer}/geschiedenis"));
        Assert.Contains("Kat werd hond", geschiedenis.Text($"#versie-{hondVersie}"));
        Assert.Contains("onderzoeker@example.org", geschiedenis.Text($"#versie-{hondVersie}"));
        var vergelijkForm = geschiedenis.QuerySelector("form[method=get]")!;
        var velden = Html.FormFields(geschiedenis, "form[method=get]");
        var query = string.Join("&", velden.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
        Assert.Equal($"van={katVersie}&naar={hondVersie}", query);

        var vergelijking = await Html.ParseAsync(await client.GetAsync($"{vergelijkForm.GetAttribute("action")}?{query}"));
        Assert.Equal("verwijderd: kat", vergelijking.Text("#diff-tekst del"));
        Assert.Equal("toegevoegd: hond", vergelijking.Text("#diff-tekst ins"));
        Assert.Contains("Tweede regel blijft.", vergelijking.Text("#diff-tekst"));
        Assert.Single(vergelijking.QuerySelectorAll("#diff-tekst del"));

        using var onbekend = await client.GetAsync($"{Beheer}/vergelijk?van={katVersie}&naar=999");
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        using var geenGetal = await client.GetAsync($"{Beheer}/vergelijk?van=een&naar=twee");
        Assert.Equal(HttpStatusCode.BadRequest, geenGetal.StatusCode);

        var herstelForm = geschiedenis.QuerySelector($"form[action$='/geschiedenis/{katVersie}/herstellen']")!;
        using var hersteld = await client.PostAsync(herstelForm.GetAttribute("action"), new FormUrlEncodedContent(
            Html.FormFields(geschiedenis, $"form[action$='/geschiedenis/{katVersie}/herstellen']")));
        Assert.Equal(HttpStatusCode.Redirect, hersteld.StatusCode);

        var na = await HoofdstukAsync();
        var nieuwste = na.Versies.MaxBy(v => v.Nummer)!;
        Assert.Equal(hondVersie + 1, nieuwste.Nummer);
        Assert.Equal("De kat zat op de mat.\nTweede regel blijft.", nieuwste.Tekst);
        Assert.Equal($"Versie {katVersie} teruggezet", nieuwste.Notitie);
        Assert.Contains(OudeTekst, await LezerZietAsync()); // restoring does not publish
        var bewerken = await Html.ParseAsync(await client.GetAsync(Beheer));
        Assert.Contains("De kat zat op de mat.", bewerken.QuerySelector("#Formulier_Tekst")!.TextContent);
    }

    [Fact]
    public async Task A_scheduled_version_goes_online_only_when_its_time_has_come()
    {
        using var client = await OnderzoekerAsync();
        using var bewaard = await BewaarAsync(client, "Deze inleiding komt morgen online.");
        var brussel = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var morgen = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(1), brussel);

        using var gepland = await Html.SubmitFormAsync(client, Beheer, "form.plannen",
            f => f.With("planOp", morgen.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, gepland.StatusCode);
        var hoofdstuk = await HoofdstukAsync();
        Assert.Equal(hoofdstuk.Versies.Max(v => v.Nummer), hoofdstuk.GeplandeVersie);
        var overzicht = await Html.ParseAsync(await client.GetAsync("/gids/beheer"));
        Assert.Contains($"versie {hoofdstuk.GeplandeVersie} op", overzicht.Text($"#hoofdstuk-{Slug}"));

        Assert.Equal(0, await PubliceerGeplandAsync(DateTimeOffset.UtcNow));
        Assert.Contains(OudeTekst, await LezerZietAsync());

        Assert.Equal(1, await PubliceerGeplandAsync(DateTimeOffset.UtcNow.AddDays(1).AddMinutes(5)));
        Assert.Contains("komt morgen online", await LezerZietAsync());
        var na = await HoofdstukAsync();
        Assert.Null(na.GeplandeVersie);
        Assert.Equal(hoofdstuk.GeplandeVersie, na.GepubliceerdeVersie);
        var audit = await _factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Onderwerp == $"gids/{Slug}").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditSoorten.HoofdstukGepland, AuditSoorten.HoofdstukGepubliceerd], audit.Select(a => a.Soort));
        Assert.Equal("geplande publicatie", audit[1].Actor);
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_refused()
    {
        using var client = await OnderzoekerAsync();
        using var bewaard = await BewaarAsync(client, "Nieuwe tekst.");

        using var response = await Html.SubmitFormAsync(client, Beheer, "form.plannen", f => f.With("planOp", "2020-01-01T09:00"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("toekomst", (await Html.ParseAsync(response)).Text(".foutenoverzicht"));
        Assert.Null((await HoofdstukAsync()).GeplandeVersie);
    }

    [Fact]
    public async Task An_archived_chapter_is_gone_for_readers_until_it_is_restored()
    {
        using var client = await OnderzoekerAsync();

        using var gearchiveerd = await Html.SubmitFormAsync(client, Beheer, "form.archief");
        Assert.Equal(HttpStatusCode.Redirect, gearchiveerd.StatusCode);
        using var anonymous = _factory.CreateClient();
        using var weg = await anonymous.GetAsync($"/gids/{Slug}");
        Assert.Equal(HttpStatusCode.NotFound, weg.StatusCode);
        var overzicht = await Html.ParseAsync(await client.GetAsync("/gids/beheer"));
        Assert.Contains("Gearchiveerd", overzicht.Text($"#hoofdstuk-{Slug}"));

        using var terug = await Html.SubmitFormAsync(client, Beheer, "form.archief");
        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        Assert.Contains(OudeTekst, await LezerZietAsync());
    }

    [Fact]
    public async Task A_Welzijnswerker_and_an_anonymous_visitor_cannot_manage_the_guide()
    {
        using var onderzoeker = await OnderzoekerAsync();
        using var bewaard = await BewaarAsync(onderzoeker, "Een concept dat niemand anders mag publiceren.");
        var voor = (await HoofdstukAsync()).GepubliceerdeVersie;

        await _factory.CreateUserAsync("welzijn@example.org", Rollen.Welzijnswerker);
        using var welzijn = await Html.SignedInClientAsync(_factory, "welzijn@example.org");
        using var pagina = await welzijn.GetAsync("/gids/beheer");
        Assert.Equal(HttpStatusCode.Redirect, pagina.StatusCode);
        Assert.Contains("/geen-toegang", pagina.Headers.Location!.ToString());
        var token = await Html.AntiforgeryTokenAsync(welzijn, "/gids");
        using var publiceren = await welzijn.PostAsync($"{Beheer}/publiceren", new FormUrlEncodedContent([new("__af", token)]));
        Assert.Equal(HttpStatusCode.Redirect, publiceren.StatusCode);
        Assert.Contains("/geen-toegang", publiceren.Headers.Location!.ToString());

        using var anonymous = _factory.CreateClient();
        using var anoniem = await anonymous.GetAsync("/gids/beheer");
        Assert.Equal(HttpStatusCode.Redirect, anoniem.StatusCode);
        Assert.Contains("/aanmelden", anoniem.Headers.Location!.ToString());
        using var anoniemPubliceren = await anonymous.PostAsync($"{Beheer}/publiceren", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, anoniemPubliceren.StatusCode);
        Assert.Contains("/aanmelden", anoniemPubliceren.Headers.Location!.ToString());

        Assert.Equal(voor, (await HoofdstukAsync()).GepubliceerdeVersie);
        Assert.Contains(OudeTekst, await LezerZietAsync());
    }

    [Fact]
    public async Task Saving_from_a_stale_form_gives_a_conflict_and_keeps_the_input()
    {
        using var sara = await OnderzoekerAsync("sara@example.org");
        using var tom = await OnderzoekerAsync("tom@example.org");
        var saraPagina = await Html.ParseAsync(await sara.GetAsync(Beheer));
        var tomPagina = await Html.ParseAsync(await tom.GetAsync(Beheer));

        using var eerste = await sara.PostAsync(Beheer, new FormUrlEncodedContent(Html.FormFields(saraPagina, Formulier)
            .With("Formulier.Tekst", "Sara's tekst.").With("Formulier.Notitie", "Sara").With("actie", "opslaan")));
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);

        using var tweede = await tom.PostAsync(Beheer, new FormUrlEncodedContent(Html.FormFields(tomPagina, Formulier)
            .With("Formulier.Tekst", "Tom's tekst.").With("Formulier.Notitie", "Tom").With("actie", "opslaan")));

        Assert.Equal(HttpStatusCode.Conflict, tweede.StatusCode);
        var conflict = await Html.ParseAsync(tweede);
        Assert.Contains("sara@example.org", conflict.Text(".conflict"));
        // The same conflict table as every profile form: only the field that differs, stored beside typed.
        var rijen = conflict.QuerySelectorAll(".conflict table tbody tr").Select(r => r.TextContent).ToList();
        var rij = Assert.Single(rijen);
        Assert.Contains("Tekst (Markdown)", rij);
        Assert.Contains("Sara's tekst.", rij);
        Assert.Contains("Tom's tekst.", rij);
        Assert.Equal("Tom's tekst.", conflict.QuerySelector("#Formulier_Tekst")!.TextContent.Trim());
        Assert.Equal("Sara's tekst.", (await HoofdstukAsync()).Versies.MaxBy(v => v.Nummer)!.Tekst);

        // Saving again from the conflict page applies Tom's text on top of Sara's version.
        using var opnieuw = await tom.PostAsync(Beheer, new FormUrlEncodedContent(Html.FormFields(conflict, Formulier).With("actie", "opslaan")));
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        Assert.Equal("Tom's tekst.", (await HoofdstukAsync()).Versies.MaxBy(v => v.Nummer)!.Tekst);
    }

    [Fact]
    public async Task A_new_chapter_starts_as_a_concept_and_needs_a_unique_slug()
    {
        using var client = await OnderzoekerAsync();

        using var dubbel = await Html.SubmitFormAsync(client, "/gids/beheer/nieuw", Formulier, f => f
            .With("Formulier.Slug", Slug).With("Formulier.Titel", "Dubbel").With("Formulier.Tekst", "Tekst.").With("actie", "opslaan"));
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.StatusCode);
        Assert.Contains("al een hoofdstuk", (await Html.ParseAsync(dubbel)).Text(".foutenoverzicht"));

        using var nieuw = await Html.SubmitFormAsync(client, "/gids/beheer/nieuw", Formulier, f => f
            .With("Formulier.Slug", "samen-op-uitstap").With("Formulier.Titel", "Samen op uitstap")
            .With("Formulier.Groep", nameof(GidsGroep.Praktijk)).With("Formulier.Tekst", "Een uitstap met school en buurtwerk.").With("actie", "opslaan"));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        Assert.Equal("/gids/beheer/samen-op-uitstap", nieuw.Headers.Location!.ToString());
        using var anonymous = _factory.CreateClient();
        using var lezer = await anonymous.GetAsync("/gids/samen-op-uitstap");
        Assert.Equal(HttpStatusCode.NotFound, lezer.StatusCode);
        var hoofdstuk = await _factory.WithDbAsync(db => db.Hoofdstukken.Include(h => h.Versies).SingleAsync(h => h.Slug == "samen-op-uitstap"));
        Assert.Equal(HoofdstukStatus.Concept, hoofdstuk.Status);
        Assert.True(hoofdstuk.GewijzigdInPortaal);
        Assert.Equal(1, Assert.Single(hoofdstuk.Versies).Nummer);
    }

    [Fact]
    public void The_word_diff_marks_only_the_changed_words()
    {
        var delen = WoordDiff.Vergelijk("Een school kan dit niet alleen.", "Een school kan dit zeker niet alleen.");
        DiffDeel[] verwacht = [new(DiffSoort.Gelijk, "Een school kan dit "), new(DiffSoort.Bij, "zeker "), new(DiffSoort.Gelijk, "niet alleen.")];
        Assert.Equal(verwacht, delen);
        Assert.Equal("a <del><span class=\"visueel-verborgen\">verwijderd: </span>&lt;b&gt;</del>",
            WoordDiff.Html([new(DiffSoort.Gelijk, "a "), new(DiffSoort.Weg, "<b>")]));
    }

    [Fact]
    public async Task Every_shipped_chapter_passes_the_link_check()
    {
        var hoofdstukken = await _factory.WithDbAsync(db => db.Hoofdstukken.AsNoTracking()
            .Select(h => new { h.Slug, Tekst = h.Versies.OrderByDescending(v => v.Nummer).Select(v => v.Tekst).First() }).ToListAsync());
        await using var scope = _factory.Services.CreateAsyncScope();
        var publicatie = scope.ServiceProvider.GetRequiredService<GidsPublicatie>();
        var kapot = new List<string>();
        foreach (var h in hoofdstukken)
        {
            kapot.AddRange((await publicatie.ControleerLinksAsync(h.Slug, h.Tekst, CancellationToken.None)).Select(k => $"{h.Slug}: {k.Geschreven} ({k.Reden})"));
        }

        Assert.Equal(12, hoofdstukken.Count);
        Assert.Empty(kapot);
    }

    [Fact]
    public async Task Links_to_anchors_and_portal_pages_are_checked()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var publicatie = scope.ServiceProvider.GetRequiredService<GidsPublicatie>();

        var kapot = await publicatie.ControleerLinksAsync(Slug,
            "## Eigen kop\n\n[a](#eigen-kop) [b](#geen-kop) [c](/gids/rollen-partners#het-lop) [d](/gids/rollen-partners#bestaat-niet) [e](/beheer/audit) [f](/sociale-kaart?q=x) [g](javascript:alert(1))",
            CancellationToken.None);

        Assert.Equal(["#geen-kop", "/gids/rollen-partners#bestaat-niet", "/beheer/audit", "javascript:alert(1)"], kapot.Select(k => k.Geschreven));
    }

    private async Task<int> PubliceerGeplandAsync(DateTimeOffset nu)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GidsPublicatie>().PubliceerGeplandAsync(nu);
    }
}
