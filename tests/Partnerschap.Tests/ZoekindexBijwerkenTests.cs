using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Tests;

/// <summary>
/// An edit reaches the search of every instance within seconds without a build of the whole index: only the changed
/// organisations are read again. What such an index finds is what a full build finds.
/// </summary>
public sealed class ZoekindexBijwerkenTests
{
    private static readonly string[] Zoekvragen =
    [
        "/sociale-kaart?q=zebrapadwerking",
        "/sociale-kaart?q=fietsbel",
        "/sociale-kaart?q=huiswerk",
        "/sociale-kaart?aanleiding=kinderarmoede",
        "/sociale-kaart?gemeente=Gent",
        "/sociale-kaart?gemeente=Leuven&bereik=30&sorteer=afstand",
        "/sociale-kaart?q=ocmw&sorteer=naam",
        "/sociale-kaart?taal=ar",
    ];

    [Fact]
    public async Task Edited_stopped_and_deleted_organisations_reach_another_instance_without_a_full_build()
    {
        await using var instanties = await TweeInstanties.StartAsync();
        var (bewerker, provider, client, voor) = instanties;

        // One organisation gets a new name and description, one stops, one is deleted (none with samenwerkingen).
        var (gestopt, verwijderd) = await bewerker.WithDbAsync(async db =>
        {
            var vrij = await db.Organisaties.Include(o => o.Aanbod)
                .Where(o => !db.Samenwerkingen.Any(s => s.OrganisatieId == o.Id) && !db.Scholen.Any(s => s.ClbId == o.Id || s.LopId == o.Id)
                    && !db.Brugfiguren.Any(b => b.WerkgeverOrganisatieId == o.Id) && o.Status == OrganisatieStatus.Actief)
                .OrderBy(o => o.Slug).Take(3).ToListAsync();
            Assert.Equal(3, vrij.Count);
            vrij[0].Naam = "Zebrapadwerking " + vrij[0].Naam;
            vrij[0].Beschrijving += " Wij lenen ook een fietsbel uit.";
            vrij[1].Status = OrganisatieStatus.Stopgezet;
            db.Organisaties.Remove(vrij[2]);
            await db.SaveChangesAsync();
            return (vrij[1].Naam, vrij[2].Naam);
        });

        var gevonden = await Wacht.TotAsync(async () => (await NamenAsync(client, "/sociale-kaart?q=zebrapadwerking")).Count == 1, TimeSpan.FromSeconds(5));

        Assert.True(gevonden, "de andere instantie vond de nieuwe naam niet binnen 5 seconden");
        var na = provider.Huidig!;

        // Two organisations were read again (the deleted one is only retired): not the whole map.
        Assert.Equal(voor.Items.Length + 2, na.Items.Length);
        Assert.DoesNotContain(gestopt, await NamenAsync(client, "/sociale-kaart?q=" + Uri.EscapeDataString(gestopt)));
        Assert.DoesNotContain(verwijderd, await NamenAsync(client, "/sociale-kaart?q=" + Uri.EscapeDataString(verwijderd)));

        // A third instance builds its index from scratch: every search finds the same, in the same order, with the same facets.
        await using var nieuw = new PortalFactory(instanties.Pad);
        using var vers = nieuw.CreateClient();
        foreach (var url in Zoekvragen)
        {
            Assert.Equal(await ResultaatAsync(vers, url), await ResultaatAsync(client, url));
        }
    }

    [Fact]
    public async Task A_changed_school_is_found_after_a_full_build()
    {
        await using var instanties = await TweeInstanties.StartAsync();
        var (bewerker, provider, client, voor) = instanties;

        await bewerker.WithDbAsync(async db =>
        {
            var school = await db.Scholen.OrderBy(s => s.Slug).FirstAsync();
            school.Naam = "Basisschool Kwikstaart";
            return await db.SaveChangesAsync();
        });

        var gevonden = await Wacht.TotAsync(
            async () => (await NamenAsync(client, "/sociale-kaart?q=kwikstaart&soort=scholen")).Contains("Basisschool Kwikstaart"), TimeSpan.FromSeconds(5));

        Assert.True(gevonden, "de andere instantie vond de nieuwe schoolnaam niet binnen 5 seconden");
        Assert.Equal(voor.Items.Length, provider.Huidig!.Items.Length);
    }

    /// <summary>Two instances on one copy of the test map: one edits, the other searches (its index built first).</summary>
    private sealed class TweeInstanties : IAsyncDisposable
    {
        private TweeInstanties(string pad)
        {
            Pad = pad;
            Bewerker = new PortalFactory(pad);
            Lezer = new PortalFactory(pad);
            Client = Lezer.CreateClient();
        }

        public string Pad { get; }

        public PortalFactory Bewerker { get; }

        public PortalFactory Lezer { get; }

        public HttpClient Client { get; }

        public KaartIndexProvider Provider => Lezer.Services.GetRequiredService<KaartIndexProvider>();

        public KaartIndex Voor { get; private set; } = null!;

        public static async Task<TweeInstanties> StartAsync()
        {
            var instanties = new TweeInstanties(await TestDatabase.CopyAsync(Sjabloon.Kaart));
            instanties.Voor = await instanties.Provider.GetAsync();
            return instanties;
        }

        public void Deconstruct(out PortalFactory bewerker, out KaartIndexProvider provider, out HttpClient client, out KaartIndex voor) =>
            (bewerker, provider, client, voor) = (Bewerker, Provider, Client, Voor);

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Lezer.DisposeAsync();
            await Bewerker.DisposeAsync();
        }
    }

    private static async Task<List<string>> NamenAsync(HttpClient client, string url)
    {
        var page = await Html.ParseAsync(await client.GetAsync(url));
        return [.. page.QuerySelectorAll(".treffer h3 a").Select(a => a.TextContent.Trim())];
    }

    /// <summary>The heading, the names of the hits in order, and every facet value with its count.</summary>
    private static async Task<string> ResultaatAsync(HttpClient client, string url)
    {
        var page = await Html.ParseAsync(await client.GetAsync(url));
        return string.Join("\n", [
            url,
            page.QuerySelector("main h2")?.TextContent.Trim() ?? "",
            .. page.QuerySelectorAll(".treffer h3 a").Select(a => a.TextContent.Trim()),
            .. page.QuerySelectorAll("fieldset label").Select(l => string.Join(' ', l.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))),
        ]);
    }
}
