using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Features.Gids;

namespace Partnerschap.Tests;

/// <summary>The reader of the samenwerkingsgids and the import of chapter files.</summary>
public sealed class GidsTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    [Fact]
    public async Task The_shipped_chapters_are_loaded_on_first_start_and_the_overview_follows_the_guides_questions()
    {
        using var client = kaart.Factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync("/gids"));

        var hoofdstukken = page.QuerySelectorAll(".gids-groep h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(12, hoofdstukken.Count);
        Assert.Equal("/gids/inleiding", hoofdstukken[0]);
        Assert.Contains("Waarom samenwerken?", page.Text("#groep-Waarom"));
        Assert.Contains("Onder welke voorwaarden lukt het?", page.Text(".gids-vragen"));
    }

    [Fact]
    public async Task A_chapter_has_a_table_of_contents_with_anchors_callouts_abbreviations_and_links_to_the_map()
    {
        using var client = kaart.Factory.CreateClient();
        using var response = await client.GetAsync("/gids/toeleiding");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var toc = page.QuerySelectorAll(".inhoudstafel a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.NotEmpty(toc);
        Assert.All(toc, id => Assert.NotNull(page.GetElementById(id)));
        Assert.NotEmpty(page.QuerySelectorAll(".gids-tekst .callout .callout-titel"));
        Assert.Contains("Leestijd: ongeveer", page.Text(".hoofdstuk"));
        Assert.NotNull(page.QuerySelector("a[rel=prev]"));
        Assert.NotNull(page.QuerySelector("a[rel=next]"));
        Assert.Contains(page.QuerySelectorAll(".gids-tekst a"), a => a.GetAttribute("href")!.StartsWith("/sociale-kaart?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kaart_block_lists_matching_organisations_live_from_the_map()
    {
        await using var factory = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        var map = Path.Combine(Path.GetTempPath(), "partnerschap-tests", "gids-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        await File.WriteAllTextAsync(Path.Combine(map, "a.md"),
            "---\nslug: huiswerk\ntitel: Huiswerk\ngroep: Praktijk\nvolgorde: 1\nstatus: gepubliceerd\n---\n" +
            "Wie helpt?\n\n```kaart\naanleiding=drempels-onderwijs&q=huiswerk\n```\n\nEn hier niemand:\n\n```kaart\nq=xyzzyplugh\n```\n",
            TestContext.Current.CancellationToken);
        Assert.True((await ImporteerAsync(factory, map)).Gelukt);
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/gids/huiswerk"));

        var lijsten = page.QuerySelectorAll(".kaart-lijst");
        Assert.Equal(2, lijsten.Length);
        Assert.Contains("/organisaties/huiswerkklas-de-sleutel", lijsten[0].QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/sociale-kaart?aanleiding=drempels-onderwijs&q=huiswerk", lijsten[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("geen organisaties", lijsten[1].TextContent);
    }

    [Theory]
    [InlineData("schoolfacturen")] // the chapters write "schoolfactuur"
    [InlineData("school factuur")]
    public async Task Search_in_the_guide_finds_other_forms_of_a_word_and_shows_plain_text(string q)
    {
        using var client = kaart.Factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/gids/zoeken?q=" + Uri.EscapeDataString(q)));

        var fragmenten = page.QuerySelectorAll(".treffer").Select(t => t.TextContent).ToList();
        Assert.NotEmpty(fragmenten);
        Assert.All(fragmenten, f => Assert.DoesNotContain("**", f));
        Assert.All(fragmenten, f => Assert.DoesNotContain("](", f));
        Assert.All(fragmenten, f => Assert.DoesNotContain("kaart:", f));
    }

    [Fact]
    public async Task Search_in_the_guide_ignores_accents_and_leads_to_the_matching_section()
    {
        using var client = kaart.Factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/gids/zoeken?q=HYGIENE"));

        var treffer = page.QuerySelectorAll(".treffer h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/gids/waarom-samenwerken#hygiene-en-geestelijke-gezondheid", treffer);
        var leeg = await client.GetAsync("/gids/zoeken?q=xyzzyplugh");
        Assert.Contains("Niets gevonden", (await Html.ParseAsync(leeg)).Text("main"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/gids/zoeken?q=" + new string('a', 300))).StatusCode);
    }

    [Fact]
    public async Task The_whole_guide_prints_as_one_document_with_its_table_of_contents_and_unique_anchors()
    {
        using var client = kaart.Factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/gids/afdrukken"));

        Assert.Equal(12, page.QuerySelectorAll(".afdruk-hoofdstuk").Length);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(page.QuerySelectorAll(".inhoudstafel a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
        Assert.Empty(page.QuerySelectorAll(".afdruk-hoofdstuk h2 ~ .gids-tekst h2")); // chapter headings are h2, their sections h3
    }

    [Fact]
    public async Task Was_dit_nuttig_is_stored_and_only_Onderzoekers_read_the_comments()
    {
        await using var factory = new PortalFactory();
        await factory.CreateUserAsync("onderzoeker@example.org", Partnerschap.Web.Domain.Rollen.Onderzoeker);
        await factory.CreateUserAsync("welzijn@example.org", Partnerschap.Web.Domain.Rollen.Welzijnswerker);
        using var lezer = factory.CreateClient();

        using var response = await Html.SubmitFormAsync(lezer, "/gids/voorwaarden", ".nuttig form", f => f.With("nuttig", "nee").With("opmerking", "Graag een voorbeeld uit het secundair."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var onderzoeker = await Html.SignedInClientAsync(factory, "onderzoeker@example.org");
        var feedback = await Html.ParseAsync(await onderzoeker.GetAsync("/gids/feedback"));
        Assert.Contains("Graag een voorbeeld uit het secundair.", feedback.Text("main"));
        Assert.Contains("1 keer ‘nee’", feedback.Text("main"));
        using var welzijn = await Html.SignedInClientAsync(factory, "welzijn@example.org");
        Assert.StartsWith("/geen-toegang", (await welzijn.GetAsync("/gids/feedback")).Headers.Location!.OriginalString);
        Assert.DoesNotContain("Graag een voorbeeld", (await Html.ParseAsync(await lezer.GetAsync("/gids/voorwaarden"))).Text("main"));
    }

    [Fact]
    public async Task Every_aanleiding_and_vorm_links_to_an_existing_section_of_the_guide_from_filters_and_profiles()
    {
        using var client = kaart.Factory.CreateClient();
        foreach (var doel in GidsVerwijzingen.Aanleidingen.Values.Concat(GidsVerwijzingen.Vormen.Values))
        {
            var (pad, anker) = (doel.Split('#')[0], doel.Contains('#', StringComparison.Ordinal) ? doel.Split('#')[1] : null);
            var page = await Html.ParseAsync(await client.GetAsync(pad));
            Assert.Equal("h1", page.QuerySelector("main h1")?.LocalName);
            if (anker is not null)
            {
                Assert.NotNull(page.GetElementById(anker));
            }
        }

        // And back: each vorm chapter searches the map for its vorm, the chapter on the six aanleidingen for each of them.
        foreach (var (vorm, pad) in GidsVerwijzingen.Vormen)
        {
            var hoofdstuk = await Html.ParseAsync(await client.GetAsync(pad));
            Assert.Contains(hoofdstuk.QuerySelectorAll(".gids-tekst a"), a => a.GetAttribute("href")!.StartsWith($"/sociale-kaart?vorm={vorm}", StringComparison.Ordinal));
        }

        var aanleidingen = await Html.ParseAsync(await client.GetAsync("/gids/waarom-samenwerken"));
        foreach (var aanleiding in GidsVerwijzingen.Aanleidingen.Keys)
        {
            Assert.Contains(aanleidingen.QuerySelectorAll(".gids-tekst a"), a => a.GetAttribute("href") == $"/sociale-kaart?aanleiding={aanleiding}");
        }

        var zoeken = await Html.ParseAsync(await client.GetAsync("/sociale-kaart"));
        Assert.Contains("/gids/toeleiding", zoeken.QuerySelectorAll(".gids-uitleg").Select(a => a.GetAttribute("href")));
        var profiel = await Html.ParseAsync(await client.GetAsync("/organisaties/huiswerkklas-de-sleutel"));
        Assert.Contains("/gids/waarom-samenwerken#drempels-naar-en-binnen-het-onderwijs", profiel.QuerySelectorAll(".gids-uitleg").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Unknown_and_unpublished_chapters_are_a_Dutch_404()
    {
        using var client = kaart.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gids/bestaat-niet")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gids/" + new string('a', 150))).StatusCode);
    }

    [Fact]
    public async Task Importing_again_changes_nothing_and_never_overwrites_a_chapter_changed_in_the_portal()
    {
        await using var factory = new PortalFactory();
        using var _ = factory.CreateClient();
        var map = Path.Combine(Path.GetTempPath(), "partnerschap-tests", "gids-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        await File.WriteAllTextAsync(Path.Combine(map, "a.md"), "---\nslug: proef\ntitel: Proef\ngroep: Praktijk\nvolgorde: 1\nstatus: gepubliceerd\n---\nTekst één.\n", TestContext.Current.CancellationToken);

        var eerste = await ImporteerAsync(factory, map);
        Assert.Contains("proef: nieuw (a.md).", eerste.Regels);
        var tweede = await ImporteerAsync(factory, map);
        Assert.Contains("proef: ongewijzigd.", tweede.Regels);

        await factory.WithDbAsync(async db =>
        {
            var h = await db.Hoofdstukken.SingleAsync(h => h.Slug == "proef");
            h.GewijzigdInPortaal = true;
            return await db.SaveChangesAsync();
        });
        await File.WriteAllTextAsync(Path.Combine(map, "a.md"), "---\nslug: proef\ntitel: Proef\ngroep: Praktijk\nvolgorde: 1\nstatus: gepubliceerd\n---\nTekst twee.\n", TestContext.Current.CancellationToken);
        var derde = await ImporteerAsync(factory, map);

        Assert.Contains("proef: niet overschreven, want het werd in het portaal gewijzigd.", derde.Regels);
        var id = await factory.WithDbAsync(db => db.Hoofdstukken.Where(h => h.Slug == "proef").Select(h => h.Id).SingleAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.HoofdstukVersies.CountAsync(v => v.HoofdstukId == id)));
    }

    [Fact]
    public async Task A_broken_chapter_file_is_refused_with_file_and_line_and_nothing_is_imported()
    {
        await using var factory = new PortalFactory();
        using var _ = factory.CreateClient();
        var map = Path.Combine(Path.GetTempPath(), "partnerschap-tests", "gids-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        await File.WriteAllTextAsync(Path.Combine(map, "goed.md"), "---\nslug: goed\ntitel: Goed\ngroep: Praktijk\nvolgorde: 1\n---\nTekst.\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(map, "slecht.md"), "---\nslug: Slecht Slug\ntitel: Slecht\ngroep: Onbekend\nvolgorde: twee\n---\nTekst.\n", TestContext.Current.CancellationToken);
        var voor = await factory.WithDbAsync(db => db.Hoofdstukken.CountAsync());

        var resultaat = await ImporteerAsync(factory, map);

        Assert.False(resultaat.Gelukt);
        Assert.Contains("slecht.md, regel 2: de slug 'Slecht Slug' mag alleen kleine letters, cijfers en streepjes bevatten.", resultaat.Fouten);
        Assert.Contains(resultaat.Fouten, f => f.StartsWith("slecht.md, regel 4: onbekende groep 'Onbekend'", StringComparison.Ordinal));
        Assert.Contains("slecht.md, regel 5: 'volgorde' is geen geheel getal.", resultaat.Fouten);
        Assert.Equal(voor, await factory.WithDbAsync(db => db.Hoofdstukken.CountAsync()));
    }

    private static async Task<GidsImportResultaat> ImporteerAsync(PortalFactory factory, string map)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GidsImporter>().ImportAsync(map);
    }
}
