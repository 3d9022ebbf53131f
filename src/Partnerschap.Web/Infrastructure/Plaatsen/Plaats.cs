using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Plaatsen;

/// <summary>
/// A place a search is limited to. <see cref="Gemeenten"/> is the werkingsgebied: the whole municipality of 2025 the
/// place lies in (its own gemeente of 2019 first). <see cref="Punten"/> are where distances are measured from: the
/// deelgemeente's own position, the centre of a gemeente, or the centres of every part of a merged gemeente (the
/// nearest one counts).
/// </summary>
public sealed class Plaats
{
    public Plaats(string naam, IReadOnlyList<Gemeente> gemeenten, IEnumerable<(double Lat, double Lon)> punten)
    {
        Naam = naam;
        Gemeenten = gemeenten;
        Punten = [.. punten.Distinct()];
        NisCodes = [.. gemeenten.Select(g => g.NisCode)];
        Provincies = [.. gemeenten.Select(g => g.Provincie).Distinct()];
        Gewesten = [.. gemeenten.Select(g => g.Gewest).Distinct()];
        KmPerGraadLon = [.. Punten.Select(p => 111.32 * Math.Cos(p.Lat * Math.PI / 180))];
    }

    /// <summary>What the page says: "Gent", "Merelbeke-Melle", "Borgerhout (Antwerpen)".</summary>
    public string Naam { get; }

    /// <summary>The gemeente (of 2019) the place lies in.</summary>
    public Gemeente Gemeente => Gemeenten[0];

    public IReadOnlyList<Gemeente> Gemeenten { get; }

    public (double Lat, double Lon)[] Punten { get; }

    // Arrays, so that the one-pass search tests an item with a few comparisons and no allocation.
    internal string[] NisCodes { get; }

    internal string[] Provincies { get; }

    internal string[] Gewesten { get; }

    internal double[] KmPerGraadLon { get; }
}
