using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>The gemeenten as the portal loads them from seeds/gemeenten.csv (corrected on 2026-12-02).</summary>
public sealed class GemeentenTests
{
    [Fact]
    public async Task Every_postcode_belongs_to_one_gemeente_and_Borsbeek_is_part_of_Antwerpen_since_2025()
    {
        await using var factory = new PortalFactory();
        using var _ = factory.CreateClient(); // starts the portal: migrations and gemeenten
        var gemeenten = await factory.WithDbAsync(db => db.Gemeenten.AsNoTracking().ToListAsync());
        var lookup = new GemeenteLookup(gemeenten);

        var dubbel = gemeenten.SelectMany(g => g.Postcodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => (p, g.Naam)))
            .GroupBy(x => x.p).Where(x => x.Count() > 1).Select(x => $"{x.Key}: {string.Join(", ", x.Select(y => y.Naam))}").ToList();
        Assert.Empty(dubbel);
        Assert.Equal("Anderlecht", lookup.OpPostcode("1070")?.Naam);
        Assert.Equal("Wuustwezel", lookup.OpPostcode("2990")?.Naam);
        Assert.Equal("Maaseik", lookup.OpPostcode("3680")?.Naam);
        Assert.Equal("Koekelare", lookup.OpPostcode("8680")?.Naam);
        Assert.Equal("Antwerpen", lookup.OpPostcode("2150")?.Weergavenaam);
        Assert.Contains(lookup.OpNaam("Antwerpen"), g => g.Naam == "Borsbeek");
        Assert.Equal(304, gemeenten.Select(g => g.Weergavenaam).Distinct().Count());

        // The French name is French where one exists, and the same name where French uses the Dutch one.
        Assert.Equal(("Louvain", "Anvers", "Aartselaar"), (Naam("24062"), Naam("11002"), Naam("11001")));
        string? Naam(string nis) => gemeenten.Single(g => g.NisCode == nis).NaamFr;
    }

    [Fact]
    public async Task Deelgemeenten_are_loaded_with_their_own_position_and_Brussels_places_have_their_Dutch_name()
    {
        await using var factory = new PortalFactory();
        using var _ = factory.CreateClient();
        var deelgemeenten = await factory.WithDbAsync(db => db.Deelgemeenten.AsNoTracking().ToListAsync());

        Assert.Equal(1189, deelgemeenten.Count);
        var wilrijk = Assert.Single(deelgemeenten, d => d.Naam == "Wilrijk");
        Assert.Equal(("2610", "11002"), (wilrijk.Postcode, wilrijk.NisCode));
        Assert.NotEqual(51.22, Math.Round(wilrijk.Latitude, 2)); // not the centre of Antwerpen
        var laken = Assert.Single(deelgemeenten, d => d.Postcode == "1020");
        Assert.Equal(("Laken", "Laeken"), (laken.Naam, laken.AndereNamen));
        Assert.Equal(2, deelgemeenten.Count(d => d.Naam == "Deurne"));
    }
}
