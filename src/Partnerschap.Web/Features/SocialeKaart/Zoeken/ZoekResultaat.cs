using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public sealed record ZoekResultaat(
    ZoekVraag Vraag,
    IReadOnlyList<ZoekTreffer> Treffers,
    int Totaal,
    int Paginas,
    IReadOnlyList<Facet> Facetten,
    IReadOnlyDictionary<Soort, int> PerSoort)
{
    /// <summary>Today in Belgium, for the freshness labels on the result cards.</summary>
    public DateOnly Vandaag { get; init; }

    /// <summary>"6 organisaties gevonden voor Gent", "Geen scholen gevonden binnen 10 km van Leuven".</summary>
    public string Kop => Vraag.Soort.Aantal(Totaal) + " gevonden"
        + (Vraag.Plaats is null ? "" : Vraag.AfstandKm is null ? $" voor {Vraag.Plaats.Naam}" : $" binnen {Vraag.AfstandKm} km van {Vraag.Plaats.Naam}");

    /// <summary>Checked, but not in the last 12 months (<see cref="Versheid"/>): the card says so.</summary>
    public bool IsNietRecent(KaartItem item) => item.LaatstGecontroleerd is { } d && Versheid.IsNietRecent(d, Vandaag);
}
