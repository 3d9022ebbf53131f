using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// A municipality as it exists since the mergers of 1 January 2025: the gemeenten of 2019 that share a
/// <see cref="Gemeente.Weergavenaam"/>. <see cref="Plaats"/> is the place a search for its name limits to, so "serves
/// this gemeente" here is what <c>/sociale-kaart?gemeente=…</c> means (<see cref="Zoeken.KaartVerzamelingen.Bedient"/>).
/// </summary>
public sealed class Gemeente2025
{
    private Gemeente2025(string naam, IReadOnlyList<Gemeente> delen)
    {
        Naam = naam;
        Slug = Slugs.From(naam);
        Delen = delen;
        Plaats = new Plaats(naam, delen, delen.Select(g => (g.Latitude, g.Longitude)));
    }

    public string Slug { get; }

    public string Naam { get; }

    /// <summary>The gemeenten of 2019 in it (one where nothing merged).</summary>
    public IReadOnlyList<Gemeente> Delen { get; }

    public Plaats Plaats { get; }

    /// <summary>The province most of its parts lie in (Zwijndrecht went from Antwerpen to Oost-Vlaanderen with its merger).</summary>
    public string Provincie => Delen.GroupBy(d => d.Provincie).OrderByDescending(p => p.Count()).First().Key;

    /// <summary>Every municipality of 2025 in name order (nl-BE).</summary>
    public static IReadOnlyList<Gemeente2025> Alle(GemeenteLookup gemeenten) =>
        [.. gemeenten.All
            .GroupBy(g => g.Weergavenaam, StringComparer.Ordinal)
            .Select(groep => new Gemeente2025(groep.Key, [.. groep.OrderBy(g => g.NisCode, StringComparer.Ordinal)]))
            .OrderBy(g => g.Naam, Infrastructure.Nl.Namen)];
}
